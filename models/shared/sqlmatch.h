#pragma once

// One key for "the same statement" across the texts that name it: eventsd's normalized SQL (seed 002's
// normalizeQuery: $N -> $?, numbers -> ?) and pg_stat_statements' (every constant -> $N). Both become the same
// key when placeholders, numbers and string literals all read `?`, whitespace is collapsed and case folded.

#include <QRegularExpression>
#include <QString>

namespace opsdash::sql {

inline QString matchKey(const QString &sql)
{
    static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*'"));
    static const QRegularExpression placeholder(QStringLiteral("\\$(?:\\d+|\\?)"));
    static const QRegularExpression number(QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString out = sql;
    out.replace(literal, QStringLiteral("?"));
    out.replace(placeholder, QStringLiteral("?"));
    out.replace(number, QStringLiteral("?"));
    out.replace(QStringLiteral("?.?"), QStringLiteral("?")); // a decimal the backend's normalization split
    out.replace(whitespace, QStringLiteral(" "));
    return out.trimmed().toLower();
}

} // namespace opsdash::sql
