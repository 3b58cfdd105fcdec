#include "auth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <sodium.h>

namespace eventsd {

namespace {

constexpr auto b64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(out.begin(), out.end());
    return out;
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Organizer:
        return QStringLiteral("organizer");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("organizer"))
        return Role::Organizer;
    if (name == QLatin1String("operator"))
        return Role::Operator;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

namespace password {

namespace {
// OWASP's password storage cheat sheet, Argon2id's first configuration: m = 19 MiB, t = 2, p = 1.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19 * 1024 * 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool verifyPbkdf2(const QString &password, const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2_sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                                              iterations, quint64(expected.size()));
    return !expected.isEmpty() && constantTimeEquals(key, expected);
}
} // namespace

QByteArray hash(const QString &password)
{
    if (!sodiumReady())
        qFatal("libsodium could not be initialised");
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        qFatal("Argon2id could not allocate its memory");
    return QByteArray(out);
}

QByteArray hashPbkdf2(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray key =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    return "pbkdf2_sha256$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' + key.toBase64();
}

bool verify(const QString &password, const QByteArray &stored)
{
    if (stored.startsWith("$argon2id$")) {
        if (!sodiumReady() || stored.size() >= crypto_pwhash_STRBYTES)
            return false;
        const QByteArray utf8 = password.toUtf8();
        return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    }
    return verifyPbkdf2(password, stored);
}

bool needsRehash(const QByteArray &stored)
{
    if (!stored.startsWith("$argon2id$") || stored.size() >= crypto_pwhash_STRBYTES || !sodiumReady())
        return true;
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace password

TokenSigner::TokenSigner(QByteArray secret, qint64 lifetimeSeconds)
    : m_secret(std::move(secret))
    , m_lifetime(lifetimeSeconds)
{ }

QByteArray TokenSigner::sign(const QByteArray &headerAndPayload) const
{
    return QMessageAuthenticationCode::hash(headerAndPayload, m_secret, QCryptographicHash::Sha256).toBase64(b64url);
}

QByteArray TokenSigner::issue(const Claims &claims, qint64 nowSeconds) const
{
    static const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(b64url);
    const QJsonObject payload{{QStringLiteral("sub"), QString::number(claims.userId)},
                              {QStringLiteral("email"), claims.email},
                              {QStringLiteral("role"), roleName(claims.role)},
                              {QStringLiteral("iat"), nowSeconds},
                              {QStringLiteral("exp"), nowSeconds + m_lifetime}};
    const QByteArray body = header + '.' + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(b64url);
    return body + '.' + sign(body);
}

std::optional<Claims> TokenSigner::verify(const QByteArray &token, qint64 nowSeconds, QString *why) const
{
    auto fail = [why](const char *reason) {
        if (why)
            *why = QString::fromLatin1(reason);
        return std::nullopt;
    };
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return fail("malformed token");
    const QByteArray body = parts[0] + '.' + parts[1];
    if (!constantTimeEquals(sign(body), parts[2]))
        return fail("bad signature");
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
    if (header.value(u"alg").toString() != QLatin1String("HS256"))
        return fail("unsupported algorithm");
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    Claims claims;
    claims.userId = payload.value(u"sub").toString().toLongLong();
    claims.email = payload.value(u"email").toString();
    // Compared as a double first: converting one beyond qint64 (1e300, NaN) is undefined (found by fuzz_token).
    const double expires = payload.value(u"exp").toDouble();
    const auto role = roleFromName(payload.value(u"role").toString());
    if (!role || claims.userId <= 0 || !(expires > 0 && expires < 1e15))
        return fail("malformed claims");
    claims.role = *role;
    claims.expiresAt = qint64(expires);
    if (claims.expiresAt <= nowSeconds)
        return fail("token expired");
    return claims;
}

} // namespace eventsd
