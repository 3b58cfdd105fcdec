#include "pgbouncersource.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <QCoroFuture>

#include <libpq-fe.h>

namespace opsdash {

struct PgBouncerSource::Connection
{
    PGconn *conn = nullptr;
    ~Connection()
    {
        if (conn)
            PQfinish(conn);
    }
};

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::PgBouncerSource)
};

struct Result
{
    PGresult *r = nullptr;
    ~Result() { PQclear(r); }
    int column(const char *name) const { return PQfnumber(r, name); }
    QString text(int row, int col) const { return col < 0 ? QString() : QString::fromUtf8(PQgetvalue(r, row, col)); }
    double number(int row, int col) const { return col < 0 ? 0 : QByteArray(PQgetvalue(r, row, col)).toDouble(); }
};

PgBouncerSource::Outcome pollOnce(PgBouncerSource::Connection *c, const PgConnectionParams &params,
                                  const QString &database)
{
    PgBouncerSource::Outcome out;
    if (!c->conn || PQstatus(c->conn) != CONNECTION_OK) {
        if (c->conn)
            PQfinish(c->conn);
        const QByteArray host = params.host.toUtf8(), port = QByteArray::number(params.port),
                         user = params.user.toUtf8(), password = params.password.toUtf8(),
                         sslmode = params.sslMode.toUtf8(), timeout = QByteArray::number(params.connectTimeoutSeconds);
        const char *keys[] = {
            "host", "port", "dbname", "user", "password", "sslmode", "connect_timeout", "application_name", nullptr};
        const char *values[] = {
            host.constData(),    port.constData(),    "pgbouncer", user.constData(), password.constData(),
            sslmode.constData(), timeout.constData(), "opsdash",   nullptr};
        c->conn = PQconnectdbParams(keys, values, 0);
        if (PQstatus(c->conn) != CONNECTION_OK) {
            out.error = Text::tr("pgbouncer at %1:%2: %3")
                            .arg(params.host)
                            .arg(params.port)
                            .arg(QString::fromUtf8(PQerrorMessage(c->conn)).trimmed());
            PQfinish(c->conn);
            c->conn = nullptr;
            return out;
        }
    }
    Result pools{PQexec(c->conn, "SHOW POOLS")};
    if (PQresultStatus(pools.r) != PGRES_TUPLES_OK) {
        out.error = Text::tr("pgbouncer SHOW POOLS: %1 (is %2 in its stats_users?)")
                        .arg(QString::fromUtf8(PQerrorMessage(c->conn)).trimmed(), params.user);
        PQfinish(c->conn);
        c->conn = nullptr;
        return out;
    }
    PgBouncerSample s;
    const int db = pools.column("database"), user = pools.column("user"), clActive = pools.column("cl_active"),
              clWaiting = pools.column("cl_waiting"), svActive = pools.column("sv_active"),
              svIdle = pools.column("sv_idle"), svUsed = pools.column("sv_used"), maxwait = pools.column("maxwait"),
              maxwaitUs = pools.column("maxwait_us"), mode = pools.column("pool_mode");
    bool named = false;
    for (int i = 0; i < PQntuples(pools.r); ++i) {
        PgBouncerPool p;
        p.database = pools.text(i, db);
        if (p.database == QLatin1String("pgbouncer"))
            continue; // the admin console itself
        p.user = pools.text(i, user);
        p.clientsActive = int(pools.number(i, clActive));
        p.clientsWaiting = int(pools.number(i, clWaiting));
        p.serversActive = int(pools.number(i, svActive));
        p.serversIdle = int(pools.number(i, svIdle));
        p.serversUsed = int(pools.number(i, svUsed));
        p.maxWaitMs = pools.number(i, maxwait) * 1000.0 + pools.number(i, maxwaitUs) / 1000.0;
        p.mode = pools.text(i, mode);
        named = named || p.database == database;
        s.pools.append(p);
    }
    for (const PgBouncerPool &p : std::as_const(s.pools)) {
        if (named && p.database != database)
            continue;
        s.clientsActive += p.clientsActive;
        s.clientsWaiting += p.clientsWaiting;
        s.serversActive += p.serversActive;
        s.serversIdle += p.serversIdle;
        s.maxWaitMs = std::max(s.maxWaitMs, p.maxWaitMs);
    }
    Result stats{PQexec(c->conn, "SHOW STATS")};
    if (PQresultStatus(stats.r) == PGRES_TUPLES_OK) {
        const int sdb = stats.column("database"), query = stats.column("avg_query_time"),
                  wait = stats.column("avg_wait_time");
        for (int i = 0; i < PQntuples(stats.r); ++i)
            if (stats.text(i, sdb) == database) {
                s.avgQueryMs = stats.number(i, query) / 1000.0; // microseconds
                s.avgWaitMs = stats.number(i, wait) / 1000.0;
            }
    }
    out.sample = s;
    return out;
}

} // namespace

PgBouncerSource::PgBouncerSource(PgConnectionParams params, QString database, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
    , m_database(std::move(database))
    , m_connection(std::make_shared<Connection>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

PgBouncerSource::~PgBouncerSource()
{
    m_pool.waitForDone(); // a poll still running holds the connection; libpq's PGconn may be closed from here after
}

QCoro::Task<PgBouncerSource::Outcome> PgBouncerSource::poll()
{
    QFuture<Outcome> polling = QtConcurrent::run(&m_pool, [c = m_connection, params = m_params, database = m_database] {
        return pollOnce(c.get(), params, database);
    });
    co_return co_await polling;
}

} // namespace opsdash
