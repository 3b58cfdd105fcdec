#include "pgbouncersource.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <QCoroFuture>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::PgBouncerSource)
};

/// SHOW POOLS and SHOW STATS on pgbouncer's admin console, as one sample. Throws pg::Error.
PgBouncerSample readConsole(pg::Connection &c, const QString &database)
{
    const pg::Result pools = c.execSimple("SHOW POOLS");
    PgBouncerSample s;
    const int db = pools.column("database"), user = pools.column("user"), clActive = pools.column("cl_active"),
              clWaiting = pools.column("cl_waiting"), svActive = pools.column("sv_active"),
              svIdle = pools.column("sv_idle"), svUsed = pools.column("sv_used"), maxwait = pools.column("maxwait"),
              maxwaitUs = pools.column("maxwait_us"), mode = pools.column("pool_mode");
    bool named = false;
    for (int i = 0; i < pools.rows(); ++i) {
        PgBouncerPool p;
        p.database = pools.text(i, db);
        if (p.database == QLatin1String("pgbouncer"))
            continue; // the admin console itself
        p.user = pools.text(i, user);
        p.clientsActive = int(pools.real(i, clActive));
        p.clientsWaiting = int(pools.real(i, clWaiting));
        p.serversActive = int(pools.real(i, svActive));
        p.serversIdle = int(pools.real(i, svIdle));
        p.serversUsed = int(pools.real(i, svUsed));
        p.maxWaitMs = pools.real(i, maxwait) * 1000.0 + pools.real(i, maxwaitUs) / 1000.0;
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
    try {
        const pg::Result stats = c.execSimple("SHOW STATS");
        const int sdb = stats.column("database"), query = stats.column("avg_query_time"),
                  wait = stats.column("avg_wait_time");
        for (int i = 0; i < stats.rows(); ++i)
            if (stats.text(i, sdb) == database) {
                s.avgQueryMs = stats.real(i, query) / 1000.0; // microseconds
                s.avgWaitMs = stats.real(i, wait) / 1000.0;
            }
    } catch (const pg::Error &) {
        // Older pgbouncers or a console without stats: the pools alone still make a sample.
    }
    return s;
}

/// pgbouncer's admin console is the database "pgbouncer"; it refuses startup options.
pg::ConnectParams consoleParams(PgConnectionParams params)
{
    params.database = QStringLiteral("pgbouncer");
    return libpqParams(params, /*sessionSettings=*/false);
}

PgBouncerSource::Outcome pollOnce(pg::Connection &c, const PgConnectionParams &params, const QString &database)
{
    PgBouncerSource::Outcome out;
    bool connected = false;
    try {
        c.ensureConnected();
        connected = true;
        out.sample = readConsole(c, database);
    } catch (const pg::Error &e) {
        out.error = connected
            ? Text::tr("pgbouncer SHOW POOLS: %1 (is %2 in its stats_users?)").arg(e.message(), params.user)
            : Text::tr("pgbouncer at %1:%2: %3").arg(params.host).arg(params.port).arg(e.message());
    }
    return out;
}

} // namespace

PgBouncerSource::PgBouncerSource(PgConnectionParams params, QString database, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
    , m_database(std::move(database))
    , m_connection(std::make_shared<pg::Connection>(consoleParams(m_params)))
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
        return pollOnce(*c, params, database);
    });
    co_return co_await polling;
}

} // namespace opsdash
