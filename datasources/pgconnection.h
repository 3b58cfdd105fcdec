#pragma once

#include "pg.h"
#include "pginternals.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace opsdash {

/// Where and how opsdash connects to PostgreSQL. The session settings travel in the startup packet, so every
/// statement on the connection runs under them from the first one on.
struct PgConnectionParams
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< from the keychain; never logged, never stored in settings
    QString sslMode = QStringLiteral("prefer");
    QString applicationName = QStringLiteral("opsdash");
    int connectTimeoutSeconds = 5;
    int statementTimeoutMs = 5000;
    int lockTimeoutMs = 1000;
    bool readOnly = true; ///< monitoring connections never write

    /// The QPSQL connect-options string (`key=value;…`), or an empty string and `error` set when a value cannot
    /// be passed safely (the driver splits on ';').
    QString connectOptions(QString *error = nullptr) const;
    /// The session settings above as the startup packet's `options` (`-c statement_timeout=… …`).
    QString sessionOptions() const;
};

/// The same connection for the shared libpq layer (pg::Connection), for what Qt Sql cannot do: COPY, cancelling,
/// pgbouncer's admin console. `sessionSettings` false leaves out the startup `options` (pgbouncer refuses them).
pg::ConnectParams libpqParams(const PgConnectionParams &params, bool sessionSettings = true);

/// Opens (or reopens) the QSqlDatabase `connectionName` for the calling thread. A QSqlDatabase may only be used
/// in the thread that created it: call this on the worker thread that will run the queries. Returns an invalid
/// QSqlDatabase and sets `error` to a sentence a person can act on when it fails.
QSqlDatabase openPgConnection(const QString &connectionName, const PgConnectionParams &params, QString *error);

/// A QSqlDatabase connection of its own for one job on the calling thread, under a unique name made from
/// `prefix`; closed and removed from Qt's registry when it goes out of scope.
class ScopedPgConnection
{
public:
    ScopedPgConnection(const QString &prefix, const PgConnectionParams &params);
    ~ScopedPgConnection();
    ScopedPgConnection(const ScopedPgConnection &) = delete;
    ScopedPgConnection &operator=(const ScopedPgConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    /// Why it did not open, as a sentence.
    const QString &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace opsdash

namespace opsdash {

/// Reads a libpq connection string — `host=… port=… dbname=… user=… password=… sslmode=…` or a
/// `postgresql://user@host:port/db?sslmode=…` URI — into connection parameters (libpq's own parser, so it
/// accepts what psql accepts). nullopt and `error` set when libpq rejects it.
std::optional<PgConnectionParams> parseConnInfo(const QString &conninfo, QString *error);

} // namespace opsdash

#include <QThreadPool>

namespace opsdash {

/// One worker thread that never expires and owns one named QSqlDatabase connection for the owner's whole life
/// (a connection may only be used by the thread that opened it). Jobs go to pool() with QtConcurrent::run and
/// are awaited with co_await; the destructor closes and removes the connection on that thread.
class PgWorker
{
public:
    explicit PgWorker(const QString &prefix);
    ~PgWorker();
    PgWorker(const PgWorker &) = delete;
    PgWorker &operator=(const PgWorker &) = delete;

    QThreadPool *pool() { return &m_pool; }
    const QString &connectionName() const { return m_name; }

private:
    QString m_name;
    QThreadPool m_pool;
};

/// The server's message of a failed statement, without libpq's "ERROR:  " prefix.
QString serverMessage(const QSqlError &error);

/// pg_cancel_backend / pg_terminate_backend of exactly `target` on `db`: pid, backend start and database are
/// checked in the statement that signals, so a pid reused by a newer session is left alone. Empty on success,
/// else a sentence (the server's refusal, or that the session is gone).
QString signalSession(QSqlDatabase &db, const PgSessionTarget &target, bool terminate);

/// On the worker thread: the named connection, opened (again) when it is not open.
QSqlDatabase workerConnection(const QString &name, const PgConnectionParams &params, QString *error);

} // namespace opsdash
