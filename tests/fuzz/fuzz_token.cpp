// eventsd's access-token check. Raw tokens (first byte even) test the framing and the signature check; for the
// rest the input is a header and a payload (split at the first NUL) signed with the right key, so the fuzzer
// reaches the claims behind the signature: any algorithm name, any payload. Properties: what verifies has a
// subject, a known role and an expiry in the future; "alg" other than HS256 never verifies; an issued token
// verifies to its own claims.

#include "auth.h"
#include "fuzz.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using eventsd::Claims;
using eventsd::TokenSigner;

namespace {
const QByteArray kSecret = QByteArrayLiteral("fuzz-secret-0123456789abcdef");
constexpr qint64 kNow = 1'800'000'000;
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const TokenSigner signer(kSecret, 3600);
    fuzz::Reader in(data, size);
    const bool signedByUs = in.byte() % 2 == 1;
    QByteArray token;
    QByteArray header;
    if (signedByUs) {
        header = in.until('\0');
        const QByteArray payload = in.rest();
        const QByteArray body = header.toBase64(kB64) + '.' + payload.toBase64(kB64);
        token = body + '.' + QMessageAuthenticationCode::hash(body, kSecret, QCryptographicHash::Sha256).toBase64(kB64);
    } else {
        token = in.rest();
    }
    QString why;
    const auto claims = signer.verify(token, kNow, &why);
    if (!claims) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(signedByUs); // the fuzzer cannot forge the signature; if it did, the check is broken
    // The algorithm as the JSON says it after decoding (Qt's parser reads the escape in "HS2\56" as "5": "HS256").
    FUZZ_CHECK(QJsonDocument::fromJson(header).object().value(u"alg").toString() == QLatin1String("HS256"));
    FUZZ_CHECK(claims->userId > 0);
    FUZZ_CHECK(claims->expiresAt > kNow);
    // Issuing the same claims again gives a token that verifies to them.
    const auto again = signer.verify(signer.issue(*claims, kNow), kNow);
    FUZZ_CHECK(again && again->userId == claims->userId && again->role == claims->role &&
               again->email == claims->email);
    return 0;
}
