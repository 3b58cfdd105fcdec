// eventsd's /health against the real stack: healthy when PostgreSQL and Redis answer, 503 naming the service
// that does not, and a clean exit on SIGTERM.

#include "eventsdprocess.h"

#include <QTest>

using testenv::Client;
using testenv::Eventsd;

class TestEventsdHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_STACK(); }

    void shouldReportEachService_data()
    {
        QTest::addColumn<QString>("redisUrl");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("redis");
        QTest::newRow("stack up") << testenv::value("OPSDASH_TEST_REDIS_URL") << 200 << QStringLiteral("healthy")
                                  << QStringLiteral("up");
        // Port 1 is never ours: nothing listens there.
        QTest::newRow("redis down") << QStringLiteral("redis://127.0.0.1:1/0") << 503 << QStringLiteral("unhealthy")
                                    << QStringLiteral("down");
    }

    void shouldReportEachService()
    {
        QFETCH(QString, redisUrl);
        QFETCH(int, httpStatus);
        QFETCH(QString, status);
        QFETCH(QString, redis);
        Eventsd eventsd;
        QString log;
        QVERIFY2(eventsd.start({QStringLiteral("--redis-url"), redisUrl}, &log), qPrintable(log));

        Client client(eventsd.baseUrl());
        const testenv::Answer answer = client.get(QStringLiteral("/health"));
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(answer.object().value(u"status").toString(), status);
        const QJsonObject services = answer.object().value(u"services").toObject();
        QCOMPARE(services.value(u"database").toString(), QStringLiteral("up"));
        QCOMPARE(services.value(u"redis").toString(), redis);
        QVERIFY(answer.object().value(u"uptime").toDouble() >= 0);
        QVERIFY(answer.object().value(u"memory").toObject().value(u"rss").toDouble() > 1e6);
        QVERIFY(!answer.object().value(u"timestamp").toString().isEmpty());
    }

    void shouldExitCleanlyOnSigterm()
    {
        Eventsd eventsd;
        QString log;
        QVERIFY2(eventsd.start({}, &log), qPrintable(log));
        eventsd.stop();
        QCOMPARE(eventsd.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(eventsd.process().exitCode(), 0);
        QVERIFY(eventsd.process().readAllStandardError().contains("shutting down"));
    }
};

QTEST_GUILESS_MAIN(TestEventsdHealth)
#include "tst_eventsd_health.moc"
