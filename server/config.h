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

    /// Parses `arguments` (argv, program name first) over `environment`. On bad input returns nullopt and sets
    /// `error` to a sentence naming the setting and where it came from. `--help` and `--version` print and set
    /// `exitNow`.
    static std::optional<Config> load(const QStringList &arguments, const QProcessEnvironment &environment,
                                      QString *error, bool *exitNow = nullptr);

    /// The settings as `name = value` lines with secrets masked, for the startup log.
    QString describe() const;
};

} // namespace eventsd
