// pgbouncer's admin console read through PgBouncerSource against the stack's real pgbouncer (transaction mode, five
// server connections per pool): clients beyond the pool show as waiting, with their wait; a role outside
// stats_users is told why it may not read.

#include "pg.h"
#include "pgbouncersource.h"
#include "pgparams.h"
#include "stackenv.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <thread>

using namespace opsdash;

namespace {

PgConnectionParams bouncerParams(const char *user, const char *password)
{
    PgConnectionParams p = testenv::monitorParams();
    p.port = testenv::value("OPSDASH_PGBOUNCER_PORT").toInt();
    p.database = QStringLiteral("pgbouncer");
    p.user = testenv::value(user);
    p.password = testenv::value(password);
    return p;
}

} // namespace

class TestPgBouncer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_STACK(); }

    void shouldShowClientsWaitingForAServer()
    {
        PgBouncerSource source(bouncerParams("OPSDASH_PG_MONITOR_USER", "OPSDASH_PG_MONITOR_PASSWORD"),
                               testenv::value("OPSDASH_PG_TEST_DATABASE"));
        const PgBouncerSource::Outcome idle = QCoro::waitFor(source.poll());
        QVERIFY2(idle.sample, qPrintable(idle.error));

        // Given eight clients of the application each running a 3 s statement through a pool of five
        const QByteArray conninfo =
            QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5")
                .arg(testenv::value("OPSDASH_PG_HOST"), testenv::value("OPSDASH_PGBOUNCER_PORT"),
                     testenv::value("OPSDASH_PG_TEST_DATABASE"), testenv::value("OPSDASH_PG_APP_USER"),
                     testenv::value("OPSDASH_PG_APP_PASSWORD"))
                .toUtf8();
        std::vector<std::unique_ptr<pg::Connection>> clients;
        std::vector<std::thread> running;
        auto cleanup = qScopeGuard([&running] {
            for (std::thread &t : running)
                t.join();
        });
        for (int i = 0; i < 8; ++i) {
            clients.push_back(
                std::make_unique<pg::Connection>(pg::ConnectParams::fromConnInfo(conninfo, "opsdash-test")));
            QVERIFY_THROWS_NO_EXCEPTION(clients.back()->ensureConnected());
        }
        for (auto &c : clients)
            running.emplace_back([c = c.get()] {
                try {
                    c->exec("SELECT pg_sleep(3)");
                } catch (const pg::Error &e) {
                    qWarning("client statement failed: %s", e.what());
                }
            });

        // Then pgbouncer says three wait, five are served, and how long the longest has waited
        std::optional<PgBouncerSample> busy;
        QElapsedTimer timer;
        timer.start();
        // (on a fresh pgbouncer the first server connections are still logging in: more wait until they are up)
        while (timer.elapsed() < 2700) {
            const PgBouncerSource::Outcome o = QCoro::waitFor(source.poll());
            QVERIFY2(o.sample, qPrintable(o.error));
            if (o.sample->clientsWaiting > 0)
                busy = o.sample;
            if (busy && busy->serversActive == 5 && busy->maxWaitMs > 0)
                break;
            QTest::qWait(50);
        }
        QVERIFY2(busy, "no client was seen waiting");
        QCOMPARE(busy->clientsActive + busy->clientsWaiting, 8);
        QCOMPARE(busy->clientsWaiting, 3);
        QCOMPARE(busy->serversActive, 5);
        QCOMPARE(busy->clientsActive, 5);
        QVERIFY(busy->maxWaitMs > 0);
        bool pool = false;
        for (const PgBouncerPool &p : busy->pools)
            pool = pool ||
                (p.database == testenv::value("OPSDASH_PG_TEST_DATABASE") && p.mode == QLatin1String("transaction"));
        QVERIFY(pool);
    }

    void shouldSayWhyARoleMayNotRead()
    {
        PgBouncerSource source(bouncerParams("OPSDASH_PG_APP_USER", "OPSDASH_PG_APP_PASSWORD"),
                               testenv::value("OPSDASH_PG_TEST_DATABASE"));
        const PgBouncerSource::Outcome o = QCoro::waitFor(source.poll());
        QVERIFY(!o.sample);
        QVERIFY2(o.error.contains(u"stats_users") || o.error.contains(u"not allowed"), qPrintable(o.error));
        PgConnectionParams nowhere = bouncerParams("OPSDASH_PG_MONITOR_USER", "OPSDASH_PG_MONITOR_PASSWORD");
        nowhere.port = 1;
        const PgBouncerSource::Outcome down = QCoro::waitFor(PgBouncerSource(nowhere, QString()).poll());
        QVERIFY2(down.error.contains(u"pgbouncer at 127.0.0.1:1"), qPrintable(down.error));
    }
};

QTEST_GUILESS_MAIN(TestPgBouncer)
#include "tst_pgbouncer.moc"
