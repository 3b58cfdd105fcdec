// The private stack from scripts/stack, seen as opsdash sees it: the monitoring role through Qt Sql (QPSQL),
// Redis through hiredis, and Prometheus scraping the PostgreSQL and Redis exporters beside Alertmanager. Any of
// these failing means the stack is broken, and CI must say so.

#include "pgconnection.h"
#include "pgparams.h"
#include "prometheusapi.h"
#include "stackenv.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <hiredis/hiredis.h>

using opsdash::PgConnectionParams;

class TestStack : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        PgConnectionParams params = testenv::monitorParams("OPSDASH_PG_DATABASE");
        params.applicationName = QStringLiteral("opsdash-test");
        params.statementTimeoutMs = 4321;
        QString error;
        m_db = opsdash::openPgConnection(QStringLiteral("stack-test"), params, &error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
    }

    void shouldApplySessionSettingsFromTheStartupPacket()
    {
        QCOMPARE(scalar(QStringLiteral("SHOW statement_timeout")).toString(), QStringLiteral("4321ms"));
        QCOMPARE(scalar(QStringLiteral("SHOW lock_timeout")).toString(), QStringLiteral("1s"));
        QCOMPARE(scalar(QStringLiteral("SHOW default_transaction_read_only")).toString(), QStringLiteral("on"));
        QCOMPARE(scalar(QStringLiteral("SHOW application_name")).toString(), QStringLiteral("opsdash-test"));
    }

    void shouldBeAMonitorThatSeesAllStatements()
    {
        QVERIFY(scalar(QStringLiteral("SELECT pg_has_role(current_user, 'pg_monitor', 'MEMBER')")).toBool());
        QCOMPARE(scalar(QStringLiteral("SHOW track_io_timing")).toString(), QStringLiteral("on"));
        QVERIFY(scalar(QStringLiteral("SHOW shared_preload_libraries")).toString().contains(u"pg_stat_statements"));
        QCOMPARE(scalar(QStringLiteral("SELECT extversion FROM pg_extension WHERE extname = 'pg_stat_statements'"))
                     .toString(),
                 QStringLiteral("1.10"));
        QVERIFY(!scalar(QStringLiteral("SELECT extversion FROM pg_extension WHERE extname = 'hypopg'")).isNull());

        // A statement this session runs shows up in pg_stat_statements with its text (pg_read_all_stats).
        QVERIFY(scalar(QStringLiteral("SELECT 42 /* opsdash stack probe */")).isValid());
        const QVariant seen =
            scalar(QStringLiteral("SELECT sum(calls) FROM pg_stat_statements WHERE query LIKE '%opsdash stack probe%' "
                                  "AND query NOT LIKE '%pg_stat_statements%'"));
        QVERIFY2(seen.toLongLong() >= 1, "pg_stat_statements did not record the probe statement");
    }

    void shouldRefuseToWrite()
    {
        QSqlQuery query(m_db);
        // Given the role's default: read-only transactions
        QVERIFY(!query.exec(QStringLiteral("CREATE TABLE opsdash_probe(x int)")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("25006")); // read_only_sql_transaction
        // And even with read-only switched off, the role has no privilege to create anything
        QVERIFY(query.exec(QStringLiteral("SET default_transaction_read_only = off")));
        QVERIFY(!query.exec(QStringLiteral("CREATE TABLE opsdash_probe(x int)")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
        QVERIFY(!scalar(QStringLiteral("SELECT has_database_privilege(current_user, current_database(), 'CREATE')"))
                     .toBool());
        QVERIFY(query.exec(QStringLiteral("SET default_transaction_read_only = on")));
    }

    void shouldAnswerRedisPing()
    {
        const QByteArray host = testenv::value("OPSDASH_REDIS_HOST").toUtf8();
        const int port = testenv::value("OPSDASH_REDIS_PORT").toInt();
        redisContext *context = redisConnectWithTimeout(host.constData(), port, timeval{2, 0});
        QVERIFY(context);
        const QByteArray connectError = context->err ? QByteArray(context->errstr) : QByteArray();
        if (!connectError.isEmpty())
            redisFree(context);
        QVERIFY2(connectError.isEmpty(), connectError.constData());
        auto *reply = static_cast<redisReply *>(redisCommand(context, "PING"));
        const bool pong = reply && reply->type == REDIS_REPLY_STATUS && qstrcmp(reply->str, "PONG") == 0;
        if (reply)
            freeReplyObject(reply);
        redisFree(context);
        QVERIFY2(pong, "Redis did not answer PONG");
    }

    void shouldScrapeTheDatabaseAndRedisIntoPrometheus()
    {
        // Given the stack's Prometheus, which scrapes every 5 s
        QVERIFY2(!testenv::value("OPSDASH_PROMETHEUS_URL").isEmpty(),
                 "OPSDASH_PROMETHEUS_URL is not set: scripts/stack env exports it");
        testenv::PrometheusApi prometheus;
        // Then the PostgreSQL and Redis exporters are up (a fresh Prometheus scrapes them within a few seconds)
        QTRY_COMPARE_WITH_TIMEOUT(prometheus.instant(QStringLiteral(R"(up{job="postgres"})")), 1.0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(prometheus.instant(QStringLiteral(R"(up{job="redis"})")), 1.0, 20000);
        // And Alertmanager is ready
        QNetworkAccessManager network;
        QNetworkReply *ready =
            network.get(QNetworkRequest(QUrl(testenv::value("OPSDASH_ALERTMANAGER_URL") + QStringLiteral("/-/ready"))));
        QSignalSpy done(ready, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(ready->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        ready->deleteLater();
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("stack-test"));
    }
};

QTEST_GUILESS_MAIN(TestStack)
#include "tst_stack.moc"
