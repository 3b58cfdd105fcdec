#include "settings.h"

#include <QHash>
#include <algorithm>

namespace opsdash {

namespace {

// Every plain key and its default, in one place.
const QHash<QString, QVariant> &defaults()
{
    static const QHash<QString, QVariant> table{
        {QStringLiteral("ui/lastProfile"), QString()},
        {QStringLiteral("ui/language"), QString()},
        {QStringLiteral("ui/pollWhileMinimized"), false},
        {QStringLiteral("ui/timeRangeMinutes"), 15},
    };
    return table;
}

QString profileGroup(const QString &name)
{
    // Group names must not contain '/': percent-encode the profile name.
    return QStringLiteral("profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{ }

QVariant Settings::value(const char *key) const
{
    const QString k = QString::fromLatin1(key);
    return m_settings->value(k, defaults().value(k));
}

bool Settings::setValue(const char *key, const QVariant &value)
{
    if (this->value(key) == value)
        return false;
    m_settings->setValue(QString::fromLatin1(key), value);
    return true;
}

QStringList Settings::profileNames() const
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    for (const QString &g : groups)
        names.append(QUrl::fromPercentEncoding(g.toLatin1()));
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> Settings::profile(const QString &name) const
{
    if (!profileNames().contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings->beginGroup(profileGroup(name));
    for (const QString &url : m_settings->value(QStringLiteral("backendUrls")).toStringList())
        p.backendUrls.append(QUrl(url));
    const QString auth = m_settings->value(QStringLiteral("auth"), QStringLiteral("login")).toString();
    p.auth = auth == u"token" ? Profile::Auth::Token : auth == u"none" ? Profile::Auth::None : Profile::Auth::Login;
    p.email = m_settings->value(QStringLiteral("email")).toString();
    p.pgHost = m_settings->value(QStringLiteral("pgHost")).toString();
    p.pgPort = m_settings->value(QStringLiteral("pgPort"), 5432).toInt();
    p.pgDatabase = m_settings->value(QStringLiteral("pgDatabase")).toString();
    p.pgUser = m_settings->value(QStringLiteral("pgUser")).toString();
    p.pgSslMode = m_settings->value(QStringLiteral("pgSslMode"), QStringLiteral("prefer")).toString();
    p.pgMaintenanceUser = m_settings->value(QStringLiteral("pgMaintenanceUser")).toString();
    p.pgMaintenanceWithoutTls = m_settings->value(QStringLiteral("pgMaintenanceWithoutTls"), false).toBool();
    p.pgbouncerHost = m_settings->value(QStringLiteral("pgbouncerHost")).toString();
    p.pgbouncerPort = m_settings->value(QStringLiteral("pgbouncerPort"), 0).toInt();
    p.refreshMs = m_settings->value(QStringLiteral("refreshMs"), 2000).toInt();
    p.maxResponseMiB = std::clamp(m_settings->value(QStringLiteral("maxResponseMiB"), 16).toInt(), 1, 1024);
    p.production = m_settings->value(QStringLiteral("production"), false).toBool();
    p.prometheusUrl = QUrl(m_settings->value(QStringLiteral("prometheusUrl")).toString());
    p.prometheusUser = m_settings->value(QStringLiteral("prometheusUser")).toString();
    p.prometheusJob = m_settings->value(QStringLiteral("prometheusJob"), p.prometheusJob).toString();
    p.alertmanagerUrl = QUrl(m_settings->value(QStringLiteral("alertmanagerUrl")).toString());
    const Thresholds d;
    Thresholds &t = p.thresholds;
    t.apiP95Ms = m_settings->value(QStringLiteral("thresholds/apiP95Ms"), d.apiP95Ms).toDouble();
    t.dbQueryMs = m_settings->value(QStringLiteral("thresholds/dbQueryMs"), d.dbQueryMs).toDouble();
    t.poolWaiting = m_settings->value(QStringLiteral("thresholds/poolWaiting"), d.poolWaiting).toDouble();
    t.heapPercent = m_settings->value(QStringLiteral("thresholds/heapPercent"), d.heapPercent).toDouble();
    t.cacheHitPercent = m_settings->value(QStringLiteral("thresholds/cacheHitPercent"), d.cacheHitPercent).toDouble();
    t.errorRatePercent =
        m_settings->value(QStringLiteral("thresholds/errorRatePercent"), d.errorRatePercent).toDouble();
    t.queueWaiting = m_settings->value(QStringLiteral("thresholds/queueWaiting"), d.queueWaiting).toDouble();
    t.queueDead = m_settings->value(QStringLiteral("thresholds/queueDead"), d.queueDead).toDouble();
    t.holdSeconds = m_settings->value(QStringLiteral("thresholds/holdSeconds"), d.holdSeconds).toInt();
    t.sessionLongSeconds =
        m_settings->value(QStringLiteral("thresholds/sessionLongSeconds"), d.sessionLongSeconds).toDouble();
    t.idleInTransactionSeconds =
        m_settings->value(QStringLiteral("thresholds/idleInTransactionSeconds"), d.idleInTransactionSeconds).toDouble();
    m_settings->endGroup();
    return p;
}

void Settings::saveProfile(const Profile &p)
{
    if (profile(p.name) == p)
        return;
    m_settings->remove(profileGroup(p.name));
    m_settings->beginGroup(profileGroup(p.name));
    QStringList urls;
    for (const QUrl &url : p.backendUrls)
        urls.append(url.toString());
    m_settings->setValue(QStringLiteral("backendUrls"), urls);
    m_settings->setValue(QStringLiteral("auth"),
                         p.auth == Profile::Auth::Token      ? QStringLiteral("token")
                             : p.auth == Profile::Auth::None ? QStringLiteral("none")
                                                             : QStringLiteral("login"));
    m_settings->setValue(QStringLiteral("email"), p.email);
    m_settings->setValue(QStringLiteral("pgHost"), p.pgHost);
    m_settings->setValue(QStringLiteral("pgPort"), p.pgPort);
    m_settings->setValue(QStringLiteral("pgDatabase"), p.pgDatabase);
    m_settings->setValue(QStringLiteral("pgUser"), p.pgUser);
    m_settings->setValue(QStringLiteral("pgSslMode"), p.pgSslMode);
    m_settings->setValue(QStringLiteral("pgMaintenanceUser"), p.pgMaintenanceUser);
    m_settings->setValue(QStringLiteral("pgMaintenanceWithoutTls"), p.pgMaintenanceWithoutTls);
    m_settings->setValue(QStringLiteral("pgbouncerHost"), p.pgbouncerHost);
    m_settings->setValue(QStringLiteral("pgbouncerPort"), p.pgbouncerPort);
    m_settings->setValue(QStringLiteral("refreshMs"), p.refreshMs);
    m_settings->setValue(QStringLiteral("maxResponseMiB"), p.maxResponseMiB);
    m_settings->setValue(QStringLiteral("production"), p.production);
    m_settings->setValue(QStringLiteral("prometheusUrl"), p.prometheusUrl.toString());
    m_settings->setValue(QStringLiteral("prometheusUser"), p.prometheusUser);
    m_settings->setValue(QStringLiteral("prometheusJob"), p.prometheusJob);
    m_settings->setValue(QStringLiteral("alertmanagerUrl"), p.alertmanagerUrl.toString());
    const Thresholds &t = p.thresholds;
    m_settings->setValue(QStringLiteral("thresholds/apiP95Ms"), t.apiP95Ms);
    m_settings->setValue(QStringLiteral("thresholds/dbQueryMs"), t.dbQueryMs);
    m_settings->setValue(QStringLiteral("thresholds/poolWaiting"), t.poolWaiting);
    m_settings->setValue(QStringLiteral("thresholds/heapPercent"), t.heapPercent);
    m_settings->setValue(QStringLiteral("thresholds/cacheHitPercent"), t.cacheHitPercent);
    m_settings->setValue(QStringLiteral("thresholds/errorRatePercent"), t.errorRatePercent);
    m_settings->setValue(QStringLiteral("thresholds/queueWaiting"), t.queueWaiting);
    m_settings->setValue(QStringLiteral("thresholds/queueDead"), t.queueDead);
    m_settings->setValue(QStringLiteral("thresholds/holdSeconds"), t.holdSeconds);
    m_settings->setValue(QStringLiteral("thresholds/sessionLongSeconds"), t.sessionLongSeconds);
    m_settings->setValue(QStringLiteral("thresholds/idleInTransactionSeconds"), t.idleInTransactionSeconds);
    m_settings->endGroup();
    Q_EMIT profilesChanged();
}

void Settings::removeProfile(const QString &name)
{
    if (!profileNames().contains(name))
        return;
    m_settings->remove(profileGroup(name));
    Q_EMIT profilesChanged();
}

QString Settings::lastProfile() const
{
    return value("ui/lastProfile").toString();
}

void Settings::setLastProfile(const QString &name)
{
    setValue("ui/lastProfile", name);
}

QString Settings::language() const
{
    return value("ui/language").toString();
}

void Settings::setLanguage(const QString &language)
{
    if (setValue("ui/language", language))
        Q_EMIT languageChanged(language);
}

bool Settings::pollWhileMinimized() const
{
    return value("ui/pollWhileMinimized").toBool();
}

void Settings::setPollWhileMinimized(bool on)
{
    if (setValue("ui/pollWhileMinimized", on))
        Q_EMIT pollWhileMinimizedChanged(on);
}

int Settings::timeRangeMinutes() const
{
    return value("ui/timeRangeMinutes").toInt();
}

void Settings::setTimeRangeMinutes(int minutes)
{
    if (setValue("ui/timeRangeMinutes", minutes))
        Q_EMIT timeRangeChanged(minutes);
}

QByteArray Settings::windowState(const QString &part) const
{
    return m_settings->value(QStringLiteral("windowState/") + part).toByteArray();
}

void Settings::setWindowState(const QString &part, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("windowState/") + part, state);
}

QString Settings::lastPage() const
{
    return value("ui/lastPage").toString();
}

void Settings::setLastPage(const QString &page)
{
    setValue("ui/lastPage", page);
}

} // namespace opsdash
