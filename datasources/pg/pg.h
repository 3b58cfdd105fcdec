#pragma once

// The one PostgreSQL access layer on libpq that eventsd and opsdash share: a connection, its results,
// transactions, COPY … TO STDOUT streaming and cancellation. Nothing outside this library calls PQexec,
// PQgetCopyData or PQcancel. opsdash's monitoring queries run on Qt Sql (QPSQL) workers instead; what Qt Sql
// cannot do — pgbouncer's admin console (simple protocol only), COPY, cancelling a running statement — goes
// through here.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <libpq-fe.h>

#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace pg {

/// A failed statement or connection, with the server's SQLSTATE ("" when the connection itself failed).
class Error : public std::exception
{
public:
    Error(QByteArray sqlState, QString message)
        : m_sqlState(std::move(sqlState))
        , m_message(std::move(message))
        , m_what(m_message.toUtf8())
    { }
    const QByteArray &sqlState() const { return m_sqlState; }
    const QString &message() const { return m_message; }
    bool isConnectionError() const { return m_sqlState.isEmpty() || m_sqlState.startsWith("08"); }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QByteArray m_sqlState;
    QString m_message;
    QByteArray m_what;
};

/// Text-format parameters for PQexecParams; std::nullopt is SQL NULL.
class Params
{
public:
    Params &operator<<(const QString &v) { return add(v.toUtf8()); }
    Params &operator<<(const QByteArray &v) { return add(v); }
    Params &operator<<(const char *v) { return add(QByteArray(v)); }
    Params &operator<<(qint64 v) { return add(QByteArray::number(v)); }
    Params &operator<<(int v) { return add(QByteArray::number(v)); }
    Params &operator<<(double v) { return add(QByteArray::number(v, 'g', 17)); }
    Params &operator<<(bool v) { return add(v ? QByteArrayLiteral("true") : QByteArrayLiteral("false")); }
    Params &operator<<(const QDateTime &v) { return add(v.toUTC().toString(Qt::ISODateWithMs).toUtf8()); }
    Params &operator<<(std::nullopt_t)
    {
        m_values.emplace_back(std::nullopt);
        return *this;
    }
    template<typename T>
    Params &operator<<(const std::optional<T> &v)
    {
        if (v)
            return *this << *v;
        return *this << std::nullopt;
    }

    int size() const { return int(m_values.size()); }
    const std::vector<std::optional<QByteArray>> &values() const { return m_values; }

private:
    Params &add(QByteArray v)
    {
        m_values.emplace_back(std::move(v));
        return *this;
    }
    std::vector<std::optional<QByteArray>> m_values;
};

/// Owns a PGresult; values are read in text format. A column index of -1 (a name PQfnumber did not find)
/// reads as empty text and zero.
class Result
{
public:
    explicit Result(PGresult *result)
        : m_result(result, &PQclear)
    { }
    PGresult *get() const { return m_result.get(); }
    int rows() const { return PQntuples(m_result.get()); }
    int columns() const { return PQnfields(m_result.get()); }
    qint64 affectedRows() const { return QByteArray(PQcmdTuples(m_result.get())).toLongLong(); }
    int column(const char *name) const { return PQfnumber(m_result.get(), name); }
    const char *columnName(int c) const { return PQfname(m_result.get(), c); }
    Oid columnType(int c) const { return PQftype(m_result.get(), c); }
    bool isNull(int r, int c) const { return c < 0 || PQgetisnull(m_result.get(), r, c); }
    QByteArray bytes(int r, int c) const
    {
        return c < 0 ? QByteArray() : QByteArray(PQgetvalue(m_result.get(), r, c), PQgetlength(m_result.get(), r, c));
    }
    QString text(int r, int c) const { return QString::fromUtf8(bytes(r, c)); }
    qint64 int64(int r, int c) const { return bytes(r, c).toLongLong(); }
    double real(int r, int c) const { return bytes(r, c).toDouble(); }
    bool boolean(int r, int c) const { return c >= 0 && PQgetvalue(m_result.get(), r, c)[0] == 't'; }
    /// timestamptz in text format (ISO with a space), as UTC.
    QDateTime timestamp(int r, int c) const;

private:
    std::unique_ptr<PGresult, void (*)(PGresult *)> m_result;
};

/// libpq keyword/value connection parameters, in the order libpq reads them (a later keyword wins).
class ConnectParams
{
public:
    /// A connection string or `postgresql://` URI, expanded by libpq; `applicationName` and a 3 s connect
    /// timeout apply unless the string sets them.
    static ConnectParams fromConnInfo(const QByteArray &conninfo, const QByteArray &applicationName);

    /// Sets a keyword (host, port, dbname, user, password, sslmode, options, …). Values are passed as they are,
    /// never parsed as a connection string.
    ConnectParams &set(const char *keyword, QByteArray value);

    const std::vector<std::pair<QByteArray, QByteArray>> &pairs() const { return m_pairs; }
    bool expandDbname() const { return m_expandDbname; }

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_pairs;
    bool m_expandDbname = false;
};

/// The keywords a connection string or `postgresql://` URI sets, by libpq's own parser (so it accepts what psql
/// accepts), in libpq's keyword order; nullopt and `error` set to libpq's reason when it rejects the string.
std::optional<std::vector<std::pair<QByteArray, QByteArray>>> parseConnInfo(const QByteArray &conninfo, QString *error);

/// Called after every statement with its SQL, parameters, duration and outcome.
using StatementObserver = std::function<void(const QByteArray &sql, const Params &params, double durationMs, bool ok)>;

/// One COPY data row as libpq hands it over; return false to stop the COPY.
using CopySink = std::function<bool(const char *data, int size)>;

struct CopyOutcome
{
    qint64 rows = 0; ///< COPY data rows the sink received (a CSV header is one of them)
    bool stopped = false; ///< the sink returned false: the statement was cancelled on the server
};

/// One libpq connection, used by one thread at a time. Every statement method throws Error.
class Connection
{
public:
    explicit Connection(ConnectParams params, StatementObserver observer = {});
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Connects if not connected (or the connection went bad). Throws Error.
    void ensureConnected();
    bool isConnected() const;

    /// One statement through the extended protocol with unnamed statements (safe behind pgbouncer in
    /// transaction mode).
    Result exec(const QByteArray &sql, const Params &params = {});
    /// The simple protocol: several statements without parameters (migrations), or pgbouncer's admin console,
    /// which understands nothing else. Returns the last statement's result.
    Result execSimple(const QByteArray &sql);
    /// Runs `COPY … TO STDOUT` and hands each data row to `sink`. When the sink returns false, the statement is
    /// cancelled on the server and the rest drained, so the connection stays usable.
    CopyOutcome copyOut(const QByteArray &sql, const CopySink &sink);
    /// Asks the server to cancel the statement running on this connection; safe from any thread while another
    /// runs it (libpq's PGcancel, made when the connection was). Empty on success, else libpq's reason.
    QString cancel() const;
    /// The server process serving this connection (0 when not connected).
    int backendPid() const;

private:
    ConnectParams m_params;
    StatementObserver m_observer;
    PGconn *m_conn = nullptr;
    mutable std::mutex m_cancelMutex; ///< guards m_cancel: cancel() may come from another thread
    std::unique_ptr<PGcancel, void (*)(PGcancel *)> m_cancel{nullptr, &PQfreeCancel};
};

/// BEGIN on construction, ROLLBACK on destruction unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Connection &conn, const QByteArray &begin = QByteArrayLiteral("BEGIN"));
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Connection &m_conn;
    bool m_done = false;
};

} // namespace pg
