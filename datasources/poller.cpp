#include "poller.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcPoller, "opsdash.poller")

namespace opsdash {

namespace {

const QString overviewPath = QStringLiteral("/performance/overview");
const QString endpointsPath = QStringLiteral("/performance/api/endpoints");
const QString poolPath = QStringLiteral("/performance/database/pool");
const QString cachePath = QStringLiteral("/performance/cache/stats");
const QString healthPath = QStringLiteral("/health");
const QString infoPath = QStringLiteral("/performance/database/info");
const QString frequencyPath = QStringLiteral("/performance/database/frequency");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Poller::Poller(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    for (const QUrl &url : std::as_const(m_options.instances)) {
        BackendClient::Options o;
        o.baseUrl = url;
        o.token = m_options.token;
        o.timeoutMs = m_options.timeoutMs;
        o.maxResponseBytes = m_options.maxResponseBytes;
        m_clients.append(new BackendClient(o, this));
    }
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
    if (m_started) {
        if (!m_clients.isEmpty() && !m_backendBusy)
            scheduleBackend(0);
        if (m_monitor && !m_pgBusy)
            schedulePg(0);
    }
}

void Poller::setSlowdown(int factor)
{
    m_slowdown = std::max(1, factor);
}

void Poller::setInterval(int intervalMs)
{
    m_options.intervalMs = std::max(100, intervalMs);
}

BackendClient *Poller::client(const QString &instance) const
{
    for (BackendClient *c : m_clients)
        if (c->options().baseUrl.toString() == instance)
            return c;
    return nullptr;
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
    if (!m_options.token.isEmpty() || m_options.email.isEmpty() || m_clients.isEmpty())
        co_return true;
    QPointer<Poller> self(this);
    QCoro::Task<backend::Parsed<QByteArray>> login = m_clients.first()->login(m_options.email, m_options.password);
    const backend::Parsed<QByteArray> token = co_await login;
    if (!self || m_stopping)
        co_return false;
    if (!token) {
        for (BackendClient *c : std::as_const(m_clients))
            setStatus(c->options().baseUrl.toString(), SourceStatus::Error, tr("login failed: %1").arg(token.error));
        co_return false;
    }
    m_options.token = *token.value;
    for (BackendClient *c : std::as_const(m_clients))
        c->setToken(m_options.token);
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
    std::vector<QCoro::Task<InstanceSample>> polls;
    polls.reserve(std::size_t(m_clients.size()));
    for (BackendClient *client : std::as_const(m_clients))
        polls.push_back(pollInstance(client, withInfo));
    QList<InstanceSample> samples;
    for (auto &poll : polls) {
        InstanceSample sample = co_await poll;
        samples.append(std::move(sample));
    }
    if (!self || m_stopping)
        co_return;
    m_backendBusy = false;

    bool anyUp = false;
    bool expired = false;
    for (const InstanceSample &s : std::as_const(samples)) {
        anyUp = anyUp || s.reachable();
        for (const QString &e : s.errors)
            expired = expired || e.contains(QStringLiteral("(401)"));
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
        m_options.token.clear();
    Q_EMIT backendTick(samples.isEmpty() ? nowMs() : samples.first().timeMs, samples);
    m_backendFailures = anyUp ? 0 : m_backendFailures + 1;
    scheduleBackend(nextDelay(m_backendFailures));
}

QCoro::Task<InstanceSample> Poller::pollInstance(BackendClient *client, bool withInfo)
{
    QPointer<Poller> self(this);
    InstanceSample sample;
    sample.instance = client->options().baseUrl.toString();
    sample.timeMs = nowMs();
    const QSet<QString> notOffered = m_notOffered.value(sample.instance);
    // The overview's queryFrequency is only counts (a Map in seed 002); this list has averages too.
    const bool wantFrequency = !notOffered.contains(frequencyPath);
    auto wants = [&notOffered](const QString &path) { return !notOffered.contains(path); };

    QCoro::Task<backend::Parsed<Overview>> overview = client->fetch(overviewPath, backend::parseOverview);
    std::optional<QCoro::Task<backend::Parsed<QList<EndpointPercentiles>>>> endpoints;
    std::optional<QCoro::Task<backend::Parsed<PoolStats>>> pool;
    std::optional<QCoro::Task<backend::Parsed<CacheStats>>> cache;
    std::optional<QCoro::Task<BackendClient::Result>> health;
    std::optional<QCoro::Task<backend::Parsed<DatabaseInfo>>> info;
    std::optional<QCoro::Task<backend::Parsed<QList<QueryFrequency>>>> frequency;
    if (wants(endpointsPath))
        endpoints.emplace(client->fetch(endpointsPath, backend::parseEndpoints));
    if (wants(poolPath))
        pool.emplace(client->fetch(poolPath, backend::parsePoolStats));
    if (wants(cachePath))
        cache.emplace(client->fetch(cachePath, backend::parseCacheStats));
    if (wants(healthPath))
        health.emplace(client->get(healthPath));
    if (withInfo)
        info.emplace(client->fetch(infoPath, backend::parseDatabaseInfo));
    if (wantFrequency)
        frequency.emplace(client->fetch(frequencyPath, backend::parseFrequency));

    QSet<QString> missing;
    // Collects one answer; a 404 of an extension is remembered and not asked again.
    auto take = [&](const QString &path, auto &parsed, auto &into) {
        if (parsed) {
            into = std::move(*parsed.value);
        } else if (parsed.error.contains(QStringLiteral("(404)")) && path != overviewPath) {
            missing.insert(path);
        } else {
            sample.errors.append(parsed.error);
        }
    };
    auto overviewResult = co_await overview;
    take(overviewPath, overviewResult, sample.overview);
    if (endpoints) {
        auto r = co_await *endpoints;
        take(endpointsPath, r, sample.endpoints);
    }
    if (pool) {
        auto r = co_await *pool;
        take(poolPath, r, sample.pool);
    }
    if (cache) {
        auto r = co_await *cache;
        take(cachePath, r, sample.cache);
    }
    if (health) {
        const BackendClient::Result r = co_await *health;
        // /health answers 503 with the same body when a dependency is down: that is still a health report.
        if (r.ok() || r.httpStatus == 503) {
            auto parsed = backend::parseHealth(r.body);
            if (parsed)
                sample.health = *parsed.value;
            else if (r.httpStatus == 503)
                sample.health = HealthStatus{};
            else
                sample.errors.append(tr("%1: %2").arg(healthPath, parsed.error));
        } else if (r.notOffered) {
            missing.insert(healthPath);
        } else {
            sample.errors.append(r.error);
        }
    }
    if (info) {
        auto r = co_await *info;
        take(infoPath, r, sample.info);
    }
    if (frequency) {
        auto r = co_await *frequency;
        take(frequencyPath, r, sample.frequency);
    }
    if (!self || m_stopping)
        co_return sample;
    if (!missing.isEmpty()) {
        m_notOffered[sample.instance].unite(missing);
        qCInfo(lcPoller) << sample.instance << "does not offer" << missing.values();
    }
    sample.notOffered = m_notOffered.value(sample.instance).values();
    co_return sample;
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
