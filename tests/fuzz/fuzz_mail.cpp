// The confirmation mail (eventsd's mail.cpp) from hostile data: an attendee's name, an event's name as subject, a
// --mail-from mailbox and an address. Properties: whatever the data, the message has exactly the nine headers
// eventsd writes, every line ends in CRLF and stays within RFC 5322's 998 characters, the header section never
// ends early, and the body is base64 only; an address that is accepted as plain holds no header or envelope
// specials.

#include "fuzz.h"
#include "mail.h"

using namespace eventsd;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\0');
    auto part = [&parts](int i) { return parts.value(i); };
    const auto from = mail::Mailbox::parse(QString::fromUtf8(part(2)));
    if (from)
        FUZZ_CHECK(mail::isPlainAddress(from->address));
    if (mail::isPlainAddress(part(3)))
        for (const char c : part(3))
            FUZZ_CHECK(c > ' ' && c != '<' && c != '>' && c != ',' && c != '"' && c != '\x7f');

    mail::Message message;
    message.from = from.value_or(mail::Mailbox{QString(), "eventsd@localhost"});
    message.to = {QString::fromUtf8(part(0)), "someone@example.com"};
    message.subject = QString::fromUtf8(part(1));
    message.body = QString::fromUtf8(part(4));
    message.messageId = "confirmation-1@example.com";
    message.date = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const QByteArray mail = mail::compose(message);

    const qsizetype end = mail.indexOf("\r\n\r\n");
    FUZZ_CHECK(end > 0);
    int headers = 0;
    const QList<QByteArray> lines = mail.left(end).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        // CRLF endings only: a CR closes every line but the last (whose CRLF starts the blank line), nowhere else.
        const bool last = i == lines.size() - 1;
        FUZZ_CHECK(line.count('\r') == (last ? 0 : 1) && (last || line.endsWith('\r')));
        FUZZ_CHECK(line.size() <= 999);
        if (!line.startsWith(' '))
            ++headers;
    }
    FUZZ_CHECK(headers == 9);
    const QByteArray body = mail.mid(end + 4);
    for (const char c : body)
        FUZZ_CHECK(std::isalnum(uchar(c)) || c == '+' || c == '/' || c == '=' || c == '\r' || c == '\n');
    FUZZ_CHECK(QByteArray::fromBase64(body) ==
               message.body.toUtf8().replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n"));
    return 0;
}
