#pragma once

// The registration confirmation as an RFC 5322 message, and its two ways out: a spool directory of .eml files,
// or SMTP through libcurl. Both are blocking; run them on a worker thread.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace eventsd::mail {

/// "Name <address>" or a bare address, as in --mail-from.
struct Mailbox
{
    QString name;
    QByteArray address;

    static std::optional<Mailbox> parse(const QString &text);
};

struct Message
{
    Mailbox from;
    Mailbox to;
    QString subject;
    QString body; ///< plain text, any line endings
    QByteArray messageId; ///< without angle brackets; stable per job, so a resend is recognisably the same mail
    QDateTime date;
};

/// True for an address that can stand in a header and an SMTP envelope as it is: no spaces, controls, angle
/// brackets, commas, quotes or the like (the registration's own check is looser).
bool isPlainAddress(const QByteArray &address);

/// RFC 2047 encoded words (UTF-8, base64) for a header's text, folded so no line passes 76 characters. Text of
/// printable ASCII without specials stays as it is.
QByteArray encodeHeaderText(const QString &text);

/// The whole message, CRLF line endings, body in base64 (UTF-8 survives any relay). Nothing from the data can
/// start a header of its own: names and subject are encoded words, addresses must be plain.
QByteArray compose(const Message &message);

struct Outcome
{
    bool ok = false;
    bool permanent = false; ///< the server refused for good (5xx): retrying cannot help
    QString error;
};

/// Writes `<dir>/<name>.eml` atomically (written whole, then renamed); the same name again replaces it.
Outcome spool(const QString &dir, const QString &name, const QByteArray &message);

/// Sends over SMTP (smtp:// or smtps://, STARTTLS when offered; certificates are verified).
Outcome send(const QString &url, const Message &message, const QByteArray &data, int timeoutMs);

} // namespace eventsd::mail
