#include "mail.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <curl/curl.h>

namespace eventsd::mail {

namespace {

bool isAtext(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        QByteArrayView("!#$%&'*+-/=?^_`{|}~.@").contains(c);
}

QByteArray mailboxHeader(const Mailbox &m)
{
    QByteArray out;
    if (!m.name.isEmpty())
        out.append(encodeHeaderText(m.name)).append(' ');
    return out.append('<').append(m.address).append('>');
}

} // namespace

std::optional<Mailbox> Mailbox::parse(const QString &text)
{
    static const QRegularExpression named(QStringLiteral(R"(^\s*(.*?)\s*<([^<>]+)>\s*$)"));
    Mailbox m;
    if (const auto match = named.match(text); match.hasMatch()) {
        m.name = match.captured(1);
        m.address = match.captured(2).toUtf8();
    } else {
        m.address = text.trimmed().toUtf8();
    }
    if (!isPlainAddress(m.address))
        return std::nullopt;
    return m;
}

bool isPlainAddress(const QByteArray &address)
{
    if (address.isEmpty() || address.size() > 254 || address.count('@') != 1 || address.startsWith('@') ||
        address.endsWith('@'))
        return false;
    return std::all_of(address.begin(), address.end(), isAtext);
}

QByteArray encodeHeaderText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const bool plain = !utf8.isEmpty() && utf8.size() <= 60 && std::all_of(utf8.begin(), utf8.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-' ||
            c == '.' || c == '!' || c == '?' || c == '\'';
    });
    if (plain)
        return utf8;
    // At most 45 bytes of UTF-8 a word (60 characters of base64, 72 with the frame), never splitting a character.
    QByteArray out;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = std::min(start + 45, utf8.size());
        while (end < utf8.size() && (uchar(utf8[end]) & 0xC0) == 0x80)
            --end;
        if (!out.isEmpty())
            out.append("\r\n ");
        out.append("=?UTF-8?B?").append(utf8.mid(start, end - start).toBase64()).append("?=");
        start = end;
    }
    return out;
}

QByteArray compose(const Message &m)
{
    QByteArray out;
    auto header = [&out](const char *name, const QByteArray &value) {
        out.append(name).append(": ").append(value).append("\r\n");
    };
    header("From", mailboxHeader(m.from));
    header("To", mailboxHeader(m.to));
    header("Subject", encodeHeaderText(m.subject));
    header("Date", m.date.toUTC().toString(Qt::RFC2822Date).toLatin1());
    QByteArray id = "<";
    header("Message-ID", id.append(m.messageId).append('>'));
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=utf-8");
    header("Content-Transfer-Encoding", "base64");
    header("Auto-Submitted", "auto-generated");
    out.append("\r\n");
    QString body = m.body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    body.replace(u'\n', QLatin1String("\r\n"));
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out.append(encoded.mid(i, 76)).append("\r\n");
    return out;
}

Outcome spool(const QString &dir, const QString &name, const QByteArray &message)
{
    if (!QFileInfo(dir).isDir())
        return {false, false, QStringLiteral("mail spool %1 is not a directory").arg(dir)};
    QSaveFile file(QDir(dir).filePath(name + QLatin1String(".eml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit())
        return {false, false, QStringLiteral("cannot write to mail spool %1: %2").arg(dir, file.errorString())};
    return {true, false, {}};
}

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const auto n = std::min<qsizetype>(qsizetype(size * count), upload->data->size() - upload->offset);
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

} // namespace

Outcome send(const QString &url, const Message &message, const QByteArray &data, int timeoutMs)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return {false, false, QStringLiteral("libcurl could not start")};
    char errors[CURL_ERROR_SIZE] = {};
    Upload upload{&data, 0};
    const QByteArray urlBytes = url.toUtf8();
    QByteArray from = "<";
    from.append(message.from.address).append('>');
    QByteArray to = "<";
    to.append(message.to.address).append('>');
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(timeoutMs, 10'000)));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
    const CURLcode rc = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK)
        return {true, false, {}};
    const QString why = QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(rc)).trimmed();
    return {false, code >= 500 && code < 600, QStringLiteral("SMTP: %1 (reply %2)").arg(why).arg(code)};
}

} // namespace eventsd::mail
