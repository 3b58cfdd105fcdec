#pragma once

// SQL both programs run for an event's registration report: eventsd for GET /events/:id/registrations.csv,
// opsdash for its direct PostgreSQL export. One text, so both paths give the same file.

#include <QByteArray>
#include <QString> // QStringBuilder: operator+ of byte arrays and literals

namespace opsdash::sql {

/// `column`, with a leading quote when it starts with = + - @ tab or CR: spreadsheets read those as formulas.
inline QByteArray safeCell(const char *column)
{
    return QByteArrayLiteral("CASE WHEN left(") + column +
        QByteArrayLiteral(", 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') ") + QByteArrayLiteral("THEN '''' || ") +
        column + QByteArrayLiteral(" ELSE ") + column + QByteArrayLiteral(" END");
}

/// The report's rows (seed 000's Name, Email, Registration Date, Payment Status, then Checked In, Amount,
/// Registration Id), oldest first. `eventId` is an integer the caller validated (COPY takes no parameters).
inline QByteArray registrationsQuery(qint64 eventId)
{
    return "SELECT " + safeCell("r.full_name") + " AS \"Name\", " + safeCell("r.email") +
        " AS \"Email\", to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS \"Registration "
        "Date\", coalesce(t.payment_status, 'PENDING') AS \"Payment Status\", "
        "CASE WHEN r.checked_in THEN 'yes' ELSE 'no' END AS \"Checked In\", t.amount AS \"Amount\", "
        "r.id AS \"Registration Id\" "
        "FROM registrations r LEFT JOIN LATERAL (SELECT payment_status, amount FROM transactions "
        "WHERE registration_id = r.id ORDER BY created_at DESC LIMIT 1) t ON true "
        "WHERE r.event_id = " +
        QByteArray::number(eventId) + " ORDER BY r.created_at, r.id";
}

/// COPY of registrationsQuery() as CSV with a header line.
inline QByteArray registrationsCopy(qint64 eventId)
{
    return "COPY (" + registrationsQuery(eventId) + ") TO STDOUT WITH (FORMAT csv, HEADER true)";
}

/// An event's registrations and check-ins per UTC day, oldest first: day (YYYY-MM-DD), registrations, check-ins.
/// A check-in without a time counts on its registration's day.
inline QByteArray summaryDaysQuery(qint64 eventId)
{
    const QByteArray id = QByteArray::number(eventId);
    return "SELECT to_char(s.day, 'YYYY-MM-DD'), count(*) FILTER (WHERE s.registered), "
           "count(*) FILTER (WHERE NOT s.registered) FROM ("
           "SELECT (r.created_at AT TIME ZONE 'UTC')::date AS day, true AS registered FROM registrations r "
           "WHERE r.event_id = " +
        id +
        " UNION ALL SELECT (coalesce(r.checked_in_at, r.created_at) AT TIME ZONE 'UTC')::date, false "
        "FROM registrations r WHERE r.event_id = " +
        id + " AND r.checked_in) s GROUP BY s.day ORDER BY s.day";
}

/// An event's registrations by payment status (their latest transaction's, PENDING without one, as in the
/// report): status, registrations, sum of their amounts.
inline QByteArray summaryPaymentsQuery(qint64 eventId)
{
    return "SELECT coalesce(t.payment_status, 'PENDING') AS status, count(*), coalesce(sum(t.amount), 0)::float8 "
           "FROM registrations r LEFT JOIN LATERAL (SELECT payment_status, amount FROM transactions "
           "WHERE registration_id = r.id ORDER BY created_at DESC LIMIT 1) t ON true WHERE r.event_id = " +
        QByteArray::number(eventId) + " GROUP BY 1 ORDER BY 2 DESC, 1";
}

/// A search text as an ILIKE pattern matching it anywhere, with the pattern characters % _ and \ taken
/// literally (ILIKE's default escape is the backslash).
inline QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace opsdash::sql
