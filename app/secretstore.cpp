#include "secretstore.h"

#include "signalwaiter.h"

#include <QLoggingCategory>
#include <QPointer>

#include <memory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "opsdash.secrets")

namespace opsdash {

namespace {

// Runs a started job to its end or the timeout; true when it finished (the caller reads error()).
QCoro::Task<bool> finish(QKeychain::Job *job, int timeoutMs)
{
    QPointer<QKeychain::Job> guard(job);
    // Shared: the job may finish after the timeout, when this frame is gone.
    auto finished = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [finished] { *finished = true; });
    job->start();
    if (!*finished)
        co_await waitForSignal(job, &QKeychain::Job::finished, timeoutMs);
    co_return guard &&*finished;
}

bool noService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
        error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QCoro::Task<QString> SecretStore::read(QString key)
{
    if (m_memory.contains(key) || !m_enabled || !m_available)
        co_return m_memory.value(key);
    QPointer<SecretStore> self(this);
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plaintext on disk
    job->setKey(key);
    QCoro::Task<bool> running = finish(job, m_timeoutMs);
    const bool finished = co_await running;
    QString secret;
    if (self) {
        if (!finished) {
            m_available = false;
            m_error = tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000.0);
        } else if (job->error() == QKeychain::NoError) {
            secret = job->textData();
            m_memory.insert(key, secret);
        } else if (noService(job->error())) {
            m_available = false;
            m_error = tr("no keychain service answered (%1)").arg(job->errorString());
        }
        if (!m_available)
            qCInfo(lcSecrets) << "keychain unavailable, secrets stay in memory:" << m_error;
    }
    job->deleteLater();
    co_return secret;
}

QCoro::Task<bool> SecretStore::write(QString key, QString secret)
{
    m_memory.insert(key, secret);
    if (!m_enabled || !m_available)
        co_return false;
    QPointer<SecretStore> self(this);
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QCoro::Task<bool> running = finish(job, m_timeoutMs);
    const bool finished = co_await running;
    const bool stored = finished && job->error() == QKeychain::NoError;
    if (self && !stored) {
        m_available = false;
        m_error =
            finished ? job->errorString() : tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000.0);
        qCInfo(lcSecrets) << "keychain unavailable, secret kept in memory:" << m_error;
    }
    job->deleteLater();
    co_return stored;
}

QCoro::Task<Secrets> SecretStore::readProfile(Profile profile)
{
    Secrets s;
    if (profile.hasBackend() && profile.auth == Profile::Auth::Login) {
        QCoro::Task<QString> reading = read(passwordKey(profile.name));
        s.password = co_await reading;
    }
    if (profile.hasBackend() && profile.auth == Profile::Auth::Token) {
        QCoro::Task<QString> reading = read(tokenKey(profile.name));
        s.token = (co_await reading).toUtf8();
    }
    if (profile.hasDatabase()) {
        QCoro::Task<QString> reading = read(pgPasswordKey(profile.name));
        s.pgPassword = co_await reading;
    }
    if (profile.hasDatabase() && !profile.pgMaintenanceUser.isEmpty()) {
        QCoro::Task<QString> reading = read(pgMaintenancePasswordKey(profile.name));
        s.pgMaintenancePassword = co_await reading;
    }
    if (profile.hasPrometheus() || profile.hasAlertmanager()) {
        QCoro::Task<QString> reading = read(prometheusKey(profile.name));
        s.prometheusSecret = co_await reading;
    }
    co_return s;
}

QCoro::Task<bool> SecretStore::writeProfile(Profile profile, Secrets secrets)
{
    bool stored = true;
    const QList<std::pair<QString, QString>> items{
        {passwordKey(profile.name), secrets.password},
        {tokenKey(profile.name), QString::fromUtf8(secrets.token)},
        {pgPasswordKey(profile.name), secrets.pgPassword},
        {pgMaintenancePasswordKey(profile.name), secrets.pgMaintenancePassword},
        {prometheusKey(profile.name), secrets.prometheusSecret}};
    for (const auto &[key, value] : items) {
        if (value.isEmpty()) {
            QCoro::Task<> removing = remove(key);
            co_await removing;
            continue;
        }
        QCoro::Task<bool> writing = write(key, value);
        stored = (co_await writing) && stored;
    }
    co_return stored;
}

QCoro::Task<> SecretStore::remove(QString key)
{
    m_memory.remove(key);
    if (!m_enabled || !m_available)
        co_return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    QCoro::Task<bool> running = finish(job, m_timeoutMs);
    co_await running;
    job->deleteLater();
}

} // namespace opsdash
