// PgMonitor against the real private PostgreSQL, as the monitoring role: counters that move, its own statements
// tagged in pg_stat_statements, and a database restart in the middle (an error with the server's reason, then
// recovery on the next poll by itself).

#include "pgbouncersource.h"
#include "pginternalssource.h"
#include "pgmonitor.h"
#include "stackenv.h"

#include <QCoroTask>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using opsdash::PgConnectionParams;
using opsdash::PgMonitor;

namespace {

PgConnectionParams params(const char *userVar, const char *passwordVar)
{
    PgConnectionParams p;
    p.host = testenv::value("OPSDASH_PG_HOST");
    p.port = testenv::value("OPSDASH_PG_PORT").toInt();
    p.database = testenv::value("OPSDASH_PG_TEST_DATABASE");
    p.user = testenv::value(userVar);
    p.password = testenv::value(passwordVar);
    p.applicationName = QStringLiteral("opsdash-monitor-test");
    return p;
}

} // namespace

class TestPgMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_STACK(); }

    void shouldSeeCommitsAndItsOwnTaggedStatements()
    {
        PgMonitor monitor(params("OPSDASH_PG_MONITOR_USER", "OPSDASH_PG_MONITOR_PASSWORD"));
        const PgMonitor::Outcome first = QCoro::waitFor(monitor.poll());
        QVERIFY2(first.snapshot, qPrintable(first.error));
        QVERIFY(first.snapshot->serverVersion.startsWith(u"15"));
        QVERIFY(first.snapshot->sessions.total >= 1); // at least the monitor itself
        QVERIFY(first.snapshot->cacheHitRatio.value_or(-1) >= 0 && first.snapshot->cacheHitRatio.value_or(2) <= 1);
        QVERIFY(monitor.ok());

        // Given five commits from another session
        QString error;
        QSqlDatabase app = opsdash::openPgConnection(
            QStringLiteral("monitor-test-app"),
            [] {
                PgConnectionParams p = params("OPSDASH_PG_APP_USER", "OPSDASH_PG_APP_PASSWORD");
                p.readOnly = false;
                return p;
            }(),
            &error);
        QVERIFY2(app.isOpen(), qPrintable(error));
        for (int i = 0; i < 5; ++i)
            QVERIFY(QSqlQuery(app).exec(QStringLiteral("SELECT 1")));
        app.close();
        // pg_stat_database counts a session's transactions when it reports them (at idle, at most every second)
        QTest::qWait(1100);
        const PgMonitor::Outcome second = QCoro::waitFor(monitor.poll());
        QVERIFY2(second.snapshot, qPrintable(second.error));
        QVERIFY2(second.snapshot->counters.xactCommit >= first.snapshot->counters.xactCommit + 5,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(first.snapshot->counters.xactCommit)
                                .arg(second.snapshot->counters.xactCommit)));

        // Its statements are tagged, so opsdash can find (and hide) its own cost in pg_stat_statements
        QSqlDatabase check =
            opsdash::openPgConnection(QStringLiteral("monitor-test-check"),
                                      params("OPSDASH_PG_MONITOR_USER", "OPSDASH_PG_MONITOR_PASSWORD"), &error);
        QVERIFY2(check.isOpen(), qPrintable(error));
        QSqlQuery tagged(check);
        QVERIFY(tagged.exec(QStringLiteral("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements "
                                           "WHERE query LIKE '/* opsdash */%' AND query LIKE '%pg_stat_database%'")));
        QVERIFY(tagged.next());
        QVERIFY(tagged.value(0).toLongLong() >= 2);
        check.close();
    }

    void shouldReportARestartAndRecoverByItself()
    {
        PgMonitor monitor(params("OPSDASH_PG_MONITOR_USER", "OPSDASH_PG_MONITOR_PASSWORD"));
        QVERIFY(QCoro::waitFor(monitor.poll()).snapshot);
        QSignalSpy status(&monitor, &PgMonitor::statusChanged);
        // The internals pages' source and pgbouncer's go through the same outage
        opsdash::PgInternalsSource internals(params("OPSDASH_PG_MONITOR_USER", "OPSDASH_PG_MONITOR_PASSWORD"));
        QVERIFY(QCoro::waitFor(internals.statements()).sample);
        opsdash::PgConnectionParams bouncerParams = params("OPSDASH_PG_MONITOR_USER", "OPSDASH_PG_MONITOR_PASSWORD");
        bouncerParams.port = testenv::value("OPSDASH_PGBOUNCER_PORT").toInt();
        opsdash::PgBouncerSource bouncer(bouncerParams, bouncerParams.database);
        QVERIFY(QCoro::waitFor(bouncer.poll()).sample);

        QVERIFY(testenv::stack(QStringLiteral("stop")));
        const PgMonitor::Outcome down = QCoro::waitFor(monitor.poll());
        QVERIFY(!down.snapshot);
        QVERIFY2(!down.error.isEmpty(), "an outage must come with a reason");
        QVERIFY(!monitor.ok());
        const opsdash::PgInternalsSource::Statements statementsDown = QCoro::waitFor(internals.statements());
        QVERIFY(!statementsDown.sample && !statementsDown.error.isEmpty());
        QVERIFY(!QCoro::waitFor(internals.sessions()).error.isEmpty());
        const opsdash::PgBouncerSource::Outcome bouncerDown = QCoro::waitFor(bouncer.poll());
        QVERIFY2(!bouncerDown.sample && bouncerDown.error.contains(u"pgbouncer"), qPrintable(bouncerDown.error));

        QVERIFY(testenv::stack(QStringLiteral("start")));
        const PgMonitor::Outcome back = QCoro::waitFor(monitor.poll());
        QVERIFY2(back.snapshot, qPrintable(back.error));
        QVERIFY(monitor.ok());
        QCOMPARE(status.count(), 2); // went red, came back
        const opsdash::PgInternalsSource::Statements statementsBack = QCoro::waitFor(internals.statements());
        QVERIFY2(statementsBack.sample, qPrintable(statementsBack.error));
        const opsdash::PgInternalsSource::Sessions sessionsBack = QCoro::waitFor(internals.sessions());
        QVERIFY2(sessionsBack.error.isEmpty(), qPrintable(sessionsBack.error));
        const opsdash::PgBouncerSource::Outcome bouncerBack = QCoro::waitFor(bouncer.poll());
        QVERIFY2(bouncerBack.sample, qPrintable(bouncerBack.error));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("monitor-test-app"));
        QSqlDatabase::removeDatabase(QStringLiteral("monitor-test-check"));
    }
};

QTEST_GUILESS_MAIN(TestPgMonitor)
#include "tst_pgmonitor.moc"
