#pragma once

#include "http.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace eventsd::util {

/// A positive 64-bit id from a path segment, or nullopt.
std::optional<qint64> parseId(const QString &text);

/// `limit` from the query: default when absent, nullopt when not an integer in [1, max].
std::optional<int> parseLimit(const QUrlQuery &query, int defaultValue, int max);

/// Opaque keyset cursors: base64url("<ISO timestamp with µs>|<id>").
QString encodeCursor(const QString &isoTimestamp, qint64 id);
bool decodeCursor(const QString &cursor, QString *isoTimestamp, qint64 *id, qint64 *micros);

/// A page request from the query string: `limit` (default `defaultLimit`, at most `maxLimit`) and an optional
/// `cursor` marking where the previous page ended.
struct PageRequest
{
    int limit = 50;
    std::optional<QString> cursorTimestamp; ///< ISO 8601, for a `$n::timestamptz` parameter
    qint64 cursorId = 0;
    /// The cursor's decoded values in one canonical form ("<µs since the epoch>:<id>"), for cache keys: two
    /// spellings of one position are one key, and a key never holds a client's raw text. Empty without a cursor.
    QString cursorKey;
};
/// The page request, or nullopt with `error` set to a 400 response naming the bad parameter.
std::optional<PageRequest> parsePage(const QUrlQuery &query, int defaultLimit, int maxLimit, HttpResponse *error);

bool isValidEmail(const QString &email);

/// SQL that renders a timestamptz column as ISO 8601 UTC with microseconds, e.g. iso("e.date").
QByteArray iso(const char *column);

/// A JSON body as an object, or a 400 response explaining why not.
std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse *error);

} // namespace eventsd::util
