#pragma once

#include "thresholds.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace opsdash {

/// A connection profile: what to watch and how. Secrets (backend password or token, database password) are not
/// here: SecretStore keeps them in the system keychain under the profile's name.
struct Profile
{
    enum class Auth { None, Token, Login };

    QString name;
    QList<QUrl> backendUrls; ///< instances of the same app
    Auth auth = Auth::Login;
    QString email; ///< for Auth::Login
    QString pgHost;
    int pgPort = 5432;
    QString pgDatabase;
    QString pgUser;
    QString pgSslMode = QStringLiteral("prefer"); ///< libpq's sslmode; new profiles: defaultSslMode(host)
    /// A role for VACUUM/ANALYZE/REINDEX (owner of the tables, or superuser); empty: maintenance is not offered.
    /// Its password is in the keychain too.
    QString pgMaintenanceUser;
    /// Use the maintenance role to a remote host even when sslmode lets the connection go unencrypted (a network
    /// the user trusts). Off: its connection is made with sslmode at least "require".
    bool pgMaintenanceWithoutTls = false;
    /// pgbouncer in front of the database (0: none); its admin console is read with pgUser and its password, which
    /// must be in pgbouncer's stats_users. An empty host is the database's.
    QString pgbouncerHost;
    int pgbouncerPort = 0;
    bool hasBouncer() const { return hasDatabase() && pgbouncerPort > 0; }
    int refreshMs = 2000;
    int maxResponseMiB = 16; ///< larger backend answers are cut off with an error (exports stream and are not capped)
    bool production = false; ///< actions need a typed confirmation
    Thresholds thresholds;
    /// Prometheus (or Thanos, Mimir, VictoriaMetrics: its HTTP API v1) that scrapes the backend: history before the
    /// window opened, ranges up to 30 days, the fleet. Empty: the window keeps only what it has seen.
    QUrl prometheusUrl;
    /// Basic auth's user; empty: the stored secret, if any, is sent as a bearer token.
    QString prometheusUser;
    /// eventsd's scrape job there.
    QString prometheusJob = QStringLiteral("eventsd");
    /// Alertmanager for the alerts page and maintenance silences (the same credentials); empty: none.
    QUrl alertmanagerUrl;

    bool hasPrometheus() const { return prometheusUrl.isValid() && !prometheusUrl.host().isEmpty(); }
    bool hasAlertmanager() const { return alertmanagerUrl.isValid() && !alertmanagerUrl.host().isEmpty(); }
    bool hasBackend() const { return !backendUrls.isEmpty(); }
    bool hasDatabase() const { return !pgDatabase.isEmpty(); }
    bool operator==(const Profile &) const = default;
};

/// A database reached on this machine: no host, a Unix-socket directory, "localhost" or a loopback address.
bool isLocalDatabaseHost(const QString &host);
/// The sslmode a new profile starts with: "verify-full" for a remote host (encrypted, the server's certificate
/// and name checked against the system's CAs), "prefer" on this machine.
QString defaultSslMode(const QString &host);
/// Under these sslmodes libpq may connect, and send the password, without TLS.
bool sslModeMayBePlaintext(const QString &mode);
/// libpq's sslmodes, from weakest to strongest.
const QStringList &sslModes();
/// What an sslmode means, in a sentence for the profile dialog.
QString describeSslMode(const QString &mode);

/// The secrets a profile needs, read from the keychain (or typed in) before the session starts.
struct Secrets
{
    QString password; ///< backend login
    QByteArray token; ///< pasted backend token
    QString pgPassword;
    QString pgMaintenancePassword;
    QString prometheusSecret; ///< Prometheus's (and Alertmanager's) bearer token or basic-auth password
};

} // namespace opsdash
