#pragma once

#include "pgconnection.h"
#include "pgtypes.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <QCoroTask>

namespace opsdash {

/// Polls PostgreSQL's statistics views for one database, on a worker thread that owns the connection (a
/// QSqlDatabase may only be used in the thread that opened it). Read-only monitoring role, statement and lock
/// timeouts from PgConnectionParams, autocommit (PostgreSQL 15 caches stats snapshots inside a transaction),
/// every statement tagged /* opsdash */ so opsdash can hide and count its own cost. A connection that broke
/// (a database restart) is reopened on the next poll.
class PgMonitor : public QObject
{
    Q_OBJECT

public:
    explicit PgMonitor(PgConnectionParams params, QObject *parent = nullptr);
    ~PgMonitor() override;

    struct Outcome
    {
        std::optional<PgSnapshot> snapshot;
        QString error;
    };

    /// One poll. Runs on the worker thread; the caller's thread only waits (co_await).
    QCoro::Task<Outcome> poll();

    bool ok() const { return m_ok; }
    QString statusMessage() const { return m_message; }

Q_SIGNALS:
    void statusChanged(bool ok, const QString &message);

private:
    PgConnectionParams m_params;
    PgWorker m_worker;
    bool m_ok = false;
    QString m_message;
};

/// What a monitoring connection may see, checked once ("test connection" of the profile dialog).
struct PgAccessReport
{
    bool connected = false;
    QString serverVersion;
    QStringList problems; ///< each says what is missing and the SQL that fixes it
    QString error; ///< the connection failed: why
};

/// Connects with `params` on a worker thread and checks what opsdash needs: pg_stat_statements installed in the
/// database and readable, and the pg_monitor role (or superuser) for other sessions' queries.
QCoro::Task<PgAccessReport> checkPgAccess(PgConnectionParams params);

} // namespace opsdash
