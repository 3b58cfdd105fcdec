// The database internals source against the stack's real PostgreSQL, with workload made here: statements show up
// with the right deltas and opsdash's own are told apart; a session blocked by another shows in the blocking tree;
// a role without the right is refused with the server's words, one with it cancels a long pg_sleep; an unused
// and a duplicate index are reported.

#include "pginternalssource.h"
#include "pgmaintenance.h"
#include "pgparams.h"
#include "stackenv.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace opsdash;

namespace {

// The application role: it owns the tables of the test database and may create some.
PgConnectionParams appParams()
{
    PgConnectionParams p = testenv::monitorParams();
    p.user = testenv::value("OPSDASH_PG_APP_USER");
    p.password = testenv::value("OPSDASH_PG_APP_PASSWORD");
    p.readOnly = false;
    p.statementTimeoutMs = 60000;
    p.lockTimeoutMs = 60000;
    return p;
}

template<typename T>
T await(QCoro::Task<T> task)
{
    return QCoro::waitFor(std::move(task));
}

// Runs `sql` on a connection of its own in another thread (it may block there); the future gives the error text.
QFuture<QString> runElsewhere(QThreadPool *pool, const QString &name, const QString &sql)
{
    return QtConcurrent::run(pool, [name, sql] {
        QString error;
        QString outcome;
        {
            QSqlDatabase db = openPgConnection(name, appParams(), &error);
            if (!db.isOpen())
                return error;
            QSqlQuery q(db);
            if (!q.exec(sql))
                outcome = q.lastError().databaseText();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return outcome;
    });
}

// True when `future` finished within `ms` (events keep being processed meanwhile).
bool finishes(const QFuture<QString> &future, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < ms)
        QTest::qWait(20);
    return future.isFinished();
}

} // namespace

class TestPgInternals : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_app;
    QThreadPool m_pool;

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_app);
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    // Waits until `pid`-filter finds a session in the state wanted.
    std::optional<PgSession> waitForSession(PgInternalsSource &source,
                                            const std::function<bool(const PgSession &)> &want)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            const PgInternalsSource::Sessions s = await(source.sessions());
            for (const PgSession &session : s.sessions)
                if (want(session))
                    return session;
            QTest::qWait(50);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        m_pool.setMaxThreadCount(4);
        QString error;
        m_app = openPgConnection(QStringLiteral("internals-app"), appParams(), &error);
        QVERIFY2(m_app.isOpen(), qPrintable(error));
        QVERIFY(exec(QStringLiteral("DROP TABLE IF EXISTS internals_probe")));
        QVERIFY(
            exec(QStringLiteral("CREATE TABLE internals_probe (id bigserial PRIMARY KEY, v int, w int, note text)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO internals_probe (v, w, note) SELECT g % 100, g % 7, md5(g::text) "
                                    "FROM generate_series(1, 5000) g")));
        // PostgreSQL 15 flushes a backend's table counts at most once a second: were the insert's still pending
        // when ANALYZE set n_live_tup, they would be added again afterwards (10,000 live rows; seen once in CI).
        QVERIFY(exec(QStringLiteral("SELECT pg_stat_force_next_flush()")));
        QVERIFY(exec(QStringLiteral("ANALYZE internals_probe")));
    }

    void shouldShowStatementsWithTheirDeltas()
    {
        PgInternalsSource source(testenv::monitorParams());
        PgStatementHistory history;
        const PgInternalsSource::Statements first = await(source.statements());
        QVERIFY2(first.sample, qPrintable(first.error));
        history.add(*first.sample);
        const qint64 before = first.sample->timeMs;

        // When a distinctive statement runs seven times
        for (int i = 0; i < 7; ++i)
            QVERIFY(exec(
                QStringLiteral("SELECT count(*) AS internals_probe_count FROM internals_probe WHERE v = %1").arg(i)));
        QTest::qWait(20);
        const PgInternalsSource::Statements second = await(source.statements());
        QVERIFY2(second.sample, qPrintable(second.error));
        history.add(*second.sample);

        // Then its delta over the range since the first poll is seven calls, one normalized statement
        std::optional<PgStatementDelta> probe;
        int ownSeen = 0;
        for (const PgStatementDelta &d : history.deltas(before)) {
            const PgInternalsSource::StatementText text = source.text(d.key);
            if (text.text.contains(QLatin1String("internals_probe_count")))
                probe = d;
            if (text.own)
                ++ownSeen;
        }
        QVERIFY2(probe, "the probe statement is not among the deltas");
        QCOMPARE(probe->delta.calls, 7);
        QCOMPARE(probe->delta.rows, 7);
        QVERIFY(probe->delta.totalMs > 0);
        QVERIFY(probe->hitRatio().has_value());
        QCOMPARE(probe->user, testenv::value("OPSDASH_PG_APP_USER"));
        // opsdash's own polls ran in between and are recognised as its own
        QVERIFY(ownSeen > 0);
        // The whole text is there on demand
        const QString full = await(source.fullText(probe->key));
        QVERIFY2(full.contains(QLatin1String("WHERE v = $1")), qPrintable(full));
    }

    void shouldCutLongTextsAndGiveTheWholeOnDemand()
    {
        // A statement whose normalized text is about 13,000 characters
        QStringList values;
        for (int i = 0; i < 2000; ++i)
            values.append(QString::number(i));
        QVERIFY(exec(QStringLiteral("SELECT count(*) AS internals_long FROM internals_probe WHERE v IN (%1)")
                         .arg(values.join(QStringLiteral(", ")))));
        PgInternalsSource source(testenv::monitorParams());
        const PgInternalsSource::Statements polled = await(source.statements());
        QVERIFY2(polled.sample, qPrintable(polled.error));
        QString key;
        for (const PgStatement &st : polled.sample->statements)
            if (source.text(st.key).text.contains(QLatin1String("internals_long")))
                key = st.key;
        QVERIFY(!key.isEmpty());
        // The poll carries the first 4,000 characters and the whole length; the detail asks for the whole text
        QCOMPARE(source.text(key).text.size(), PgInternalsSource::textLimit);
        QVERIFY(source.text(key).length > 10000);
        const QString whole = await(source.fullText(key));
        QCOMPARE(qint64(whole.size()), source.text(key).length);
        QVERIFY(whole.endsWith(u"$2000)"));
    }

    void shouldShowABlockingTreeAndSignalOnlyWhereAllowed()
    {
        // Given a session holding a lock and another waiting for it
        QVERIFY(exec(QStringLiteral("BEGIN")));
        auto rollback = qScopeGuard([this] { exec(QStringLiteral("ROLLBACK")); }); // also when a check fails
        QVERIFY(exec(QStringLiteral("LOCK TABLE internals_probe IN ACCESS EXCLUSIVE MODE")));
        QFuture<QString> waiter =
            runElsewhere(&m_pool, QStringLiteral("internals-waiter"),
                         QStringLiteral("SELECT count(*) AS internals_waiter FROM internals_probe"));

        PgInternalsSource monitor(testenv::monitorParams());
        const auto blocked = waitForSession(monitor, [](const PgSession &s) {
            return s.query.contains(QLatin1String("internals_waiter")) && !s.blockedBy.isEmpty();
        });
        QVERIFY2(blocked, "the waiting session never showed as blocked");
        QCOMPARE(blocked->waitEventType, QStringLiteral("Lock"));
        const PgInternalsSource::Sessions all = await(monitor.sessions());
        const QList<pghealth::BlockingNode> tree = pghealth::blockingTree(all.sessions);
        QVERIFY(tree.size() >= 2);
        QCOMPARE(tree[0].depth, 0);
        QCOMPARE(tree[0].pid, blocked->blockedBy.first());
        bool waiterUnderBlocker = false;
        for (const pghealth::BlockingNode &n : tree)
            waiterUnderBlocker = waiterUnderBlocker || (n.pid == blocked->pid && n.depth == 1);
        QVERIFY(waiterUnderBlocker);

        // The monitoring role may not signal the application's sessions: not offered, and refused when tried
        QVERIFY(!blocked->maySignal);
        QVERIFY(!blocked->maintenanceMaySignal); // no maintenance role asked about
        const auto asOwner = [&] {
            for (const PgSession &s : await(monitor.sessions(testenv::value("OPSDASH_PG_APP_USER"))).sessions)
                if (s.pid == blocked->pid)
                    return s.maintenanceMaySignal;
            return false;
        }();
        QVERIFY(asOwner); // the tables' owner, as a maintenance role, may
        const QString refusal = await(monitor.signalBackend(blocked->target(), false));
        QVERIFY2(refusal.contains(QLatin1String("must be a member of the role")), qPrintable(refusal));

        // The application's own role may: cancelling the waiter ends its statement with the server's message
        PgInternalsSource app(appParams());
        const auto same = waitForSession(app, [&](const PgSession &s) { return s.pid == blocked->pid; });
        QVERIFY(same && same->maySignal);
        QCOMPARE(await(app.signalBackend(blocked->target(), false)), QString());
        QVERIFY(finishes(waiter, 10000));
        QVERIFY2(waiter.result().contains(QLatin1String("canceling statement due to user request")),
                 qPrintable(waiter.result()));
    }

    void shouldCancelALongSleep()
    {
        QFuture<QString> sleeper = runElsewhere(&m_pool, QStringLiteral("internals-sleeper"),
                                                QStringLiteral("SELECT pg_sleep(60) AS internals_sleeper"));
        PgInternalsSource app(appParams());
        const auto session = waitForSession(app, [](const PgSession &s) {
            return s.query.contains(QLatin1String("internals_sleeper")) && s.state == QLatin1String("active");
        });
        QVERIFY(session);
        // Given the same pid with another start (the pid reused by a newer session): nothing is signalled
        PgSessionTarget reused = session->target();
        reused.backendStartMs -= 1000;
        QVERIFY(await(app.signalBackend(reused, false)).contains(u"nothing was signalled"));
        QVERIFY(waitForSession(app, [&](const PgSession &s) { return s.pid == session->pid && s.state == u"active"; }));
        // The session shown is cancelled
        QCOMPARE(await(app.signalBackend(session->target(), false)), QString());
        QVERIFY(finishes(sleeper, 10000)); // not the 60 s
        QVERIFY2(sleeper.result().contains(QLatin1String("canceling statement")), qPrintable(sleeper.result()));
        // A pid that is gone: said so (once its backend has exited; closing the connection does not wait for that)
        const auto backends = [this, pid = session->pid] {
            QSqlQuery q(m_app);
            return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) && q.next()
                ? q.value(0).toInt()
                : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(backends(), 0, 10000);
        const QString gone = await(app.signalBackend(session->target(), false));
        QVERIFY2(gone.contains(QString::number(session->pid)), qPrintable(gone));
    }

    void shouldReportUnusedAndDuplicateIndexes()
    {
        QVERIFY(exec(QStringLiteral("CREATE INDEX internals_v ON internals_probe (v)")));
        QVERIFY(exec(QStringLiteral("CREATE INDEX internals_v_again ON internals_probe (v)")));
        QVERIFY(exec(QStringLiteral("CREATE INDEX internals_v_w ON internals_probe (v, w)")));
        QVERIFY(exec(QStringLiteral("CREATE INDEX internals_note ON internals_probe (note)")));
        PgInternalsSource monitor(testenv::monitorParams());
        const PgInternalsSource::Health h = await(monitor.health());
        QVERIFY2(h.error.isEmpty(), qPrintable(h.error));

        QStringList unused;
        for (const PgIndexHealth &i : pghealth::unusedIndexes(h.health.indexes))
            unused.append(i.name);
        QVERIFY2(unused.contains(QLatin1String("internals_note")), qPrintable(unused.join(u',')));
        QVERIFY(!unused.contains(QLatin1String("internals_probe_pkey"))); // backs the primary key

        bool exact = false, prefix = false;
        for (const pghealth::DuplicateIndex &d : pghealth::duplicateIndexes(h.health.indexes)) {
            if (d.exact && d.redundant.name == QLatin1String("internals_v_again") &&
                d.kept.name == QLatin1String("internals_v"))
                exact = true;
            if (!d.exact && d.redundant.name == QLatin1String("internals_v") &&
                d.kept.name == QLatin1String("internals_v_w"))
                prefix = true;
        }
        QVERIFY(exact);
        QVERIFY(prefix);

        bool table = false;
        for (const PgTableHealth &t : h.health.tables)
            if (t.name == QLatin1String("internals_probe")) {
                table = true;
                QCOMPARE(t.liveTuples, 5000);
                QVERIFY(t.totalBytes > 0);
            }
        QVERIFY(table);
    }

    void shouldAdviseAnIndexThatTurnsASeqScanIntoAnIndexScan()
    {
        QVERIFY(exec(QStringLiteral("DROP TABLE IF EXISTS internals_advice")));
        QVERIFY(exec(QStringLiteral("CREATE TABLE internals_advice (id bigserial PRIMARY KEY, k int, payload text)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO internals_advice (k, payload) SELECT g % 50000, md5(g::text) FROM "
                                    "generate_series(1, 100000) g")));
        QVERIFY(exec(QStringLiteral("ANALYZE internals_advice")));
        const QString sql = QStringLiteral("SELECT payload FROM internals_advice WHERE k = $1");

        PgInternalsSource monitor(testenv::monitorParams());
        const QList<PgInternalsSource::Advice> advice = await(monitor.advise(sql));
        QCOMPARE(advice.size(), 1);
        const PgInternalsSource::Advice &a = advice.first();
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.proposal.createStatement, QStringLiteral("CREATE INDEX CONCURRENTLY ON internals_advice (k);"));
        QVERIFY(a.before && a.after);
        QVERIFY(a.before->seqScanOn(QStringLiteral("internals_advice")));
        QVERIFY(!a.after->seqScanOn(QStringLiteral("internals_advice")));
        QVERIFY(a.used);
        QVERIFY2(a.after->totalCost() < a.before->totalCost() / 10,
                 qPrintable(QStringLiteral("%1 -> %2").arg(a.before->totalCost()).arg(a.after->totalCost())));
        // The hypothetical index is gone afterwards: asking again starts from the sequential scan
        const QList<PgInternalsSource::Advice> again = await(monitor.advise(sql));
        QVERIFY(again.first().before && again.first().before->seqScanOn(QStringLiteral("internals_advice")));
        // Nothing was created for real
        QSqlQuery q(m_app);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'internals_advice'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the primary key only
    }

    void shouldSayHowToInstallHypopgWhereItIsMissing()
    {
        // A database of its own without the extension (the stack's databases all have it)
        PgConnectionParams owner = appParams();
        owner.user = testenv::value("OPSDASH_PG_OWNER_USER");
        owner.password = testenv::value("OPSDASH_PG_OWNER_PASSWORD");
        owner.database = QStringLiteral("postgres");
        QString error;
        {
            QSqlDatabase db = openPgConnection(QStringLiteral("internals-owner"), owner, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = 'internals_nohypopg'")));
            if (!q.next())
                QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE internals_nohypopg")),
                         qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("internals-owner"));
        PgConnectionParams monitor = testenv::monitorParams();
        monitor.database = QStringLiteral("internals_nohypopg");
        PgInternalsSource source(monitor);
        const QList<PgInternalsSource::Advice> advice =
            await(source.advise(QStringLiteral("SELECT * FROM anything WHERE a = $1")));
        QCOMPARE(advice.size(), 1);
        QVERIFY(!advice.first().before);
        QVERIFY2(advice.first().error.contains(u"apt-get install postgresql-15-hypopg") &&
                     advice.first().error.contains(u"CREATE EXTENSION hypopg"),
                 qPrintable(advice.first().error));
    }

    void shouldExplainWithValuesAndRunAnalyzeReadOnly()
    {
        PgInternalsSource monitor(testenv::monitorParams());
        const QString sql = QStringLiteral("SELECT payload FROM internals_advice WHERE k = $1");
        const PgInternalsSource::Explained plain = await(monitor.explain(sql, {QStringLiteral("42")}, false));
        QVERIFY2(plain.plan, qPrintable(plain.error));
        QVERIFY(!plain.plan->root.actualRows.has_value());
        const PgInternalsSource::Explained analyzed = await(monitor.explain(sql, {QStringLiteral("42")}, true));
        QVERIFY2(analyzed.plan, qPrintable(analyzed.error));
        QVERIFY(analyzed.plan->executionMs.has_value());
        double rows = -1;
        for (const PlanLine &l : planLines(*analyzed.plan))
            if (l.text.contains(u"internals_advice"))
                rows = l.actualRows.value_or(-1);
        QCOMPARE(rows, 2.0); // k = 42 and k = 50042
        // A write is refused on the monitoring connection, not run
        const PgInternalsSource::Explained write =
            await(monitor.explain(QStringLiteral("UPDATE internals_advice SET payload = $1 WHERE k = $2"),
                                  {QStringLiteral("x"), QStringLiteral("1")}, true));
        QVERIFY(!write.plan);
        QVERIFY2(write.error.contains(u"read-only"), qPrintable(write.error));
        // Values are data, never SQL; two statements are refused
        const PgInternalsSource::Explained hostile =
            await(monitor.explain(sql, {QStringLiteral("1); DROP TABLE internals_advice; --")}, false));
        QVERIFY(!hostile.plan); // not an integer: the server says so
        QVERIFY2(hostile.error.contains(u"integer"), qPrintable(hostile.error));
        QVERIFY(await(monitor.explain(QStringLiteral("SELECT 1; SELECT 2"), {}, false)).error.contains(u"single"));
        QSqlQuery q(m_app);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM internals_advice")) && q.next());
        QCOMPARE(q.value(0).toInt(), 100000);
    }

    void shouldVacuumWithProgressAndDropTheDeadRows()
    {
        // Given a table with 400,000 dead rows (autovacuum off for it, so only we clean it)
        QVERIFY(exec(QStringLiteral("DROP TABLE IF EXISTS internals_vacuum")));
        QVERIFY(exec(QStringLiteral("CREATE TABLE internals_vacuum (id bigint, payload text) WITH "
                                    "(autovacuum_enabled = false)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO internals_vacuum SELECT g, md5(g::text) FROM "
                                    "generate_series(1, 400000) g")));
        QVERIFY(exec(QStringLiteral("UPDATE internals_vacuum SET payload = payload || 'x'")));
        // Statistics reach the shared counters when the backend goes idle, but at most once a second (else 10 s
        // later): ask for the next report now.
        QVERIFY(exec(QStringLiteral("SELECT pg_stat_force_next_flush()")));
        PgInternalsSource monitor(testenv::monitorParams());
        PgMaintenanceFigures before;
        QElapsedTimer timer;
        timer.start();
        for (;;) { // the statistics arrive within a second or so
            before = await(monitor.maintenanceFigures(QStringLiteral("public"), QStringLiteral("internals_vacuum")));
            if ((before.found && before.table.deadTuples >= 400000) || timer.elapsed() > 10000)
                break;
            QTest::qWait(100);
        }
        QVERIFY(before.found);
        QVERIFY2(before.table.deadTuples >= 400000, qPrintable(before.summary()));
        QVERIFY(before.conflicting.isEmpty());

        // When VACUUM (ANALYZE) runs on the maintenance role's connection
        PgConnectionParams maintenanceRole = appParams();
        maintenanceRole.statementTimeoutMs = 0;
        PgMaintenance maintenance(maintenanceRole);
        QString error;
        const int pid = await(maintenance.connect(&error));
        QVERIFY2(pid > 0, qPrintable(error));
        std::optional<PgMaintenance::Outcome> outcome;
        QCoro::connect(maintenance.run(MaintenanceKind::VacuumAnalyze, QStringLiteral("public"),
                                       QStringLiteral("internals_vacuum")),
                       this, [&outcome](const PgMaintenance::Outcome &o) { outcome = o; });
        // Then its progress is seen while it runs
        QStringList phases;
        timer.restart();
        while (!outcome && timer.elapsed() < 60000) {
            const PgProgress p = await(monitor.progress(pid));
            if (p.running && !phases.contains(p.command + u':' + p.phase))
                phases.append(p.command + u':' + p.phase);
        }
        QVERIFY(outcome);
        QVERIFY2(outcome->ok, qPrintable(outcome->error));
        QVERIFY2(!phases.isEmpty(), "no progress was seen");
        QVERIFY2(phases.first().startsWith(u"vacuum:"), qPrintable(phases.join(u',')));
        // And the dead rows are gone, the vacuum time set
        const PgMaintenanceFigures after =
            await(monitor.maintenanceFigures(QStringLiteral("public"), QStringLiteral("internals_vacuum")));
        QVERIFY2(after.table.deadTuples < before.table.deadTuples / 100, qPrintable(after.summary()));
        QVERIFY(after.table.lastVacuum.isValid());
        QVERIFY(after.table.lastAnalyze.isValid());

        // One index rebuilt concurrently: the same name, valid, a new file
        QSqlQuery q(m_app);
        QVERIFY(q.exec(QStringLiteral("SELECT pg_relation_filenode('internals_v_w')")) && q.next());
        const qint64 filenode = q.value(0).toLongLong();
        const PgMaintenance::Outcome reindex = await(
            maintenance.run(MaintenanceKind::ReindexIndex, QStringLiteral("public"), QStringLiteral("internals_v_w")));
        QVERIFY2(reindex.ok, qPrintable(reindex.error));
        QVERIFY(q.exec(QStringLiteral("SELECT pg_relation_filenode('internals_v_w'), indisvalid FROM pg_index WHERE "
                                      "indexrelid = 'internals_v_w'::regclass")) &&
                q.next());
        QVERIFY(q.value(0).toLongLong() != filenode);
        QVERIFY(q.value(1).toBool());
    }

    void shouldNameTheBlockersAndCancelAWaitingVacuum()
    {
        // Given a session holding a lock VACUUM waits for
        QFuture<QString> holder = runElsewhere(&m_pool, QStringLiteral("internals-share-holder"),
                                               QStringLiteral("BEGIN; LOCK TABLE internals_vacuum IN SHARE MODE; "
                                                              "SELECT pg_sleep(20) AS internals_share_holder"));
        PgInternalsSource monitor(testenv::monitorParams());
        PgMaintenanceFigures figures;
        QElapsedTimer timer;
        timer.start();
        while (figures.conflicting.isEmpty() && timer.elapsed() < 10000)
            figures = await(monitor.maintenanceFigures(QStringLiteral("public"), QStringLiteral("internals_vacuum")));
        QCOMPARE(figures.conflicting.size(), 1);
        QVERIFY(figures.conflicting.first().mode.contains(u"ShareLock"));
        QVERIFY(figures.conflicting.first().query.contains(u"internals_share_holder"));

        // When VACUUM waits for it and is cancelled
        PgConnectionParams maintenanceRole = appParams();
        maintenanceRole.statementTimeoutMs = 0;
        PgMaintenance maintenance(maintenanceRole);
        QString error;
        QVERIFY(await(maintenance.connect(&error)) > 0);
        std::optional<PgMaintenance::Outcome> outcome;
        QCoro::connect(maintenance.run(MaintenanceKind::VacuumAnalyze, QStringLiteral("public"),
                                       QStringLiteral("internals_vacuum")),
                       this, [&outcome](const PgMaintenance::Outcome &o) { outcome = o; });
        const auto waiting = waitForSession(monitor, [&](const PgSession &s) {
            return s.pid == maintenance.pid() && s.waitEventType == QLatin1String("Lock");
        });
        QVERIFY2(waiting, "the VACUUM never waited for the lock");
        QCOMPARE(await(maintenance.cancel()), QString());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(!outcome->ok);
        QVERIFY2(outcome->error.contains(u"canceling statement due to user request"), qPrintable(outcome->error));
        // The holder ends on its own (its sleep is cancelled too, to finish quickly)
        PgInternalsSource app(appParams());
        if (const auto h = waitForSession(
                app, [](const PgSession &s) { return s.query.contains(QLatin1String("internals_share_holder")); }))
            await(app.signalBackend(h->target(), true));
        QVERIFY(finishes(holder, 10000));
    }

    void cleanupTestCase()
    {
        if (m_app.isOpen()) {
            exec(QStringLiteral("ROLLBACK"));
            exec(QStringLiteral("DROP TABLE IF EXISTS internals_probe"));
            exec(QStringLiteral("DROP TABLE IF EXISTS internals_advice"));
            exec(QStringLiteral("DROP TABLE IF EXISTS internals_vacuum"));
            m_app.close();
        }
        m_app = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("internals-app"));
    }
};

QTEST_GUILESS_MAIN(TestPgInternals)
#include "tst_pginternals.moc"
