#include "pgmonitor.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <QCoroFuture>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::PgMonitor)
};

// Runs on the worker thread.
PgMonitor::Outcome pollOnce(const QString &connectionName, const PgConnectionParams &params)
{
    PgMonitor::Outcome out;
    QString error;
    QSqlDatabase db = workerConnection(connectionName, params, &error);
    if (!db.isOpen()) {
        out.error = error;
        return out;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One round trip for everything this poll needs.
    const bool executed = q.exec(QStringLiteral(
        "/* opsdash */ SELECT current_setting('server_version'), d.xact_commit, d.xact_rollback, d.blks_read, "
        "d.blks_hit, d.deadlocks, d.temp_bytes, "
        "to_char(d.stats_reset AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "a.active, a.idle, a.idle_in_tx, a.waiting, a.total, a.longest_tx "
        "FROM pg_stat_database d CROSS JOIN ("
        "  SELECT count(*) FILTER (WHERE state = 'active') AS active, count(*) FILTER (WHERE state = 'idle') AS idle, "
        "         count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_in_tx, "
        "         count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') AS waiting, count(*) AS total, "
        "         coalesce(extract(epoch FROM max(now() - xact_start)), 0) AS longest_tx "
        "  FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend') a "
        "WHERE d.datname = current_database()"));
    if (!executed || !q.next()) {
        out.error = Text::tr("PostgreSQL statistics query failed: %1").arg(serverMessage(q.lastError()));
        // A broken connection (restart, network) is opened again on the next poll.
        db.close();
        return out;
    }
    PgSnapshot s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.serverVersion = q.value(0).toString();
    s.counters.xactCommit = q.value(1).toLongLong();
    s.counters.xactRollback = q.value(2).toLongLong();
    s.counters.blocksRead = q.value(3).toLongLong();
    s.counters.blocksHit = q.value(4).toLongLong();
    s.counters.deadlocks = q.value(5).toLongLong();
    s.counters.tempBytes = q.value(6).toLongLong();
    s.counters.statsReset = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.sessions.active = q.value(8).toInt();
    s.sessions.idle = q.value(9).toInt();
    s.sessions.idleInTransaction = q.value(10).toInt();
    s.sessions.waiting = q.value(11).toInt();
    s.sessions.total = q.value(12).toInt();
    s.sessions.longestTransactionSeconds = q.value(13).toDouble();
    const qint64 touched = s.counters.blocksHit + s.counters.blocksRead;
    if (touched > 0)
        s.cacheHitRatio = double(s.counters.blocksHit) / double(touched);
    out.snapshot = s;
    return out;
}

} // namespace

PgMonitor::PgMonitor(PgConnectionParams params, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
    , m_worker(QStringLiteral("opsdash-monitor"))
{ }

PgMonitor::~PgMonitor() = default;

namespace {

// Runs on a worker thread with a connection of its own, removed before it returns.
PgAccessReport checkAccessOnce(const PgConnectionParams &params)
{
    PgAccessReport report;
    ScopedPgConnection connection(QStringLiteral("opsdash-check"), params);
    if (!connection.isOpen()) {
        report.error = connection.error();
        return report;
    }
    report.connected = true;
    QSqlQuery q(connection.db());
    q.exec(QStringLiteral("/* opsdash */ SELECT current_setting('server_version'), current_user, "
                          "EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_stat_statements'), "
                          "pg_has_role(current_user, 'pg_monitor', 'member') OR "
                          "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"));
    if (!q.next()) {
        report.error = serverMessage(q.lastError());
        return report;
    }
    report.serverVersion = q.value(0).toString();
    const QString user = q.value(1).toString();
    const bool extension = q.value(2).toBool();
    const bool monitor = q.value(3).toBool();
    if (!extension)
        report.problems.append(Text::tr("pg_stat_statements is not installed in database %1: run "
                                        "CREATE EXTENSION pg_stat_statements; as its owner")
                                   .arg(params.database));
    if (!monitor)
        report.problems.append(Text::tr("role %1 cannot see other sessions' queries and statistics: run "
                                        "GRANT pg_monitor TO %1;")
                                   .arg(user));
    if (extension) {
        QSqlQuery probe(connection.db());
        if (!probe.exec(QStringLiteral("/* opsdash */ SELECT count(*) FROM pg_stat_statements"))) {
            const QString text = serverMessage(probe.lastError());
            report.problems.append(text.contains(QStringLiteral("shared_preload_libraries"))
                                       ? Text::tr("pg_stat_statements is not loaded by the server: add it to "
                                                  "shared_preload_libraries in postgresql.conf and restart PostgreSQL")
                                       : Text::tr("reading pg_stat_statements failed: %1").arg(text));
        }
    }
    return report;
}

} // namespace

QCoro::Task<PgAccessReport> checkPgAccess(PgConnectionParams params)
{
    static QThreadPool pool; // the connection lives and dies inside one job on this pool
    QFuture<PgAccessReport> checking = QtConcurrent::run(&pool, checkAccessOnce, params);
    co_return co_await checking;
}

QCoro::Task<PgMonitor::Outcome> PgMonitor::poll()
{
    QPointer<PgMonitor> self(this);
    QFuture<Outcome> polling = QtConcurrent::run(m_worker.pool(), pollOnce, m_worker.connectionName(), m_params);
    Outcome outcome = co_await polling;
    if (self) {
        const bool ok = outcome.error.isEmpty();
        if (ok != m_ok || outcome.error != m_message) {
            m_ok = ok;
            m_message = outcome.error;
            Q_EMIT statusChanged(m_ok, m_message);
        }
    }
    co_return outcome;
}

} // namespace opsdash
