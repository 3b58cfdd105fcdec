#include "util.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>

namespace eventsd::util {

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || text.size() > 18 || !text.front().isDigit())
        return std::nullopt;
    return id;
}

std::optional<int> parseLimit(const QUrlQuery &query, int defaultValue, int max)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return defaultValue;
    bool ok = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > max)
        return std::nullopt;
    return limit;
}

QString encodeCursor(const QString &isoTimestamp, qint64 id)
{
    const QByteArray raw = isoTimestamp.toUtf8() + '|' + QByteArray::number(id);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, QString *isoTimestamp, qint64 *id, qint64 *micros)
{
    if (cursor.size() > 200) // before decoding: a long cursor costs nothing
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 2)
        return false;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(parts[0]), Qt::ISODateWithMs);
    bool ok = false;
    *id = parts[1].toLongLong(&ok);
    if (!when.isValid() || !ok || *id <= 0)
        return false;
    *isoTimestamp = QString::fromLatin1(parts[0]);
    // QDateTime keeps milliseconds; PostgreSQL's cursors carry microseconds: add the fraction's digits 4 to 6.
    static const QRegularExpression fraction(QStringLiteral(R"(\.(\d+))"));
    const QString digits = fraction.match(*isoTimestamp).captured(1);
    *micros = when.toMSecsSinceEpoch() * 1000 + digits.mid(3, 3).leftJustified(3, u'0').toLongLong();
    return true;
}

std::optional<PageRequest> parsePage(const QUrlQuery &query, int defaultLimit, int maxLimit, HttpResponse *error)
{
    PageRequest page;
    const auto limit = parseLimit(query, defaultLimit, maxLimit);
    if (!limit) {
        *error = HttpResponse::error(400, QStringLiteral("limit must be an integer in [1, %1]").arg(maxLimit));
        return std::nullopt;
    }
    page.limit = *limit;
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        QString timestamp;
        qint64 micros = 0;
        if (!decodeCursor(cursor, &timestamp, &page.cursorId, &micros)) {
            *error = HttpResponse::error(400, QStringLiteral("malformed cursor"));
            return std::nullopt;
        }
        page.cursorTimestamp = timestamp;
        page.cursorKey = QString::number(micros) + u':' + QString::number(page.cursorId);
    }
    return page;
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$)"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

QByteArray iso(const char *column)
{
    return QByteArrayLiteral("to_char(") + column +
        QByteArrayLiteral(R"( AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))");
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HttpResponse::error(
            400,
            QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = HttpResponse::error(400, QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace eventsd::util
