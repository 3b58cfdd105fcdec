#pragma once

#include "profile.h"

#include <QObject>
#include <QPointer>

#include <QCoroTask>

namespace opsdash {

class MainWindow;
class SecretStore;
class Session;
class Settings;

/// What the command line asked for.
struct LaunchOptions
{
    QString profile; ///< --profile
    QStringList backends; ///< --backend (repeatable, or comma-separated)
    QByteArray token; ///< --token or OPSDASH_TOKEN
    QString database; ///< --database (libpq conninfo or URI)
    QString maintenanceUser; ///< --maintenance-user (its password: OPSDASH_MAINTENANCE_PASSWORD)
    QString maintenancePassword;
    QString pgbouncer; ///< --pgbouncer [HOST:]PORT
    QString prometheus; ///< --prometheus URL (its token: OPSDASH_PROMETHEUS_TOKEN)
    QByteArray prometheusToken;
    QString alertmanager; ///< --alertmanager URL
    bool interactive = true; ///< false for --screenshot: never open a dialog
};

/// Picks the profile to watch (command line, --profile, the last one, or a first-run dialog), fetches its
/// secrets, and hands the window a new Session; handles "new/edit/switch profile" from the window.
class Controller : public QObject
{
    Q_OBJECT

public:
    Controller(Settings *settings, SecretStore *secrets, MainWindow *window, QObject *parent = nullptr);

    /// Returns an error sentence when the command line cannot be used (unknown profile, bad conninfo).
    QCoro::Task<QString> start(LaunchOptions options);
    QCoro::Task<> openProfile(QString name);
    void newProfile();
    void editProfile();

    /// The profile the command line describes (a saved one with the command line's values on top).
    std::optional<std::pair<Profile, Secrets>> commandLineProfile(const LaunchOptions &options, QString *error) const;

Q_SIGNALS:
    void sessionStarted(opsdash::Session *session);

private:
    void startSession(const Profile &profile, const Secrets &secrets);
    QCoro::Task<Secrets> readSecrets(Profile profile, bool mayAsk);
    QCoro::Task<> saveSecrets(Profile profile, Secrets secrets);
    void editInDialog(const Profile &profile, const Secrets &secrets, bool isNew);
    void refreshProfileList();

    Settings *m_settings;
    SecretStore *m_secrets;
    QPointer<MainWindow> m_window;
    bool m_interactive = true;
    bool m_warnedNoKeychain = false;
};

} // namespace opsdash
