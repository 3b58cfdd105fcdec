#pragma once

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace eventsd {

/// eventsd's settings. Each comes, in rising precedence, from its default, the INI file named by --config, the
/// environment (EVENTSD_<NAME>) and the command line (--<name>).
struct Config
{
    quint16 port = 3000;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    QString databaseUrl; ///< libpq connection string or URI
    QString redisUrl; ///< redis://host:port[/db]
    QString instanceId; ///< names this instance in logs, metrics and cache broadcasts
    int poolSize = 10;
    int acquireTimeoutMs = 5000;
    double slowQueryMs = 100; ///< statements slower than this count as slow
    double slowRequestMs = 200; ///< requests slower than this count as slow
    qint64 maxBodyBytes = 1 << 20; ///< larger request bodies get 413
    QByteArray tokenSecret; ///< HS256 key; instances behind one balancer must share it
    int tokenLifetimeSeconds = 3600;
    double rateLimit = 200; ///< requests per second per client on public routes; 0 turns it off
    double rateBurst = 400;

    /// `--sample-data [--events N] [--registrations M]`: generate a season and exit.
    bool sampleData = false;
    int sampleEvents = 120;
    qint64 sampleRegistrations = 1'000'000;

    /// Parses `arguments` (argv, program name first) over `environment`. On bad input returns nullopt and sets
    /// `error` to a sentence naming the setting and where it came from. `--help` and `--version` print and set
    /// `exitNow`.
    static std::optional<Config> load(const QStringList &arguments, const QProcessEnvironment &environment,
                                      QString *error, bool *exitNow = nullptr);

    /// The settings as `name = value` lines with secrets masked, for the startup log.
    QString describe() const;
};

} // namespace eventsd
