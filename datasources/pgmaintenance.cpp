#include "pgmaintenance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtConcurrent>

#include <QCoroFuture>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::PgMaintenance)
};

const char *formatOf(MaintenanceKind kind)
{
    switch (kind) {
    case MaintenanceKind::VacuumAnalyze:
        return "VACUUM (ANALYZE) %I.%I";
    case MaintenanceKind::Analyze:
        return "ANALYZE %I.%I";
    case MaintenanceKind::ReindexTable:
        return "REINDEX TABLE CONCURRENTLY %I.%I";
    case MaintenanceKind::ReindexIndex:
        return "REINDEX INDEX CONCURRENTLY %I.%I";
    }
    return "";
}

int pidOnce(const QString &name, const PgConnectionParams &params, QString *error)
{
    QSqlDatabase db = workerConnection(name, params, error);
    if (!db.isOpen())
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("/* opsdash */ SELECT pg_backend_pid()")) || !q.next()) {
        *error = serverMessage(q.lastError());
        db.close();
        return 0;
    }
    return q.value(0).toInt();
}

PgMaintenance::Outcome runOnce(const QString &name, const PgConnectionParams &params, MaintenanceKind kind,
                               const QString &schema, const QString &table)
{
    PgMaintenance::Outcome out;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = workerConnection(name, params, &out.error);
    if (!db.isOpen())
        return out;
    QSqlQuery build(db);
    build.prepare(QStringLiteral("/* opsdash */ SELECT format(?, ?::text, ?::text)"));
    build.addBindValue(QString::fromLatin1(formatOf(kind)));
    build.addBindValue(schema);
    build.addBindValue(table);
    if (!build.exec() || !build.next()) {
        out.error = serverMessage(build.lastError());
        return out;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("/* opsdash */ ") + build.value(0).toString())) {
        out.error = serverMessage(q.lastError());
        // A failed REINDEX CONCURRENTLY leaves an invalid index (_ccnew) behind: say so.
        if (kind == MaintenanceKind::ReindexTable || kind == MaintenanceKind::ReindexIndex)
            out.error += QLatin1Char(' ') +
                Text::tr("(a REINDEX CONCURRENTLY that stopped may leave invalid indexes named *_ccnew: drop them)");
    } else {
        out.ok = true;
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

/// Runs `work` on a short-lived connection of its own as the maintenance role; its result, or why it could not
/// connect.
template<typename Work>
QString onOwnConnection(const PgConnectionParams &params, Work work)
{
    ScopedPgConnection connection(QStringLiteral("opsdash-maintenance-signal"), params);
    return connection.isOpen() ? work(connection.db()) : connection.error();
}

/// Cancels this object's own statement (its connection's pid, known to be ours).
QString cancelOwn(const PgConnectionParams &params, int pid)
{
    return onOwnConnection(params, [pid](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("/* opsdash */ SELECT pg_cancel_backend(?)"));
        q.addBindValue(pid);
        if (!q.exec())
            return Text::tr("PostgreSQL refused: %1").arg(serverMessage(q.lastError()));
        return QString();
    });
}

QString signalAs(const PgConnectionParams &params, PgSessionTarget target, bool terminate)
{
    return onOwnConnection(params,
                           [target, terminate](QSqlDatabase &db) { return signalSession(db, target, terminate); });
}

} // namespace

PgMaintenance::PgMaintenance(PgConnectionParams params, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
    , m_worker(QStringLiteral("opsdash-maintenance"))
{ }

PgMaintenance::~PgMaintenance() = default;

QString PgMaintenance::statementText(MaintenanceKind kind, const QString &schema, const QString &table)
{
    return QString::fromLatin1(formatOf(kind))
        .replace(QLatin1String("%I.%I"), schema + QLatin1Char('.') + table); // for reading only
}

QString PgMaintenance::lockMode(MaintenanceKind)
{
    return QStringLiteral("SHARE UPDATE EXCLUSIVE"); // VACUUM, ANALYZE and REINDEX CONCURRENTLY alike
}

QCoro::Task<int> PgMaintenance::connect(QString *error)
{
    QPointer<PgMaintenance> self(this);
    QString why;
    QFuture<int> connecting = QtConcurrent::run(m_worker.pool(), pidOnce, m_worker.connectionName(), m_params, &why);
    const int pid = co_await connecting;
    if (self)
        m_pid = pid;
    if (error)
        *error = why;
    co_return pid;
}

QCoro::Task<PgMaintenance::Outcome> PgMaintenance::run(MaintenanceKind kind, QString schema, QString table)
{
    QFuture<Outcome> running =
        QtConcurrent::run(m_worker.pool(), runOnce, m_worker.connectionName(), m_params, kind, schema, table);
    co_return co_await running;
}

QCoro::Task<QString> PgMaintenance::cancel()
{
    if (m_pid <= 0)
        co_return Text::tr("Nothing runs.");
    QFuture<QString> cancelling = QtConcurrent::run(&m_cancelPool, cancelOwn, m_params, int(m_pid));
    co_return co_await cancelling;
}

QCoro::Task<QString> PgMaintenance::signalBackend(PgSessionTarget target, bool terminate)
{
    QFuture<QString> signalling = QtConcurrent::run(&m_cancelPool, signalAs, m_params, target, terminate);
    co_return co_await signalling;
}

} // namespace opsdash
