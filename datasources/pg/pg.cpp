#include "pg.h"

#include <QElapsedTimer>

namespace pg {

namespace {

Error resultError(PGconn *conn, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : QString();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return Error(state ? QByteArray(state) : QByteArray(), message);
}

} // namespace

QDateTime Result::timestamp(int r, int c) const
{
    // "2026-11-22 10:15:30.123456+00": ISO 8601 once the space is a 'T' and the offset has minutes.
    QByteArray value = bytes(r, c);
    value.replace(' ', 'T');
    if (value.size() > 3 && (value[value.size() - 3] == '+' || value[value.size() - 3] == '-'))
        value.append(":00");
    return QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs).toUTC();
}

ConnectParams ConnectParams::fromConnInfo(const QByteArray &conninfo, const QByteArray &applicationName)
{
    // Defaults first: the expanded string's own keywords override them.
    ConnectParams params;
    params.set("connect_timeout", "3").set("application_name", applicationName).set("dbname", conninfo);
    params.m_expandDbname = true;
    return params;
}

ConnectParams &ConnectParams::set(const char *keyword, QByteArray value)
{
    m_pairs.emplace_back(QByteArray(keyword), std::move(value));
    return *this;
}

std::optional<std::vector<std::pair<QByteArray, QByteArray>>> parseConnInfo(const QByteArray &conninfo, QString *error)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), &message);
    if (!options) {
        if (error)
            *error = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("out of memory");
        PQfreemem(message);
        return std::nullopt;
    }
    std::vector<std::pair<QByteArray, QByteArray>> set;
    for (const PQconninfoOption *o = options; o->keyword; ++o)
        if (o->val)
            set.emplace_back(QByteArray(o->keyword), QByteArray(o->val));
    PQconninfoFree(options);
    return set;
}

Connection::Connection(ConnectParams params, StatementObserver observer)
    : m_params(std::move(params))
    , m_observer(std::move(observer))
{ }

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool Connection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void Connection::ensureConnected()
{
    if (isConnected())
        return;
    if (m_conn) {
        {
            const std::lock_guard lock(m_cancelMutex);
            m_cancel.reset();
        }
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    std::vector<const char *> keywords, values;
    for (const auto &[keyword, value] : m_params.pairs()) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keywords.data(), values.data(), m_params.expandDbname() ? 1 : 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw Error({}, message);
    }
    PQsetClientEncoding(m_conn, "UTF8");
    const std::lock_guard lock(m_cancelMutex);
    m_cancel.reset(PQgetCancel(m_conn));
}

Result Connection::exec(const QByteArray &sql, const Params &params)
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
    Result result(PQexecParams(m_conn, sql.constData(), n, nullptr, values.data(), lengths.data(), nullptr, 0));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const ExecStatusType status = PQresultStatus(result.get());
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_OUT;
    if (m_observer)
        m_observer(sql, params, ms, ok);
    if (!ok)
        throw resultError(m_conn, result.get());
    return result;
}

Result Connection::execSimple(const QByteArray &sql)
{
    ensureConnected();
    Result result(PQexec(m_conn, sql.constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw resultError(m_conn, result.get());
    return result;
}

CopyOutcome Connection::copyOut(const QByteArray &sql, const CopySink &sink)
{
    const Result started = exec(sql);
    if (PQresultStatus(started.get()) != PGRES_COPY_OUT)
        throw Error(QByteArrayLiteral("42601"), QStringLiteral("not a COPY … TO STDOUT statement"));
    CopyOutcome outcome;
    char *buffer = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        const bool keep = outcome.stopped || sink(buffer, n);
        PQfreemem(buffer);
        if (outcome.stopped)
            continue; // draining after the cancel
        ++outcome.rows;
        if (!keep) {
            outcome.stopped = true;
            cancel();
        }
    }
    // Collect the COPY's outcome (after a cancel, the "canceling statement" error) so the connection is idle.
    std::optional<Error> failure;
    while (PGresult *raw = PQgetResult(m_conn)) {
        const Result r(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && !outcome.stopped && !failure)
            failure = resultError(m_conn, raw);
    }
    if (n == -2 && !outcome.stopped && !failure)
        failure = resultError(m_conn, nullptr);
    if (failure)
        throw *failure;
    return outcome;
}

QString Connection::cancel() const
{
    const std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return QStringLiteral("not connected");
    char message[256] = {};
    const bool sent = PQcancel(m_cancel.get(), message, int(sizeof message)) == 1;
    return sent ? QString() : QString::fromUtf8(message).trimmed();
}

int Connection::backendPid() const
{
    return isConnected() ? PQbackendPID(m_conn) : 0;
}

Transaction::Transaction(Connection &conn, const QByteArray &begin)
    : m_conn(conn)
{
    m_conn.exec(begin);
}

Transaction::~Transaction()
{
    if (m_done || !m_conn.isConnected())
        return;
    try {
        m_conn.exec(QByteArrayLiteral("ROLLBACK"));
    } catch (const Error &) {
        // The connection is gone; the server rolls back by itself.
    }
}

void Transaction::commit()
{
    m_conn.exec(QByteArrayLiteral("COMMIT"));
    m_done = true;
}

} // namespace pg
