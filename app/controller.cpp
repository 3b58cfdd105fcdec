#include "controller.h"

#include "connectiontest.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pgconnection.h"
#include "profiledialog.h"
#include "secretstore.h"
#include "session.h"
#include "settings.h"

#include <QInputDialog>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcController, "opsdash.app")

namespace opsdash {

namespace { } // namespace

Controller::Controller(Settings *settings, SecretStore *secrets, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_window(window)
{
    connect(window, &MainWindow::profileSelected, this, [this](const QString &name) { openProfile(name); });
    connect(window, &MainWindow::newProfileRequested, this, &Controller::newProfile);
    connect(window, &MainWindow::editProfileRequested, this, &Controller::editProfile);
}

std::optional<std::pair<Profile, Secrets>> Controller::commandLineProfile(const LaunchOptions &o, QString *error) const
{
    if (o.backends.isEmpty() && o.database.isEmpty() && o.prometheus.isEmpty() && o.alertmanager.isEmpty())
        return std::nullopt;
    Profile p = m_settings->profile(o.profile).value_or(Profile{});
    p.name = o.profile.isEmpty() ? tr("command line") : o.profile;
    Secrets s;
    if (!o.backends.isEmpty()) {
        p.backendUrls.clear();
        for (const QString &b : o.backends) {
            const QUrl url = QUrl::fromUserInput(b);
            if (!url.isValid() || url.host().isEmpty()) {
                *error = tr("invalid backend URL: %1").arg(b);
                return std::nullopt;
            }
            p.backendUrls.append(url);
        }
        p.auth = o.token.isEmpty() ? Profile::Auth::None : Profile::Auth::Token;
        s.token = o.token;
    }
    if (!o.database.isEmpty()) {
        QString parseError;
        const auto params = parseConnInfo(o.database, &parseError);
        if (!params) {
            *error = parseError;
            return std::nullopt;
        }
        p.pgHost = params->host;
        p.pgPort = params->port;
        p.pgDatabase = params->database;
        p.pgUser = params->user;
        // Written in the connection string, it stands; else a new profile's default for the host.
        p.pgSslMode = o.database.contains(QLatin1String("sslmode")) ? params->sslMode : defaultSslMode(params->host);
        s.pgPassword = params->password; // memory only: never saved from the command line
    }
    if (!o.maintenanceUser.isEmpty()) {
        p.pgMaintenanceUser = o.maintenanceUser;
        s.pgMaintenancePassword = o.maintenancePassword;
    }
    if (!o.pgbouncer.isEmpty()) {
        bool ok = false;
        const int port = o.pgbouncer.section(u':', -1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535) {
            *error = tr("--pgbouncer takes [HOST:]PORT, not %1").arg(o.pgbouncer);
            return std::nullopt;
        }
        p.pgbouncerPort = port;
        p.pgbouncerHost = o.pgbouncer.contains(u':') ? o.pgbouncer.section(u':', 0, -2) : QString();
    }
    for (const auto &[value, url] :
         {std::pair{o.prometheus, &p.prometheusUrl}, std::pair{o.alertmanager, &p.alertmanagerUrl}}) {
        if (value.isEmpty())
            continue;
        *url = QUrl::fromUserInput(value);
        if (!url->isValid() || url->host().isEmpty() || !url->scheme().startsWith(u"http")) {
            *error = tr("invalid URL: %1").arg(value);
            return std::nullopt;
        }
    }
    if (!o.prometheus.isEmpty() || !o.alertmanager.isEmpty()) {
        p.prometheusUser.clear();
        s.prometheusSecret = QString::fromUtf8(o.prometheusToken);
    }
    return std::pair{p, s};
}

QCoro::Task<QString> Controller::start(LaunchOptions options)
{
    m_interactive = options.interactive;
    refreshProfileList();
    QString error;
    if (const auto adHoc = commandLineProfile(options, &error)) {
        Secrets secrets = adHoc->second;
        if (adHoc->first.auth == Profile::Auth::Login && secrets.password.isEmpty()) {
            QCoro::Task<Secrets> reading = readSecrets(adHoc->first, m_interactive);
            secrets = co_await reading;
        }
        startSession(adHoc->first, secrets);
        co_return QString();
    }
    if (!error.isEmpty())
        co_return error;
    QString name = options.profile;
    if (!name.isEmpty() && !m_settings->profile(name))
        co_return tr("no profile named \"%1\"; profiles: %2")
            .arg(name, m_settings->profileNames().join(QStringLiteral(", ")));
    if (name.isEmpty())
        name = m_settings->lastProfile();
    if (name.isEmpty() || !m_settings->profile(name)) {
        const QStringList names = m_settings->profileNames();
        name = names.value(0);
    }
    if (name.isEmpty()) {
        // First run: nothing to watch yet.
        if (m_interactive)
            newProfile();
        co_return QString();
    }
    QCoro::Task<> opening = openProfile(name);
    co_await opening;
    co_return QString();
}

QCoro::Task<> Controller::openProfile(QString name)
{
    const auto profile = m_settings->profile(name);
    if (!profile)
        co_return;
    QPointer<Controller> self(this);
    QCoro::Task<Secrets> reading = readSecrets(*profile, m_interactive);
    const Secrets secrets = co_await reading;
    if (!self)
        co_return;
    m_settings->setLastProfile(name);
    startSession(*profile, secrets);
}

QCoro::Task<Secrets> Controller::readSecrets(Profile profile, bool mayAsk)
{
    QPointer<Controller> self(this);
    QCoro::Task<Secrets> reading = m_secrets->readProfile(profile);
    Secrets s = co_await reading;
    if (!self)
        co_return s;
    // Without a keychain nothing survived the last session: ask once, keep it in memory only.
    if (mayAsk && m_window && profile.hasBackend() && profile.auth == Profile::Auth::Login && s.password.isEmpty()) {
        bool ok = false;
        s.password = QInputDialog::getText(m_window, tr("Password for %1").arg(profile.name),
                                           tr("Backend password for %1:").arg(profile.email), QLineEdit::Password,
                                           QString(), &ok);
        if (ok && !s.password.isEmpty()) {
            QCoro::Task<bool> writing = m_secrets->write(SecretStore::passwordKey(profile.name), s.password);
            co_await writing;
        }
    }
    co_return s;
}

QCoro::Task<> Controller::saveSecrets(Profile profile, Secrets secrets)
{
    QPointer<Controller> self(this);
    QCoro::Task<bool> writing = m_secrets->writeProfile(profile, secrets);
    const bool stored = co_await writing;
    if (self && !stored && m_window && !m_warnedNoKeychain) {
        m_warnedNoKeychain = true;
        m_window->messageBar()->showMessage(
            tr("No keychain service is available (%1): passwords and tokens are kept in memory for this session "
               "only and will be asked for again next time.")
                .arg(m_secrets->keychainError()),
            Severity::Warning, 15000);
    }
}

void Controller::startSession(const Profile &profile, const Secrets &secrets)
{
    if (!m_window)
        return;
    auto *session = new Session(profile, secrets);
    m_window->setSession(session);
    m_window->setProfiles(m_settings->profileNames(), profile.name);
    session->start();
    qCInfo(lcController) << "watching profile" << profile.name << "backends" << profile.backendUrls.size() << "database"
                         << (profile.hasDatabase() ? profile.pgDatabase : QStringLiteral("none"));
    Q_EMIT sessionStarted(session);
}

void Controller::newProfile()
{
    Profile p;
    p.backendUrls = {QUrl(QStringLiteral("http://127.0.0.1:3000"))};
    p.pgHost = QStringLiteral("127.0.0.1");
    editInDialog(p, {}, true);
}

void Controller::editProfile()
{
    if (!m_window || !m_window->session()) {
        newProfile();
        return;
    }
    const Profile current = m_window->session()->profile();
    // Secrets come from the keychain (or memory) without asking; the dialog shows them masked.
    QCoro::connect(readSecrets(current, false), this,
                   [this, current](const Secrets &secrets) { editInDialog(current, secrets, false); });
}

void Controller::editInDialog(const Profile &profile, const Secrets &secrets, bool isNew)
{
    if (!m_window)
        return;
    auto *dialog = new ProfileDialog(
        profile, secrets, [](Profile p, Secrets s) { return testConnection(p, s); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(m_settings->profileNames());
    const QString originalName = isNew ? QString() : profile.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalName] {
        const Profile p = dialog->profile();
        const Secrets s = dialog->secrets();
        if (!originalName.isEmpty() && originalName != p.name)
            m_settings->removeProfile(originalName);
        m_settings->saveProfile(p);
        m_settings->setLastProfile(p.name);
        saveSecrets(p, s);
        startSession(p, s);
    });
    dialog->open();
}

void Controller::refreshProfileList()
{
    if (m_window)
        m_window->setProfiles(m_settings->profileNames(), m_settings->lastProfile());
}

} // namespace opsdash
