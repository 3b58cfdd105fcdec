#include "pg.h"

#include <QElapsedTimer>

namespace eventsd {

QDateTime PgResult::timestamp(int r, int c) const
{
    // "2026-11-22 10:15:30.123456+00": ISO 8601 once the space is a 'T' and the offset has minutes.
    QByteArray value = bytes(r, c);
    value.replace(' ', 'T');
    if (value.size() > 3 && (value[value.size() - 3] == '+' || value[value.size() - 3] == '-'))
        value.append(":00");
    return QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs).toUTC();
}

PgConnection::PgConnection(QByteArray conninfo, StatementObserver observer)
    : m_conninfo(std::move(conninfo))
    , m_observer(std::move(observer))
{ }

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void PgConnection::ensureConnected()
{
    if (isConnected())
        return;
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    const char *keywords[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char *values[] = {m_conninfo.constData(), "3", "eventsd", nullptr};
    m_conn = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw PgError({}, message);
    }
    PQsetClientEncoding(m_conn, "UTF8");
}

PgResult PgConnection::exec(const QByteArray &sql, const PgParams &params)
{
    ensureConnected();
    const int n = params.size();
    std::vector<const char *> values(std::size_t(n), nullptr);
    std::vector<int> lengths(std::size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const auto &v = params.values()[std::size_t(i)];
        if (v) {
            values[std::size_t(i)] = v->constData();
            lengths[std::size_t(i)] = int(v->size());
        }
    }
    QElapsedTimer timer;
    timer.start();
    // Unnamed statements via the extended protocol: safe behind pgbouncer in transaction mode.
    PgResult result(PQexecParams(m_conn, sql.constData(), n, nullptr, values.data(), lengths.data(), nullptr, 0));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const ExecStatusType status = PQresultStatus(result.get());
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_OUT;
    if (m_observer)
        m_observer(sql, params, ms, ok);
    if (!ok) {
        const char *state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        const QString message = QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed();
        throw PgError(state ? QByteArray(state) : QByteArray(),
                      message.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : message);
    }
    return result;
}

void PgConnection::execScript(const QByteArray &sql)
{
    ensureConnected();
    PgResult result(PQexec(m_conn, sql.constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char *state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        throw PgError(state ? QByteArray(state) : QByteArray(),
                      QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed());
    }
}

PgTransaction::PgTransaction(PgConnection &conn, const QByteArray &begin)
    : m_conn(conn)
{
    m_conn.exec(begin);
}

PgTransaction::~PgTransaction()
{
    if (m_done || !m_conn.isConnected())
        return;
    try {
        m_conn.exec(QByteArrayLiteral("ROLLBACK"));
    } catch (const PgError &) {
        // The connection is gone; the server rolls back by itself.
    }
}

void PgTransaction::commit()
{
    m_conn.exec(QByteArrayLiteral("COMMIT"));
    m_done = true;
}

} // namespace eventsd
