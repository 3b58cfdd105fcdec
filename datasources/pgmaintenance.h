#pragma once

#include "pgconnection.h"
#include "pginternals.h"

#include <QObject>
#include <QThreadPool>

#include <QCoroTask>

namespace opsdash {

/// VACUUM (ANALYZE), ANALYZE or REINDEX TABLE CONCURRENTLY of one table, on the profile's maintenance role's own
/// connection (writable, no statement timeout, a lock timeout so it never queues behind a long lock and blocks
/// everyone after it). The statement is built on the server with format('%I.%I'), never by pasting names.
/// start() learns the backend's pid first (for progress and cancel), then runs the statement; cancel() asks the
/// server to cancel it from a second connection of the same role.
class PgMaintenance : public QObject
{
    Q_OBJECT

public:
    explicit PgMaintenance(PgConnectionParams params, QObject *parent = nullptr);
    ~PgMaintenance() override;

    /// The statement a kind runs, for the confirmation ("VACUUM (ANALYZE) public.registrations").
    static QString statementText(MaintenanceKind kind, const QString &schema, const QString &table);
    /// The lock it takes on the table.
    static QString lockMode(MaintenanceKind kind);

    struct Outcome
    {
        bool ok = false;
        QString error; ///< the server's words (a cancel says "canceling statement due to user request")
        qint64 elapsedMs = 0;
    };
    /// The maintenance connection's backend pid (0 and `error` when it cannot connect).
    QCoro::Task<int> connect(QString *error);
    /// `target` is the table, or for ReindexIndex the index.
    QCoro::Task<Outcome> run(MaintenanceKind kind, QString schema, QString target);
    /// Cancels what runs on the maintenance connection; empty on success, else why not.
    QCoro::Task<QString> cancel();
    /// pg_cancel_backend / pg_terminate_backend of another session, as the maintenance role (for sessions the
    /// monitoring role may not signal); empty on success, else the server's refusal.
    QCoro::Task<QString> signalBackend(PgSessionTarget target, bool terminate);
    int pid() const { return m_pid; }

private:
    PgConnectionParams m_params;
    PgWorker m_worker;
    QThreadPool m_cancelPool;
    int m_pid = 0;
};

} // namespace opsdash
