#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <libpq-fe.h>

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace eventsd {

/// A failed statement or connection, with the server's SQLSTATE ("" when the connection itself failed).
class PgError : public std::exception
{
public:
    PgError(QByteArray sqlState, QString message)
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
class PgParams
{
public:
    PgParams &operator<<(const QString &v) { return add(v.toUtf8()); }
    PgParams &operator<<(const QByteArray &v) { return add(v); }
    PgParams &operator<<(const char *v) { return add(QByteArray(v)); }
    PgParams &operator<<(qint64 v) { return add(QByteArray::number(v)); }
    PgParams &operator<<(int v) { return add(QByteArray::number(v)); }
    PgParams &operator<<(double v) { return add(QByteArray::number(v, 'g', 17)); }
    PgParams &operator<<(bool v) { return add(v ? QByteArrayLiteral("true") : QByteArrayLiteral("false")); }
    PgParams &operator<<(const QDateTime &v) { return add(v.toUTC().toString(Qt::ISODateWithMs).toUtf8()); }
    PgParams &operator<<(std::nullopt_t)
    {
        m_values.emplace_back(std::nullopt);
        return *this;
    }
    template<typename T>
    PgParams &operator<<(const std::optional<T> &v)
    {
        if (v)
            return *this << *v;
        return *this << std::nullopt;
    }

    int size() const { return int(m_values.size()); }
    const std::vector<std::optional<QByteArray>> &values() const { return m_values; }

private:
    PgParams &add(QByteArray v)
    {
        m_values.emplace_back(std::move(v));
        return *this;
    }
    std::vector<std::optional<QByteArray>> m_values;
};

/// Owns a PGresult; values are read in text format.
class PgResult
{
public:
    explicit PgResult(PGresult *result)
        : m_result(result, &PQclear)
    { }
    PGresult *get() const { return m_result.get(); }
    int rows() const { return PQntuples(m_result.get()); }
    int columns() const { return PQnfields(m_result.get()); }
    qint64 affectedRows() const { return QByteArray(PQcmdTuples(m_result.get())).toLongLong(); }
    int column(const char *name) const { return PQfnumber(m_result.get(), name); }
    const char *columnName(int c) const { return PQfname(m_result.get(), c); }
    Oid columnType(int c) const { return PQftype(m_result.get(), c); }
    bool isNull(int r, int c) const { return PQgetisnull(m_result.get(), r, c); }
    QByteArray bytes(int r, int c) const
    {
        return QByteArray(PQgetvalue(m_result.get(), r, c), PQgetlength(m_result.get(), r, c));
    }
    QString text(int r, int c) const { return QString::fromUtf8(bytes(r, c)); }
    qint64 int64(int r, int c) const { return bytes(r, c).toLongLong(); }
    double real(int r, int c) const { return bytes(r, c).toDouble(); }
    bool boolean(int r, int c) const { return PQgetvalue(m_result.get(), r, c)[0] == 't'; }
    /// timestamptz in text format (ISO with a space), as UTC.
    QDateTime timestamp(int r, int c) const;

private:
    std::unique_ptr<PGresult, void (*)(PGresult *)> m_result;
};

/// Called after every statement with its SQL, parameters, duration and outcome.
using StatementObserver =
    std::function<void(const QByteArray &sql, const PgParams &params, double durationMs, bool ok)>;

/// One libpq connection, used by one thread at a time. exec() throws PgError.
class PgConnection
{
public:
    explicit PgConnection(QByteArray conninfo, StatementObserver observer = {});
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Connects if not connected (or the connection went bad). Throws PgError.
    void ensureConnected();
    bool isConnected() const;

    PgResult exec(const QByteArray &sql, const PgParams &params = {});
    /// Several statements without parameters (simple protocol), for migrations.
    void execScript(const QByteArray &sql);
    /// The native handle, for COPY streaming and cancellation.
    PGconn *handle() const { return m_conn; }

private:
    QByteArray m_conninfo;
    StatementObserver m_observer;
    PGconn *m_conn = nullptr;
};

/// BEGIN on construction, ROLLBACK on destruction unless commit() ran.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &conn, const QByteArray &begin = QByteArrayLiteral("BEGIN"));
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    void commit();

private:
    PgConnection &m_conn;
    bool m_done = false;
};

} // namespace eventsd
