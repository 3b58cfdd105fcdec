// eventsd when its services go away for real: Redis shut down mid-run (requests still succeed from L1 and the
// database, /health says redis down, the client reconnects by itself), then the whole stack stopped (503 with a
// JSON error, then recovery once it is back). Stops and starts the stack's own servers via scripts/stack.

#include "eventsdprocess.h"

#include <QTest>

using testenv::Client;
using testenv::Eventsd;

class TestEventsdOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(testenv::loadSampleData(4, 100, &error), qPrintable(error));
    }

    void shouldServeWithoutRedisAndReconnect()
    {
        Eventsd eventsd;
        QString log;
        QVERIFY2(eventsd.start({}, &log), qPrintable(log));
        Client client(eventsd.baseUrl());
        QCOMPARE(client.get(QStringLiteral("/events/1")).status, 200);

        // When Redis goes away
        QProcess shutdown;
        shutdown.start(QStringLiteral("redis-cli"),
                       {QStringLiteral("-p"), testenv::value("OPSDASH_REDIS_PORT"), QStringLiteral("SHUTDOWN"),
                        QStringLiteral("NOSAVE")});
        QVERIFY(shutdown.waitForFinished(10000));
        // Then reads still succeed (L1, then the database), health says which service is down
        QTRY_COMPARE_WITH_TIMEOUT(
            client.get(QStringLiteral("/health")).object().value(u"services").toObject().value(u"redis").toString(),
            QStringLiteral("down"), 10000);
        QCOMPARE(client.get(QStringLiteral("/health")).status, 503);
        QCOMPARE(client.get(QStringLiteral("/events/1")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/events/2")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/events?limit=2")).status, 200);

        // When Redis is back, eventsd reconnects by itself
        QVERIFY(testenv::stack(QStringLiteral("start")));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/health")).status, 200, 15000);
    }

    void shouldAnswer503WhileTheDatabaseIsDownAndRecover()
    {
        Eventsd eventsd;
        QString log;
        QVERIFY2(eventsd.start({QStringLiteral("--acquire-timeout-ms"), QStringLiteral("2000")}, &log),
                 qPrintable(log));
        Client client(eventsd.baseUrl());
        QCOMPARE(client.get(QStringLiteral("/events?limit=1&cursor=")).status, 200);

        QVERIFY(testenv::stack(QStringLiteral("stop")));
        // Uncached reads fail fast with a JSON 503 naming the database
        const testenv::Answer listing = client.get(QStringLiteral("/events?limit=7"));
        QCOMPARE(listing.status, 503);
        const QString message = listing.object().value(u"message").toString();
        QVERIFY(message.contains(u"database"));
        // libpq's words (host, port, role) stay in eventsd's log; the client gets an incident id to quote
        QVERIFY2(!message.contains(u"127.0.0.1") && !message.contains(u"port") && message.contains(u"incident"),
                 qPrintable(message));
        QCOMPARE(listing.object().value(u"statusCode").toInt(), 503);
        QCOMPARE(client.get(QStringLiteral("/health")).status, 503);
        QCOMPARE(eventsd.process().state(), QProcess::Running);

        QVERIFY(testenv::stack(QStringLiteral("start")));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/events?limit=7")).status, 200, 20000);
        // Redis went down with the stack too; its client reconnects with a backoff of at most 5 s.
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/health")).status, 200, 15000);
    }
};

QTEST_GUILESS_MAIN(TestEventsdOutage)
#include "tst_eventsd_outage.moc"
