#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace eventsd {

enum class Role { Organizer, Operator, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

/// Who a valid token speaks for.
struct Claims
{
    qint64 userId = 0;
    QString email;
    Role role = Role::Organizer;
    qint64 expiresAt = 0; ///< seconds since the epoch
};

namespace password {
/// Argon2id (libsodium's crypto_pwhash_str: "$argon2id$v=19$m=…,t=…,p=1$salt$hash") with OWASP's first
/// parameters, 19 MiB and 2 passes. Slow by design: call it on the log-in pool, never on the HTTP thread.
QByteArray hash(const QString &password);
/// The hash eventsd wrote before Argon2id: "pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>"; still verified.
QByteArray hashPbkdf2(const QString &password, int iterations = 120000);
/// Checks `password` against an Argon2id or an older PBKDF2 hash, in constant time. Slow by design.
bool verify(const QString &password, const QByteArray &stored);
/// The stored hash is not Argon2id with today's parameters: replace it at the next successful log-in.
bool needsRehash(const QByteArray &stored);
} // namespace password

/// HS256 JSON Web Tokens.
class TokenSigner
{
public:
    explicit TokenSigner(QByteArray secret, qint64 lifetimeSeconds = 3600);

    QByteArray issue(const Claims &claims, qint64 nowSeconds) const;
    /// The claims of a well-formed, correctly signed, unexpired token; nullopt otherwise, with `why` set.
    std::optional<Claims> verify(const QByteArray &token, qint64 nowSeconds, QString *why = nullptr) const;
    qint64 lifetimeSeconds() const { return m_lifetime; }

private:
    QByteArray sign(const QByteArray &headerAndPayload) const;
    QByteArray m_secret;
    qint64 m_lifetime;
};

} // namespace eventsd
