#include "session.h"

#include <QCoroTask>

#include <QDateTime>

namespace opsdash {

namespace {

int requestTimeoutMs(const Profile &p)
{
    return std::clamp(p.refreshMs * 3, 3000, 10000);
}

QList<BackendClient *> makeClients(const Profile &p, const Secrets &s, QObject *parent)
{
    QList<BackendClient *> clients;
    for (const QUrl &url : p.backendUrls) {
        BackendClient::Options o;
        o.baseUrl = url;
        o.token = p.auth == Profile::Auth::Token ? s.token : QByteArray();
        o.timeoutMs = requestTimeoutMs(p);
        o.maxResponseBytes = qint64(p.maxResponseMiB) * 1024 * 1024;
        clients.append(new BackendClient(o, parent));
    }
    return clients;
}

Poller::Options pollerOptions(const Profile &p, const Secrets &s)
{
    Poller::Options o;
    o.intervalMs = p.refreshMs;
    o.timeoutMs = requestTimeoutMs(p);
    o.maxResponseBytes = qint64(p.maxResponseMiB) * 1024 * 1024;
    if (p.auth == Profile::Auth::Login) {
        o.email = p.email;
        o.password = s.password;
    }
    if (p.hasDatabase())
        o.database = databaseParams(p, s.pgPassword);
    if (p.hasBouncer()) {
        PgConnectionParams bouncer = databaseParams(p, s.pgPassword);
        if (!p.pgbouncerHost.isEmpty())
            bouncer.host = p.pgbouncerHost;
        bouncer.port = p.pgbouncerPort;
        bouncer.database = QStringLiteral("pgbouncer");
        o.pgbouncer = bouncer;
    }
    return o;
}

} // namespace

PgConnectionParams databaseParams(const Profile &profile, const QString &password)
{
    PgConnectionParams db;
    db.host = profile.pgHost.isEmpty() ? QStringLiteral("127.0.0.1") : profile.pgHost;
    db.port = profile.pgPort;
    db.database = profile.pgDatabase;
    db.user = profile.pgUser;
    db.password = password;
    db.sslMode = profile.pgSslMode;
    return db;
}

std::optional<PgConnectionParams> maintenanceParams(const Profile &profile, const QString &password)
{
    if (!profile.hasDatabase() || profile.pgMaintenanceUser.isEmpty())
        return std::nullopt;
    PgConnectionParams db = databaseParams(profile, password);
    db.user = profile.pgMaintenanceUser;
    db.readOnly = false;
    db.statementTimeoutMs = 0; // VACUUM of a big table takes what it takes; the user can cancel it
    db.lockTimeoutMs = 5000; // but it does not queue behind a long lock, blocking everyone after it
    db.applicationName = QStringLiteral("opsdash maintenance");
    // The maintenance role may VACUUM and signal sessions: its password never goes to a remote host in clear.
    // "require" makes libpq refuse a server without TLS before the password is sent.
    if (!isLocalDatabaseHost(db.host) && sslModeMayBePlaintext(db.sslMode) && !profile.pgMaintenanceWithoutTls)
        db.sslMode = QStringLiteral("require");
    return db;
}

Session::Session(Profile profile, Secrets secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_dashboard(new Dashboard(samplesFor(24, m_profile.refreshMs), this))
    , m_actions(new ActionLog(this))
    , m_clients(makeClients(m_profile, secrets, this))
    , m_poller(new Poller(m_clients, pollerOptions(m_profile, secrets), this))
    , m_events(EventsSource::make(m_clients.value(0), m_poller->options().database, this))
    , m_maintenance(maintenanceParams(m_profile, secrets.pgMaintenancePassword))
{
    m_dashboard->setThresholds(m_profile.thresholds);
    setUpPrometheus(secrets);
    connect(m_poller, &Poller::backendTick, m_dashboard, [this](qint64 t, QList<InstanceSample> samples) {
        noticeTick(t);
        if (!m_narrowedTo.isEmpty())
            samples.removeIf([this](const InstanceSample &s) { return s.instance != m_narrowedTo; });
        m_dashboard->addBackendTick(t, samples);
        bool any = false;
        for (const InstanceSample &s : samples)
            any = any || s.reachable();
        if (any && !m_backendSeen) {
            m_backendSeen = true;
            if (!m_firstDataMs)
                m_firstDataMs = QDateTime::currentMSecsSinceEpoch();
            if (hasAllFirstData())
                Q_EMIT firstData();
        }
    });
    connect(m_poller, &Poller::bouncerSample, m_dashboard, &Dashboard::addBouncerSample);
    connect(m_poller, &Poller::pgSample, m_dashboard,
            [this](qint64 t, const std::optional<PgSnapshot> &snapshot, const QString &error) {
                m_dashboard->addPgSample(t, snapshot, error);
                if (snapshot && !m_pgSeen) {
                    m_pgSeen = true;
                    if (!m_firstDataMs)
                        m_firstDataMs = QDateTime::currentMSecsSinceEpoch();
                    if (hasAllFirstData())
                        Q_EMIT firstData();
                }
            });
}

Session::~Session()
{
    // The poller first: it aborts its polls while the clients they run on are still there.
    delete m_poller;
}

void Session::setUpPrometheus(const Secrets &secrets)
{
    auto options = [&](const QUrl &url) {
        HttpApi::Options o;
        o.baseUrl = url;
        if (m_profile.prometheusUser.isEmpty()) {
            o.bearerToken = secrets.prometheusSecret.toUtf8();
        } else {
            o.basicUser = m_profile.prometheusUser;
            o.basicPassword = secrets.prometheusSecret;
        }
        return o;
    };
    if (m_profile.hasAlertmanager())
        m_alertmanager = new AlertmanagerClient(options(m_profile.alertmanagerUrl), this);
    if (!m_profile.hasPrometheus())
        return;
    m_prometheus = new PrometheusClient(options(m_profile.prometheusUrl), this);
    promql::Scope scope;
    scope.job = m_profile.prometheusJob;
    scope.database = m_profile.pgDatabase;
    m_history = new PrometheusHistory(m_prometheus, scope, &m_dashboard->store(), m_profile.refreshMs, this);
}

void Session::start()
{
    m_poller->start();
    if (m_history) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCoro::connect(m_history->fillLive(now - 3600 * 1000, now), this, [](bool) {});
    }
}

bool Session::narrowTo(const QString &hostPort)
{
    if (hostPort.isEmpty()) {
        m_narrowedTo.clear();
        if (m_history)
            m_history->setInstance({});
        return true;
    }
    for (const QUrl &url : m_profile.backendUrls)
        if (QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == u"https" ? 443 : 80)) == hostPort) {
            m_narrowedTo = url.toString();
            if (m_history)
                m_history->setInstance(hostPort);
            return true;
        }
    return false;
}

void Session::noticeTick(qint64 timeMs)
{
    // Ticks come every refresh interval; a stretch of several missed ones is filled from Prometheus.
    if (m_history && m_lastTickMs > 0 && timeMs - m_lastTickMs > 3LL * m_profile.refreshMs + 2000)
        QCoro::connect(m_history->fillLive(m_lastTickMs, timeMs), this, [](bool) {});
    m_lastTickMs = timeMs;
}

BackendClient *Session::client(const QString &instance) const
{
    for (BackendClient *c : m_clients)
        if (c->instance() == instance)
            return c;
    return nullptr;
}

QStringList Session::instances() const
{
    QStringList out;
    for (const QUrl &url : m_profile.backendUrls)
        out.append(url.toString());
    return out;
}

bool Session::hasAllFirstData() const
{
    return (m_backendSeen || !m_profile.hasBackend()) && (m_pgSeen || !m_profile.hasDatabase());
}

} // namespace opsdash
