#include "pginternalssource.h"

#include "pgplanner.h"

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
    Q_DECLARE_TR_FUNCTIONS(opsdash::PgInternalsSource)
};

QString failure(const QSqlQuery &q)
{
    return Text::tr("PostgreSQL: %1").arg(serverMessage(q.lastError()));
}

QDateTime fromEpochMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The statement's key: userid, queryid and toplevel (the extension's own key within one database).
const char *const statementKey = "s.userid::text || ':' || coalesce(s.queryid, 0)::text || ':' || s.toplevel::text";

// What the Qt PSQL driver itself runs on every connection it opens (untagged: opsdash does not write them).
// Counted as opsdash's own when they ran as this connection's role.
const char *const driverStatements = "'SET CLIENT_ENCODING TO ''UNICODE''', 'SET DATESTYLE TO ''ISO''', "
                                     "'SELECT version()', 'SET bytea_output TO escape', 'SELECT $1 x'";

// Relations someone holds ACCESS EXCLUSIVE: reading their size would wait for the lock.
const char *const exclusivelyLocked = "SELECT relation FROM pg_locks WHERE locktype = 'relation' AND mode = "
                                      "'AccessExclusiveLock' AND granted AND relation IS NOT NULL";

struct StatementsJob
{
    PgInternalsSource::Statements result;
    QHash<QString, PgInternalsSource::StatementText> newTexts;
};

StatementsJob statementsOnce(const QString &name, const PgConnectionParams &params, const QSet<QString> &known)
{
    StatementsJob job;
    QSqlDatabase db = workerConnection(name, params, &job.result.error);
    if (!db.isOpen())
        return job;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("/* opsdash */ SELECT EXISTS (SELECT FROM pg_extension WHERE extname = "
                               "'pg_stat_statements')")) ||
        !q.next()) {
        job.result.error = failure(q);
        db.close();
        return job;
    }
    if (!q.value(0).toBool()) {
        job.result.error =
            Text::tr("pg_stat_statements is not installed in database %1: run CREATE EXTENSION "
                     "pg_stat_statements; as its owner (the server needs it in shared_preload_libraries)")
                .arg(params.database);
        return job;
    }
    PgStatementsSample sample;
    sample.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (!q.exec(QStringLiteral("/* opsdash */ SELECT %1, s.queryid, coalesce(r.rolname, s.userid::text), s.toplevel, "
                               "s.calls, s.total_exec_time, s.rows, s.shared_blks_hit, s.shared_blks_read, "
                               "s.temp_blks_read, s.temp_blks_written "
                               "FROM pg_stat_statements(false) s LEFT JOIN pg_roles r ON r.oid = s.userid "
                               "WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")
                    .arg(QLatin1String(statementKey)))) {
        const QString text = serverMessage(q.lastError());
        job.result.error = text.contains(QLatin1String("shared_preload_libraries"))
            ? Text::tr("pg_stat_statements is not loaded by the server: add it to shared_preload_libraries in "
                       "postgresql.conf and restart PostgreSQL")
            : failure(q);
        return job;
    }
    QStringList unknown;
    while (q.next()) {
        PgStatement s;
        s.key = q.value(0).toString();
        s.queryId = q.value(1).toLongLong();
        s.user = q.value(2).toString();
        s.topLevel = q.value(3).toBool();
        s.counters.calls = q.value(4).toLongLong();
        s.counters.totalMs = q.value(5).toDouble();
        s.counters.rows = q.value(6).toLongLong();
        s.counters.sharedHit = q.value(7).toLongLong();
        s.counters.sharedRead = q.value(8).toLongLong();
        s.counters.tempRead = q.value(9).toLongLong();
        s.counters.tempWritten = q.value(10).toLongLong();
        if (!known.contains(s.key))
            unknown.append(s.key);
        sample.statements.append(s);
    }
    if (q.exec(QStringLiteral("/* opsdash */ SELECT (extract(epoch FROM stats_reset) * 1000)::bigint FROM "
                              "pg_stat_statements_info")) &&
        q.next())
        sample.statsReset = fromEpochMs(q.value(0));
    if (!unknown.isEmpty()) {
        // Texts of the statements not seen before, cut on the server: a 1 MB statement costs 4,000 characters.
        QSqlQuery t(db);
        t.setForwardOnly(true);
        t.prepare(QStringLiteral("/* opsdash */ SELECT %1, left(s.query, %2), length(s.query), "
                                 "s.query LIKE '%/* opsdash */%' OR (s.userid = (SELECT oid FROM pg_roles WHERE "
                                 "rolname = current_user) AND s.query IN (%3)) FROM pg_stat_statements(true) s "
                                 "WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                                 "AND %1 = ANY (string_to_array(?, ','))")
                      .arg(QLatin1String(statementKey))
                      .arg(PgInternalsSource::textLimit)
                      .arg(QLatin1String(driverStatements)));
        t.addBindValue(unknown.join(u','));
        if (t.exec()) {
            while (t.next())
                job.newTexts.insert(t.value(0).toString(),
                                    {t.value(1).toString(), t.value(2).toLongLong(), t.value(3).toBool()});
        }
    }
    job.result.sample = sample;
    return job;
}

QString fullTextOnce(const QString &name, const PgConnectionParams &params, const QString &key)
{
    QString error;
    QSqlDatabase db = workerConnection(name, params, &error);
    if (!db.isOpen())
        return error;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("/* opsdash */ SELECT s.query FROM pg_stat_statements(true) s WHERE s.dbid = (SELECT "
                             "oid FROM pg_database WHERE datname = current_database()) AND %1 = ?")
                  .arg(QLatin1String(statementKey)));
    q.addBindValue(key);
    if (!q.exec())
        return failure(q);
    return q.next() ? q.value(0).toString() : Text::tr("(the statement is no longer in pg_stat_statements)");
}

PgInternalsSource::Sessions sessionsOnce(const QString &name, const PgConnectionParams &params,
                                         const QString &maintenanceRole)
{
    PgInternalsSource::Sessions out;
    QSqlDatabase db = workerConnection(name, params, &out.error);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // May this role (and the maintenance role) signal the backend? The server's own rules: superuser; a member of
    // the backend's role; or pg_signal_backend, except for a superuser's backend.
    q.prepare(QStringLiteral(
        "/* opsdash */ SELECT a.pid, coalesce(a.usename, ''), coalesce(a.application_name, ''), "
        "coalesce(host(a.client_addr), ''), coalesce(a.state, ''), coalesce(a.wait_event_type, ''), "
        "coalesce(a.wait_event, ''), (extract(epoch FROM a.backend_start) * 1000)::bigint, "
        "(extract(epoch FROM a.xact_start) * 1000)::bigint, (extract(epoch FROM a.query_start) * 1000)::bigint, "
        "(extract(epoch FROM a.state_change) * 1000)::bigint, left(coalesce(a.query, ''), 4000), "
        "array_to_string(pg_blocking_pids(a.pid), ','), coalesce(a.backend_type, ''), "
        "a.application_name = current_setting('application_name'), "
        "a.usesysid IS NOT NULL AND ((SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "  OR pg_has_role(current_user, a.usesysid, 'MEMBER') "
        "  OR (pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') "
        "      AND NOT (SELECT rolsuper FROM pg_roles WHERE oid = a.usesysid))), "
        "a.usesysid IS NOT NULL AND m.oid IS NOT NULL AND (m.rolsuper "
        "  OR pg_has_role(m.oid, a.usesysid, 'MEMBER') "
        "  OR (pg_has_role(m.oid, 'pg_signal_backend', 'MEMBER') "
        "      AND NOT (SELECT rolsuper FROM pg_roles WHERE oid = a.usesysid))) "
        "FROM pg_stat_activity a LEFT JOIN pg_roles m ON m.rolname = ? "
        "WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() ORDER BY a.pid"));
    q.addBindValue(maintenanceRole);
    if (!q.exec()) {
        out.error = failure(q);
        db.close();
        return out;
    }
    while (q.next()) {
        PgSession s;
        s.pid = q.value(0).toInt();
        s.user = q.value(1).toString();
        s.application = q.value(2).toString();
        s.client = q.value(3).toString();
        s.state = q.value(4).toString();
        s.waitEventType = q.value(5).toString();
        s.waitEvent = q.value(6).toString();
        s.backendStart = fromEpochMs(q.value(7));
        s.transactionStart = fromEpochMs(q.value(8));
        s.queryStart = fromEpochMs(q.value(9));
        s.stateChange = fromEpochMs(q.value(10));
        s.query = q.value(11).toString();
        for (const QString &pid : q.value(12).toString().split(u',', Qt::SkipEmptyParts))
            s.blockedBy.append(pid.toInt());
        s.backendType = q.value(13).toString();
        s.own = q.value(14).toBool();
        s.maySignal = q.value(15).toBool();
        s.maintenanceMaySignal = q.value(16).toBool();
        out.sessions.append(s);
    }
    return out;
}

PgInternalsSource::Health healthOnce(const QString &name, const PgConnectionParams &params)
{
    PgInternalsSource::Health out;
    QSqlDatabase db = workerConnection(name, params, &out.error);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Sizes open the relation: a table someone holds ACCESS EXCLUSIVE (an ALTER TABLE, a VACUUM FULL) would make
    // the whole read wait and time out, so its size is left unknown instead.
    if (!q.exec(QStringLiteral("/* opsdash */ SELECT s.relid, s.schemaname, s.relname, s.n_live_tup, s.n_dead_tup, "
                               "(extract(epoch FROM greatest(s.last_vacuum, s.last_autovacuum)) * 1000)::bigint, "
                               "(extract(epoch FROM greatest(s.last_analyze, s.last_autoanalyze)) * 1000)::bigint, "
                               "coalesce(s.seq_scan, 0), coalesce(s.seq_tup_read, 0), coalesce(s.idx_scan, 0), "
                               "CASE WHEN s.relid IN (%1) THEN -1 ELSE pg_total_relation_size(s.relid) END "
                               "FROM pg_stat_user_tables s")
                    .arg(QLatin1String(exclusivelyLocked)))) {
        out.error = failure(q);
        db.close();
        return out;
    }
    while (q.next()) {
        PgTableHealth t;
        t.relid = q.value(0).toLongLong();
        t.schema = q.value(1).toString();
        t.name = q.value(2).toString();
        t.liveTuples = q.value(3).toLongLong();
        t.deadTuples = q.value(4).toLongLong();
        t.lastVacuum = fromEpochMs(q.value(5));
        t.lastAnalyze = fromEpochMs(q.value(6));
        t.seqScans = q.value(7).toLongLong();
        t.seqTuplesRead = q.value(8).toLongLong();
        t.indexScans = q.value(9).toLongLong();
        t.totalBytes = q.value(10).toLongLong();
        out.health.tables.append(t);
    }
    if (!q.exec(
            QStringLiteral(
                "/* opsdash */ SELECT i.indexrelid, i.relid, i.schemaname, i.relname, i.indexrelname, i.idx_scan, "
                "CASE WHEN i.relid IN (%1) OR i.indexrelid IN (%1) THEN -1 ELSE pg_relation_size(i.indexrelid) END, "
                "x.indisunique, x.indisprimary, "
                "EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = x.indexrelid), pg_get_indexdef(x.indexrelid), "
                "x.indkey::text, x.indclass::text, coalesce(pg_get_expr(x.indexprs, x.indrelid), ''), "
                "coalesce(pg_get_expr(x.indpred, x.indrelid), ''), am.amname "
                "FROM pg_stat_user_indexes i JOIN pg_index x ON x.indexrelid = i.indexrelid "
                "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam")
                .arg(QLatin1String(exclusivelyLocked)))) {
        out.error = failure(q);
        return out;
    }
    while (q.next()) {
        PgIndexHealth i;
        i.indexRelid = q.value(0).toLongLong();
        i.tableRelid = q.value(1).toLongLong();
        i.schema = q.value(2).toString();
        i.table = q.value(3).toString();
        i.name = q.value(4).toString();
        i.scans = q.value(5).toLongLong();
        i.bytes = q.value(6).toLongLong();
        i.unique = q.value(7).toBool();
        i.primary = q.value(8).toBool();
        i.constraint = q.value(9).toBool();
        i.definition = q.value(10).toString();
        i.columns = q.value(11).toString();
        i.opclasses = q.value(12).toString();
        i.expressions = q.value(13).toString();
        i.predicate = q.value(14).toString();
        i.method = q.value(15).toString();
        out.health.indexes.append(i);
    }
    return out;
}

QString signalOnce(const QString &name, const PgConnectionParams &params, PgSessionTarget target, bool terminate)
{
    QString error;
    QSqlDatabase db = workerConnection(name, params, &error);
    if (!db.isOpen())
        return error;
    return signalSession(db, target, terminate);
}

QString resetOnce(const QString &name, const PgConnectionParams &params)
{
    QString error;
    QSqlDatabase db = workerConnection(name, params, &error);
    if (!db.isOpen())
        return error;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("/* opsdash */ SELECT pg_stat_statements_reset()")))
        return Text::tr("PostgreSQL refused: %1").arg(serverMessage(q.lastError()));
    return {};
}

PgMaintenanceFigures figuresOnce(const QString &name, const PgConnectionParams &params, const QString &schema,
                                 const QString &table)
{
    PgMaintenanceFigures out;
    QString error;
    QSqlDatabase db = workerConnection(name, params, &error);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "/* opsdash */ SELECT s.relid, s.n_live_tup, s.n_dead_tup, "
            "(extract(epoch FROM greatest(s.last_vacuum, s.last_autovacuum)) * 1000)::bigint, "
            "(extract(epoch FROM greatest(s.last_analyze, s.last_autoanalyze)) * 1000)::bigint, "
            "CASE WHEN s.relid IN (%1) THEN -1 ELSE pg_total_relation_size(s.relid) END, s.seq_scan, s.seq_tup_read, "
            "coalesce(s.idx_scan, 0) "
            "FROM pg_stat_user_tables s WHERE s.schemaname = ? AND s.relname = ?")
            .arg(QLatin1String(exclusivelyLocked)));
    q.addBindValue(schema);
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return out;
    out.found = true;
    PgTableHealth &t = out.table;
    t.relid = q.value(0).toLongLong();
    t.schema = schema;
    t.name = table;
    t.liveTuples = q.value(1).toLongLong();
    t.deadTuples = q.value(2).toLongLong();
    t.lastVacuum = fromEpochMs(q.value(3));
    t.lastAnalyze = fromEpochMs(q.value(4));
    t.totalBytes = q.value(5).toLongLong();
    t.seqScans = q.value(6).toLongLong();
    t.seqTuplesRead = q.value(7).toLongLong();
    t.indexScans = q.value(8).toLongLong();
    // Granted locks SHARE UPDATE EXCLUSIVE conflicts with, held by other sessions.
    QSqlQuery locks(db);
    locks.prepare(QStringLiteral(
        "/* opsdash */ SELECT a.pid, coalesce(a.usename, ''), coalesce(a.state, ''), string_agg(DISTINCT l.mode, ', "
        "'), "
        "left(coalesce(a.query, ''), 300), "
        "coalesce(extract(epoch FROM now() - coalesce(a.xact_start, a.query_start)), 0)::float8 "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.relation = ? AND l.granted AND l.pid <> pg_backend_pid() AND l.mode IN ('ShareUpdateExclusiveLock', "
        "'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock') "
        "GROUP BY a.pid, a.usename, a.state, a.query, a.xact_start, a.query_start ORDER BY a.pid"));
    locks.addBindValue(t.relid);
    if (locks.exec()) {
        while (locks.next())
            out.conflicting.append({locks.value(0).toInt(), locks.value(1).toString(), locks.value(2).toString(),
                                    locks.value(3).toString(), locks.value(4).toString(), locks.value(5).toDouble()});
    }
    return out;
}

PgProgress progressOnce(const QString &name, const PgConnectionParams &params, int pid)
{
    PgProgress out;
    QString error;
    QSqlDatabase db = workerConnection(name, params, &error);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "/* opsdash */ SELECT 'vacuum', phase, heap_blks_total, CASE WHEN phase = 'vacuuming heap' THEN "
        "heap_blks_vacuumed ELSE heap_blks_scanned END FROM pg_stat_progress_vacuum WHERE pid = ? "
        "UNION ALL SELECT 'analyze', phase, sample_blks_total, sample_blks_scanned FROM pg_stat_progress_analyze "
        "WHERE pid = ? UNION ALL SELECT 'index', phase, CASE WHEN blocks_total > 0 THEN blocks_total ELSE "
        "tuples_total END, CASE WHEN blocks_total > 0 THEN blocks_done ELSE tuples_done END "
        "FROM pg_stat_progress_create_index WHERE pid = ?"));
    q.addBindValue(pid);
    q.addBindValue(pid);
    q.addBindValue(pid);
    if (q.exec() && q.next()) {
        out.running = true;
        out.command = q.value(0).toString();
        out.phase = q.value(1).toString();
        out.total = q.value(2).toLongLong();
        out.done = q.value(3).toLongLong();
    }
    return out;
}

} // namespace

PgInternalsSource::PgInternalsSource(PgConnectionParams params, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
    , m_worker(QStringLiteral("opsdash-internals"))
{ }

PgInternalsSource::~PgInternalsSource() = default;

QCoro::Task<PgInternalsSource::Statements> PgInternalsSource::statements()
{
    QPointer<PgInternalsSource> self(this);
    QSet<QString> known; // implicitly shared: the worker reads this copy, the GUI thread keeps writing its own
    known.reserve(m_texts.size());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        known.insert(it.key());
    QFuture<StatementsJob> running =
        QtConcurrent::run(m_worker.pool(), statementsOnce, m_worker.connectionName(), m_params, known);
    StatementsJob job = co_await running;
    if (self) {
        m_texts.insert(job.newTexts);
        // Texts of statements gone from pg_stat_statements go too.
        if (job.result.sample && m_texts.size() > job.result.sample->statements.size() * 2 + 1000) {
            QSet<QString> present;
            for (const PgStatement &s : job.result.sample->statements)
                present.insert(s.key);
            m_texts.removeIf([&present](const auto &it) { return !present.contains(it.key()); });
        }
    }
    co_return job.result;
}

QCoro::Task<QString> PgInternalsSource::fullText(QString key)
{
    QFuture<QString> running =
        QtConcurrent::run(m_worker.pool(), fullTextOnce, m_worker.connectionName(), m_params, key);
    co_return co_await running;
}

QCoro::Task<PgInternalsSource::Sessions> PgInternalsSource::sessions(QString maintenanceRole)
{
    QFuture<Sessions> running =
        QtConcurrent::run(m_worker.pool(), sessionsOnce, m_worker.connectionName(), m_params, maintenanceRole);
    co_return co_await running;
}

QCoro::Task<PgInternalsSource::Health> PgInternalsSource::health()
{
    QFuture<Health> running = QtConcurrent::run(m_worker.pool(), healthOnce, m_worker.connectionName(), m_params);
    co_return co_await running;
}

QCoro::Task<QString> PgInternalsSource::signalBackend(PgSessionTarget target, bool terminate)
{
    QFuture<QString> running =
        QtConcurrent::run(m_worker.pool(), signalOnce, m_worker.connectionName(), m_params, target, terminate);
    co_return co_await running;
}

QCoro::Task<QString> PgInternalsSource::resetStatements()
{
    QFuture<QString> running = QtConcurrent::run(m_worker.pool(), resetOnce, m_worker.connectionName(), m_params);
    co_return co_await running;
}

QCoro::Task<PgInternalsSource::Explained> PgInternalsSource::explain(QString sql, QStringList values, bool analyze)
{
    QFuture<Explained> running =
        QtConcurrent::run(m_worker.pool(), planner::explain, m_worker.connectionName(), m_params, sql, values, analyze);
    co_return co_await running;
}

QCoro::Task<QList<PgInternalsSource::Advice>> PgInternalsSource::advise(QString sql)
{
    QFuture<QList<Advice>> running =
        QtConcurrent::run(m_worker.pool(), planner::advise, m_worker.connectionName(), m_params, sql);
    co_return co_await running;
}

QCoro::Task<PgMaintenanceFigures> PgInternalsSource::maintenanceFigures(QString schema, QString table)
{
    QFuture<PgMaintenanceFigures> running =
        QtConcurrent::run(m_worker.pool(), figuresOnce, m_worker.connectionName(), m_params, schema, table);
    co_return co_await running;
}

QCoro::Task<PgProgress> PgInternalsSource::progress(int pid)
{
    QFuture<PgProgress> running =
        QtConcurrent::run(m_worker.pool(), progressOnce, m_worker.connectionName(), m_params, pid);
    co_return co_await running;
}

} // namespace opsdash
