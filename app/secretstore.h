#pragma once

#include "profile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <QCoroTask>

namespace opsdash {

/// Passwords and tokens: in the system keychain (QtKeychain) when a keychain service answers, otherwise in this
/// process's memory for the session only. Never written to settings, never logged. Every keychain call is
/// asynchronous and bounded in time: a keychain that does not answer counts as unavailable.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QString service = QStringLiteral("opsdash"), QObject *parent = nullptr);

    /// The secret, or an empty string when there is none.
    QCoro::Task<QString> read(QString key);
    /// Stores the secret; returns false when it could only be kept in memory (no keychain service).
    QCoro::Task<bool> write(QString key, QString secret);
    QCoro::Task<> remove(QString key);

    /// False once a keychain call found no service (or timed out); true after a call succeeded.
    bool keychainAvailable() const { return m_available; }
    /// Why the keychain is unavailable, for the status bar.
    QString keychainError() const { return m_error; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Skip the keychain altogether (tests, `--no-keychain`).
    void setKeychainEnabled(bool enabled) { m_enabled = enabled; }

    static QString key(const QString &profile, const QString &what) { return profile + u'/' + what; }
    static QString passwordKey(const QString &profile) { return key(profile, QStringLiteral("backend-password")); }
    static QString tokenKey(const QString &profile) { return key(profile, QStringLiteral("backend-token")); }
    static QString pgPasswordKey(const QString &profile) { return key(profile, QStringLiteral("pg-password")); }
    static QString pgMaintenancePasswordKey(const QString &profile)
    {
        return key(profile, QStringLiteral("pg-maintenance-password"));
    }
    static QString prometheusKey(const QString &profile) { return key(profile, QStringLiteral("prometheus-secret")); }

    /// The secrets `profile` needs, as stored (empty where there is none).
    QCoro::Task<Secrets> readProfile(Profile profile);
    /// Stores `secrets` under `profile`'s name (an empty one removes its entry); false when any could only be
    /// kept in memory.
    QCoro::Task<bool> writeProfile(Profile profile, Secrets secrets);

private:
    QString m_service;
    QHash<QString, QString> m_memory;
    bool m_available = true;
    bool m_enabled = true;
    int m_timeoutMs = 3000;
    QString m_error;
};

} // namespace opsdash
