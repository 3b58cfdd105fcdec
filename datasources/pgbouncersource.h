#pragma once

#include "pgconnection.h"
#include "pgtypes.h"

#include <QObject>
#include <QThreadPool>

#include <QCoroTask>

#include <memory>

namespace opsdash {

/// pgbouncer's admin console (database "pgbouncer", a role in its stats_users): SHOW POOLS and SHOW STATS for the
/// monitored database. The console speaks only the simple query protocol and knows none of the settings the Qt
/// PSQL driver sends on connect, so this talks libpq directly, on a worker thread that owns the connection.
class PgBouncerSource : public QObject
{
    Q_OBJECT

public:
    /// `params`: pgbouncer's host and port, the role and password; `database`: the pool to sum (the profile's
    /// database; every pool when pgbouncer has none of that name).
    PgBouncerSource(PgConnectionParams params, QString database, QObject *parent = nullptr);
    ~PgBouncerSource() override;

    struct Outcome
    {
        std::optional<PgBouncerSample> sample;
        QString error;
    };
    QCoro::Task<Outcome> poll();

private:
    PgConnectionParams m_params;
    QString m_database;
    QThreadPool m_pool;
    std::shared_ptr<pg::Connection> m_connection; ///< used on the worker thread only
};

} // namespace opsdash
