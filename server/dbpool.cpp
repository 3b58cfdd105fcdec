#include "dbpool.h"

#include "querymetrics.h"

#include <QScopeGuard>
#include <QStringList>

#include <algorithm>

namespace eventsd {

namespace {
constexpr std::size_t waitWindow = 1024;
constexpr int maxLoggedParameterLength = 64;

QStringList parameterTexts(const pg::Params &params)
{
    QStringList out;
    out.reserve(params.size());
    for (const auto &v : params.values()) {
        if (!v)
            out.append(QStringLiteral("NULL"));
        else if (v->size() > maxLoggedParameterLength)
            out.append(QString::fromUtf8(v->left(maxLoggedParameterLength)) + QStringLiteral("…"));
        else
            out.append(QString::fromUtf8(*v));
    }
    return out;
}
} // namespace

QJsonObject PoolStats::toJson() const
{
    return {{QStringLiteral("totalConnections"), totalConnections},
            {QStringLiteral("idleConnections"), idleConnections},
            {QStringLiteral("waitingClients"), waitingClients},
            {QStringLiteral("poolSize"), poolSize},
            {QStringLiteral("maxConnections"), maxConnections},
            {QStringLiteral("acquireWaitMs"),
             QJsonObject{{QStringLiteral("avg"), acquireWaitAvgMs}, {QStringLiteral("p95"), acquireWaitP95Ms}}},
            {QStringLiteral("acquireTimeouts"), timeouts}};
}

DbPool::DbPool(Options options, QueryMetrics *metrics)
    : m_options(std::move(options))
    , m_metrics(metrics)
{
    m_waits.reserve(waitWindow);
    m_workers.reserve(std::size_t(m_options.size));
    for (int i = 0; i < m_options.size; ++i)
        m_workers.emplace_back([this, i] { workerLoop(i); });
}

DbPool::~DbPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

void DbPool::enqueue(Job job, std::shared_ptr<RequestCost> cost)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back(Queued{std::move(job), std::chrono::steady_clock::now(), std::move(cost)});
            job = nullptr;
        }
    }
    if (job) {
        const pg::Error stopping(QByteArrayLiteral("57P01"), QStringLiteral("the server is shutting down"));
        job(nullptr, &stopping);
        return;
    }
    m_wake.notify_one();
}

void DbPool::recordWait(double ms)
{
    if (m_waits.size() < waitWindow)
        m_waits.push_back(ms);
    else
        m_waits[m_waitNext] = ms;
    m_waitNext = (m_waitNext + 1) % waitWindow;
}

void DbPool::workerLoop(int index)
{
    QByteArray conninfo = m_options.conninfo;
    const pg::StatementObserver observer = [metrics = m_metrics](const QByteArray &sql, const pg::Params &params,
                                                                 double ms, bool ok) {
        RequestCost *cost = RequestCost::current();
        if (!metrics && !cost)
            return;
        const QString text = QString::fromUtf8(sql);
        // Normalized once (three regular expressions): the metrics' key is the cost's key.
        const QString key =
            metrics ? metrics->record(text, parameterTexts(params), ms, ok) : QueryMetrics::normalize(text);
        if (cost)
            cost->addStatement(key, ms);
    };
    pg::Connection conn(pg::ConnectParams::fromConnInfo(conninfo, "eventsd"), observer);
    const QByteArray sessionSetup =
        QByteArrayLiteral("SET statement_timeout = ") + QByteArray::number(m_options.statementTimeoutMs);
    std::chrono::steady_clock::time_point lastConnectFailure{};
    std::optional<pg::Error> lastConnectError;
    bool wasConnected = false;
    Q_UNUSED(index)

    std::unique_lock lock(m_mutex);
    for (;;) {
        if (wasConnected)
            ++m_idleConnected;
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (wasConnected)
            --m_idleConnected;
        if (m_queue.empty() && m_stopping)
            break;
        Queued item = std::move(m_queue.front());
        m_queue.pop_front();
        const auto now = std::chrono::steady_clock::now();
        const double waitedMs = std::chrono::duration<double, std::milli>(now - item.enqueued).count();
        recordWait(waitedMs);
        const bool timedOut = waitedMs > m_options.acquireTimeoutMs;
        if (timedOut)
            ++m_timeouts;
        lock.unlock();

        if (timedOut) {
            const pg::Error error(
                QByteArrayLiteral("53300"),
                QStringLiteral("no database connection free within %1 ms").arg(m_options.acquireTimeoutMs));
            item.job(nullptr, &error);
        } else {
            std::optional<pg::Error> connectError;
            double connectMs = 0; // a request that had to wait for a new connection waited for the pool
            if (!conn.isConnected()) {
                const auto connecting = std::chrono::steady_clock::now();
                const auto measured = qScopeGuard([&] {
                    connectMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - connecting)
                                    .count();
                });
                const auto sinceFailure = std::chrono::duration<double, std::milli>(now - lastConnectFailure).count();
                if (lastConnectError && sinceFailure < m_options.reconnectIntervalMs) {
                    connectError = lastConnectError;
                } else {
                    try {
                        conn.ensureConnected();
                        conn.exec(sessionSetup);
                        lastConnectError.reset();
                    } catch (const pg::Error &e) {
                        connectError = e;
                        lastConnectError = e;
                        lastConnectFailure = std::chrono::steady_clock::now();
                    }
                }
            }
            if (connectError) {
                item.job(nullptr, &*connectError);
            } else {
                if (item.cost)
                    item.cost->addPoolWait(waitedMs + connectMs);
                RequestCost::current() = item.cost.get();
                item.job(&conn, nullptr);
                RequestCost::current() = nullptr;
            }
        }

        lock.lock();
        const bool connected = conn.isConnected();
        if (connected != wasConnected)
            m_connected += connected ? 1 : -1;
        wasConnected = connected;
    }
    if (wasConnected)
        --m_connected;
}

PoolStats DbPool::stats() const
{
    std::lock_guard lock(m_mutex);
    PoolStats s;
    s.totalConnections = m_connected;
    s.idleConnections = m_idleConnected;
    s.waitingClients = int(m_queue.size());
    s.poolSize = m_options.size;
    s.maxConnections = m_options.size;
    s.timeouts = m_timeouts;
    if (!m_waits.empty()) {
        std::vector<double> sorted = m_waits;
        std::sort(sorted.begin(), sorted.end());
        double sum = 0;
        for (double w : sorted)
            sum += w;
        s.acquireWaitAvgMs = sum / double(sorted.size());
        s.acquireWaitP95Ms = sorted[std::min(sorted.size() - 1, std::size_t(double(sorted.size()) * 0.95))];
    }
    return s;
}

} // namespace eventsd
