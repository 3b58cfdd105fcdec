#pragma once

// The JSON reading the backend parsers share (backendparser.cpp, eventsparser.cpp): a Reader that notes the first
// field of the wrong type by its path, and the object and array bodies. Internal to datasources/.

#include "backendparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace opsdash::backend::detail {

inline QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("nothing");
    }
}

/// Reads fields and remembers the first problem with its path; later reads after a problem are harmless.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    }

    double number(const QJsonObject &o, const QString &path, const char *key, double fallback = 0)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) { // some serializers send 64-bit counters as strings
            bool parsed = false;
            const double d = v.toString().toDouble(&parsed);
            if (parsed)
                return d;
        }
        fail(join(path, key),
             QCoreApplication::translate("opsdash::backend", "expected a number, got %1").arg(typeName(v)));
        return fallback;
    }

    std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const char *key)
    {
        if (!o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull())
            return std::nullopt;
        return number(o, path, key);
    }

    qint64 integer(const QJsonObject &o, const QString &path, const char *key)
    {
        return qint64(std::llround(number(o, path, key)));
    }

    QString text(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble());
        fail(join(path, key),
             QCoreApplication::translate("opsdash::backend", "expected text, got %1").arg(typeName(v)));
        return {};
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (v.isBool())
            return v.toBool();
        fail(join(path, key),
             QCoreApplication::translate("opsdash::backend", "expected true or false, got %1").arg(typeName(v)));
        return false;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(join(path, key),
                 QCoreApplication::translate("opsdash::backend", "expected an object, got %1").arg(typeName(v)));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(join(path, key),
                 QCoreApplication::translate("opsdash::backend", "expected an array, got %1").arg(typeName(v)));
        return v.toArray();
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QString::fromLatin1(key);
    }
};

/// The body as a JSON document, or the parse error as a sentence.
inline std::optional<QJsonDocument> document(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("opsdash::backend", "not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

template<typename T, typename F>
Parsed<T> parseObjectBody(const QByteArray &body, F &&read)
{
    Parsed<T> out;
    const auto doc = document(body, &out.error);
    if (!doc)
        return out;
    if (!doc->isObject()) {
        out.error = QCoreApplication::translate("opsdash::backend", "expected a JSON object");
        return out;
    }
    Reader r;
    T value = read(r, doc->object(), QString());
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.value = std::move(value);
    return out;
}

template<typename T, typename F>
Parsed<QList<T>> parseArrayBody(const QByteArray &body, F &&readItem)
{
    Parsed<QList<T>> out;
    const auto doc = document(body, &out.error);
    if (!doc)
        return out;
    if (!doc->isArray()) {
        out.error = QCoreApplication::translate("opsdash::backend", "expected a JSON array");
        return out;
    }
    Reader r;
    QList<T> items;
    const QJsonArray array = doc->array();
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        if (!array[i].isObject()) {
            r.fail(path, QCoreApplication::translate("opsdash::backend", "expected an object"));
            break;
        }
        items.append(readItem(r, array[i].toObject(), path));
    }
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.value = std::move(items);
    return out;
}

} // namespace opsdash::backend::detail
