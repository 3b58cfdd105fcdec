#include "config.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <cstdio>

namespace eventsd {

namespace {

struct Key
{
    const char *name; ///< flag name, INI key, and (upper-cased, '-' -> '_', prefixed EVENTSD_) environment name
    const char *description;
    const char *valueName;
};

constexpr Key keys[] = {
    { "port", "TCP port to listen on (default 3000).", "port" },
    { "listen", "Address to listen on (default 127.0.0.1).", "address" },
    { "database-url", "PostgreSQL connection URI or conninfo string.", "url" },
    { "redis-url", "Redis URL, redis://host:port[/db].", "url" },
    { "instance-id", "Name of this instance (default host:port).", "id" },
};

QString envName(const char *name)
{
    return u"EVENTSD_" + QString::fromLatin1(name).toUpper().replace(u'-', u'_');
}

// Masks the password of a URI (scheme://user:pw@host) or of a conninfo string (password=pw).
QString maskPassword(const QString &url)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (url.contains(QLatin1String("://")) && parsed.isValid()) {
        if (!parsed.password().isEmpty())
            parsed.setPassword(QStringLiteral("***"));
        return parsed.toString();
    }
    static const QRegularExpression conninfoPassword(QStringLiteral(R"(password\s*=\s*('(\\.|[^'])*'|\S+))"));
    QString masked = url;
    masked.replace(conninfoPassword, QStringLiteral("password=***"));
    return masked;
}

} // namespace

std::optional<Config> Config::load(const QStringList &arguments, const QProcessEnvironment &environment, QString *error,
                                   bool *exitNow)
{
    if (exitNow)
        *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("eventsd: events-registration backend with a performance API"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("INI file with settings."),
                                          QStringLiteral("file"));
    parser.addOption(configOption);
    for (const Key &key : keys)
        parser.addOption(QCommandLineOption(QString::fromLatin1(key.name), QString::fromLatin1(key.description),
                                            QString::fromLatin1(key.valueName)));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        std::fputs(
            qPrintable(parser.isSet(helpOption) ? parser.helpText() : QStringLiteral("eventsd " OPSDASH_VERSION "\n")),
            stdout);
        if (exitNow)
            *exitNow = true;
        return std::nullopt;
    }

    // Later sources override earlier ones; `origin` remembers where each value came from for error messages.
    QHash<QString, QString> values;
    QHash<QString, QString> origin;
    if (parser.isSet(configOption)) {
        const QString file = parser.value(configOption);
        if (!QFileInfo(file).isReadable()) {
            *error = QStringLiteral("cannot read config file %1").arg(file);
            return std::nullopt;
        }
        QSettings ini(file, QSettings::IniFormat);
        for (const Key &key : keys) {
            const QString name = QString::fromLatin1(key.name);
            if (ini.contains(name)) {
                values[name] = ini.value(name).toString();
                origin[name] = QStringLiteral("config file %1").arg(file);
            }
        }
    }
    for (const Key &key : keys) {
        const QString name = QString::fromLatin1(key.name);
        if (environment.contains(envName(key.name))) {
            values[name] = environment.value(envName(key.name));
            origin[name] = QStringLiteral("environment %1").arg(envName(key.name));
        }
        if (parser.isSet(name)) {
            values[name] = parser.value(name);
            origin[name] = QStringLiteral("--%1").arg(name);
        }
    }

    Config config;
    auto fail = [&](const QString &name, const QString &why) {
        *error = QStringLiteral("%1 (from %2): %3").arg(name, origin.value(name), why);
        return std::nullopt;
    };
    if (values.contains(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = values[QStringLiteral("port")].toUInt(&ok);
        if (!ok || port > 65535)
            return fail(QStringLiteral("port"),
                        QStringLiteral("not a port number: %1").arg(values[QStringLiteral("port")]));
        config.port = quint16(port);
    }
    if (values.contains(QStringLiteral("listen"))) {
        QHostAddress address;
        if (!address.setAddress(values[QStringLiteral("listen")]))
            return fail(QStringLiteral("listen"),
                        QStringLiteral("not an IP address: %1").arg(values[QStringLiteral("listen")]));
        config.listenAddress = address;
    }
    config.databaseUrl = values.value(QStringLiteral("database-url"));
    if (config.databaseUrl.isEmpty())
        return fail(QStringLiteral("database-url"),
                    QStringLiteral("required (e.g. postgresql://user:pw@host:5432/db)"));
    config.redisUrl = values.value(QStringLiteral("redis-url"), QStringLiteral("redis://127.0.0.1:6379/0"));
    config.instanceId = values.value(QStringLiteral("instance-id"));
    if (config.instanceId.isEmpty())
        config.instanceId = QStringLiteral("%1:%2").arg(config.listenAddress.toString()).arg(config.port);
    return config;
}

QString Config::describe() const
{
    return QStringLiteral("port = %1\nlisten = %2\ndatabase-url = %3\nredis-url = %4\ninstance-id = %5")
        .arg(QString::number(port), listenAddress.toString(), maskPassword(databaseUrl), maskPassword(redisUrl),
             instanceId);
}

} // namespace eventsd
