#include "poller.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcPoller, "opsdash.poller")

namespace opsdash {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// The extension's request, started now, or nothing when the backend is known not to offer it.
template<typename T>
std::optional<QCoro::Task<BackendReply<T>>> ask(BackendClient *client, BackendExtension extension,
                                                QCoro::Task<BackendReply<T>> (BackendClient::*call)())
{
    if (!client->offers(extension))
        return std::nullopt;
    return (client->*call)();
}

/// One reply into its place in the sample: the value, or its error unless the backend does not offer it.
template<typename T>
void take(BackendReply<T> &reply, std::optional<T> &into, InstanceSample &sample, bool &tokenRejected)
{
    if (reply)
        into = std::move(*reply.value);
    else if (!reply.notOffered)
        sample.errors.append(reply.error);
    tokenRejected = tokenRejected || reply.httpStatus == 401;
}

template<typename T>
QCoro::Task<> collect(std::optional<QCoro::Task<BackendReply<T>>> &task, std::optional<T> &into, InstanceSample &sample,
                      bool &tokenRejected)
{
    if (!task)
        co_return;
    BackendReply<T> reply = co_await *task;
    take(reply, into, sample, tokenRejected);
}

} // namespace

Poller::Poller(QList<BackendClient *> clients, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    for (BackendClient *client : std::as_const(clients))
        m_clients.append(client);
    m_haveToken = m_options.email.isEmpty() || (!clients.isEmpty() && !clients.first()->options().token.isEmpty());
    if (m_options.database)
        m_monitor = new PgMonitor(*m_options.database, this);
    if (m_options.database && m_options.pgbouncer)
        m_bouncer = new PgBouncerSource(*m_options.pgbouncer, m_options.database->database, this);
    for (QTimer *timer : {&m_backendTimer, &m_pgTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::CoarseTimer);
    }
    connect(&m_backendTimer, &QTimer::timeout, this, [this] { backendTickOnce(); });
    connect(&m_pgTimer, &QTimer::timeout, this, [this] { pgPollOnce(); });
    m_staleTimer.setInterval(1000);
    connect(&m_staleTimer, &QTimer::timeout, this, &Poller::checkStale);
}

Poller::~Poller()
{
    // Polls in flight end with an error now; their coroutines see m_stopping and touch nothing else.
    m_stopping = true;
    for (BackendClient *client : std::as_const(m_clients))
        if (client)
            client->abortAll();
}

void Poller::start()
{
    m_started = true;
    m_staleTimer.start();
    if (!m_clients.isEmpty())
        scheduleBackend(0);
    if (m_monitor)
        schedulePg(0);
}

void Poller::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_backendTimer.stop();
        m_pgTimer.stop();
        for (auto it = m_status.begin(); it != m_status.end(); ++it)
            if (it->first == SourceStatus::Ok)
                setStatus(it.key(), SourceStatus::Stale, tr("paused"));
        return;
    }
    pollNow();
}

void Poller::pollNow()
{
    if (!m_started || m_paused)
        return;
    if (!m_clients.isEmpty() && !m_backendBusy)
        scheduleBackend(0);
    if (m_monitor && !m_pgBusy)
        schedulePg(0);
}

void Poller::setSlowdown(int factor)
{
    m_slowdown = std::max(1, factor);
}

void Poller::setInterval(int intervalMs)
{
    m_options.intervalMs = std::max(100, intervalMs);
}

int Poller::nextDelay(int failures) const
{
    const int base = m_options.intervalMs * m_slowdown;
    if (failures <= 0)
        return base;
    const qint64 backoff = qint64(m_options.intervalMs) << std::min(failures, 10);
    return int(std::clamp<qint64>(backoff, base, std::max(base, m_options.maxBackoffMs)));
}

void Poller::scheduleBackend(int delayMs)
{
    if (m_paused || m_stopping)
        return;
    m_backendTimer.start(delayMs);
}

void Poller::schedulePg(int delayMs)
{
    if (m_paused || m_stopping)
        return;
    m_pgTimer.start(delayMs);
}

QCoro::Task<bool> Poller::ensureToken()
{
    if (m_haveToken || m_clients.isEmpty() || !m_clients.first())
        co_return true;
    QPointer<Poller> self(this);
    QCoro::Task<BackendReply<QByteArray>> login = m_clients.first()->login(m_options.email, m_options.password);
    const BackendReply<QByteArray> token = co_await login;
    if (!self || m_stopping)
        co_return false;
    if (!token) {
        for (BackendClient *c : std::as_const(m_clients))
            if (c)
                setStatus(c->instance(), SourceStatus::Error, tr("login failed: %1").arg(token.error));
        co_return false;
    }
    m_haveToken = true;
    for (BackendClient *c : std::as_const(m_clients))
        if (c)
            c->setToken(*token.value);
    co_return true;
}

QCoro::Task<> Poller::backendTickOnce()
{
    if (m_backendBusy)
        co_return;
    m_backendBusy = true;
    QPointer<Poller> self(this);
    QCoro::Task<bool> tokenTask = ensureToken();
    const bool haveToken = co_await tokenTask;
    if (!self || m_stopping)
        co_return;
    if (!haveToken) {
        m_backendBusy = false;
        scheduleBackend(nextDelay(++m_backendFailures));
        co_return;
    }
    const bool withInfo = m_tick % 15 == 0;
    ++m_tick;
    // QCoro tasks start eagerly: every instance is polled at the same time, then collected in order.
    std::vector<QCoro::Task<Polled>> polls;
    polls.reserve(std::size_t(m_clients.size()));
    for (BackendClient *client : std::as_const(m_clients))
        if (client)
            polls.push_back(pollInstance(client, withInfo));
    QList<InstanceSample> samples;
    bool expired = false;
    for (auto &poll : polls) {
        Polled polled = co_await poll;
        expired = expired || polled.tokenRejected;
        samples.append(std::move(polled.sample));
    }
    if (!self || m_stopping)
        co_return;
    m_backendBusy = false;

    bool anyUp = false;
    for (const InstanceSample &s : std::as_const(samples)) {
        anyUp = anyUp || s.reachable();
        if (!s.reachable())
            setStatus(s.instance, SourceStatus::Error, s.errors.value(0, tr("no answer")));
        else if (!s.errors.isEmpty())
            setStatus(s.instance, SourceStatus::Stale, s.errors.join(QStringLiteral("; ")));
        else
            setStatus(s.instance, SourceStatus::Ok, {});
        if (s.reachable())
            m_lastSuccess.insert(s.instance, s.timeMs);
    }
    // A token that expired is fetched again on the next tick when the profile can log in.
    if (expired && !m_options.email.isEmpty())
        m_haveToken = false;
    Q_EMIT backendTick(samples.isEmpty() ? nowMs() : samples.first().timeMs, samples);
    m_backendFailures = anyUp ? 0 : m_backendFailures + 1;
    scheduleBackend(nextDelay(m_backendFailures));
}

QCoro::Task<Poller::Polled> Poller::pollInstance(BackendClient *client, bool withInfo)
{
    QPointer<BackendClient> guard(client);
    Polled polled;
    InstanceSample &sample = polled.sample;
    sample.instance = client->instance();
    sample.timeMs = nowMs();
    // Every request starts at once (QCoro tasks are eager) and is collected in order; an extension the backend
    // answered 404 to is not asked for again (the client remembers).
    QCoro::Task<BackendReply<Overview>> overview = client->overview();
    auto endpoints = ask(client, BackendExtension::Endpoints, &BackendClient::endpoints);
    auto pool = ask(client, BackendExtension::Pool, &BackendClient::pool);
    auto cache = ask(client, BackendExtension::CacheStats, &BackendClient::cacheStats);
    auto health = ask(client, BackendExtension::Health, &BackendClient::health);
    std::optional<QCoro::Task<BackendReply<DatabaseInfo>>> info;
    if (withInfo)
        info.emplace(client->databaseInfo());
    // The overview's queryFrequency is only counts (a Map in seed 002); this list has averages too.
    auto frequency = ask(client, BackendExtension::Frequency, &BackendClient::frequency);
    auto queues = ask(client, BackendExtension::Queues, &BackendClient::queues);

    bool &rejected = polled.tokenRejected;
    BackendReply<Overview> overviewReply = co_await overview;
    take(overviewReply, sample.overview, sample, rejected);
    QCoro::Task<> collecting = collect(endpoints, sample.endpoints, sample, rejected);
    co_await collecting;
    collecting = collect(pool, sample.pool, sample, rejected);
    co_await collecting;
    collecting = collect(cache, sample.cache, sample, rejected);
    co_await collecting;
    collecting = collect(health, sample.health, sample, rejected);
    co_await collecting;
    collecting = collect(info, sample.info, sample, rejected);
    co_await collecting;
    collecting = collect(frequency, sample.frequency, sample, rejected);
    co_await collecting;
    collecting = collect(queues, sample.queues, sample, rejected);
    co_await collecting;
    if (guard)
        sample.notOffered = guard->notOffered();
    co_return polled;
}

QCoro::Task<> Poller::pgPollOnce()
{
    if (m_pgBusy || !m_monitor)
        co_return;
    m_pgBusy = true;
    QPointer<Poller> self(this);
    QCoro::Task<PgMonitor::Outcome> polling = m_monitor->poll();
    const PgMonitor::Outcome outcome = co_await polling;
    if (!self || m_stopping)
        co_return;
    m_pgBusy = false;
    const qint64 t = outcome.snapshot ? outcome.snapshot->takenAt.toMSecsSinceEpoch() : nowMs();
    if (outcome.snapshot) {
        m_pgFailures = 0;
        m_lastSuccess.insert(databaseSource(), t);
        setStatus(databaseSource(), SourceStatus::Ok, {});
    } else {
        ++m_pgFailures;
        setStatus(databaseSource(), SourceStatus::Error, outcome.error);
    }
    Q_EMIT pgSample(t, outcome.snapshot, outcome.error);
    if (m_bouncer) {
        m_pgBusy = true;
        QCoro::Task<PgBouncerSource::Outcome> asking = m_bouncer->poll();
        const PgBouncerSource::Outcome bouncer = co_await asking;
        if (!self || m_stopping)
            co_return;
        m_pgBusy = false;
        setStatus(bouncerSource(), bouncer.sample ? SourceStatus::Ok : SourceStatus::Error, bouncer.error);
        Q_EMIT bouncerSample(nowMs(), bouncer.sample, bouncer.error);
    }
    schedulePg(nextDelay(m_pgFailures));
}

void Poller::setStatus(const QString &source, SourceStatus status, const QString &message)
{
    const auto current = m_status.value(source, {SourceStatus::Unknown, QString()});
    if (current.first == status && current.second == message)
        return;
    m_status.insert(source, {status, message});
    Q_EMIT sourceStatusChanged(source, status, message);
}

void Poller::checkStale()
{
    if (m_paused)
        return;
    const qint64 now = nowMs();
    const qint64 limit = 3LL * m_options.intervalMs * m_slowdown + m_options.timeoutMs;
    for (auto it = m_lastSuccess.cbegin(); it != m_lastSuccess.cend(); ++it) {
        if (now - it.value() > limit && m_status.value(it.key()).first == SourceStatus::Ok)
            setStatus(it.key(), SourceStatus::Stale, tr("no new data for %1 s").arg((now - it.value()) / 1000));
    }
}

} // namespace opsdash
