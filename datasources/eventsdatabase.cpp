#include "eventsdatabase.h"

#include "registrationexport.h"
#include "registrationsql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <QCoroFuture>

namespace opsdash {

namespace {

QString failure(const QSqlQuery &q)
{
    return QCoreApplication::translate("opsdash::EventsDatabase", "PostgreSQL: %1").arg(serverMessage(q.lastError()));
}

EventsDatabase::Statistics statisticsOnce(const QString &name, const PgConnectionParams &params)
{
    EventsDatabase::Statistics out;
    QSqlDatabase db = workerConnection(name, params, &out.error);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Seed 000's getEventStatistics, with venue and status for the table.
    if (!q.exec(QStringLiteral(
            "/* opsdash */ SELECT e.id, e.name, to_char(e.date AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
            "e.venue, e.status, e.max_capacity, COUNT(r.id), COUNT(CASE WHEN r.checked_in = true THEN 1 END), "
            "COALESCE(SUM(t.amount), 0)::float8, AVG(CASE WHEN t.payment_status = 'PAID' THEN t.amount END)::float8 "
            "FROM events e LEFT JOIN registrations r ON e.id = r.event_id "
            "LEFT JOIN transactions t ON r.id = t.registration_id AND t.payment_status = 'PAID' "
            "WHERE e.is_active = true GROUP BY e.id ORDER BY e.date ASC"))) {
        out.error = failure(q);
        db.close();
        return out;
    }
    while (q.next()) {
        EventStat e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.date = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        e.venue = q.value(3).toString();
        e.status = q.value(4).toString();
        e.capacity = q.value(5).toLongLong();
        e.registrations = q.value(6).toLongLong();
        e.checkedIn = q.value(7).toLongLong();
        e.revenue = q.value(8).toDouble();
        if (!q.isNull(9))
            e.averagePayment = q.value(9).toDouble();
        out.events.append(e);
    }
    return out;
}

EventsDatabase::Page registrationsOnce(const QString &name, const PgConnectionParams &params, qint64 eventId,
                                       const QString &search, const QString &cursor, int limit)
{
    EventsDatabase::Page out;
    QSqlDatabase db = workerConnection(name, params, &out.error);
    if (!db.isOpen())
        return out;
    // Keyset pagination on (created_at, id), newest first; the cursor is "<created_at>|<id>" of the last row.
    const QString afterTime = cursor.section(u'|', 0, 0);
    const qint64 afterId = cursor.section(u'|', 1, 1).toLongLong();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("/* opsdash */ SELECT r.id, r.full_name, r.email, "
                       "to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), r.checked_in, "
                       "coalesce(t.payment_status, 'PENDING'), t.amount::float8 "
                       "FROM registrations r LEFT JOIN LATERAL (SELECT payment_status, amount FROM transactions "
                       "WHERE registration_id = r.id ORDER BY created_at DESC LIMIT 1) t ON true "
                       "WHERE r.event_id = ? AND (?::bigint = 0 OR (r.created_at, r.id) < (?::timestamptz, ?::bigint)) "
                       "AND (?::text = '' OR r.full_name ILIKE ? OR r.email ILIKE ?) "
                       "ORDER BY r.created_at DESC, r.id DESC LIMIT ?"));
    q.addBindValue(eventId);
    q.addBindValue(cursor.isEmpty() ? qint64(0) : afterId); // 0: the first page
    q.addBindValue(cursor.isEmpty() ? QStringLiteral("1970-01-01T00:00:00Z") : afterTime);
    q.addBindValue(afterId);
    const QString pattern = search.isEmpty() ? QString() : sql::containsPattern(search);
    q.addBindValue(search.isEmpty() ? QStringLiteral("") : pattern);
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    q.addBindValue(limit + 1); // one more than shown says whether a next page exists
    if (!q.exec()) {
        out.error = failure(q);
        db.close();
        return out;
    }
    QString lastTime;
    while (q.next()) {
        if (out.page.items.size() == limit) {
            out.page.hasNextPage = true;
            break;
        }
        RegistrationItem r;
        r.id = q.value(0).toLongLong();
        r.fullName = q.value(1).toString();
        r.email = q.value(2).toString();
        lastTime = q.value(3).toString();
        r.createdAt = QDateTime::fromString(lastTime, Qt::ISODateWithMs);
        r.checkedIn = q.value(4).toBool();
        r.paymentStatus = q.value(5).toString();
        if (!q.isNull(6))
            r.amount = q.value(6).toDouble();
        out.page.items.append(r);
    }
    if (out.page.hasNextPage)
        out.page.nextCursor = lastTime + u'|' + QString::number(out.page.items.last().id);
    return out;
}

EventsDatabase::Summary summaryOnce(const QString &name, const PgConnectionParams &params, qint64 eventId)
{
    EventsDatabase::Summary out;
    QSqlDatabase db = workerConnection(name, params, &out.error);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto fail = [&] {
        out.error = failure(q);
        db.close();
        return out;
    };
    q.prepare(QStringLiteral("/* opsdash */ SELECT name, to_char(date AT TIME ZONE 'UTC', "
                             "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), max_capacity FROM events WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return fail();
    if (!q.next()) {
        out.error = QCoreApplication::translate("opsdash::EventsDatabase", "There is no event %1.").arg(eventId);
        return out;
    }
    EventSummary &s = out.summary;
    s.eventId = eventId;
    s.name = q.value(0).toString();
    s.date = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    s.capacity = q.value(2).toLongLong();
    if (!q.exec(QStringLiteral("/* opsdash */ ") + QString::fromUtf8(sql::summaryDaysQuery(eventId))))
        return fail();
    while (q.next()) {
        EventSummary::Day day{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(),
                              q.value(2).toLongLong()};
        s.registrations += day.registrations;
        s.checkedIn += day.checkedIn;
        s.days.append(day);
    }
    if (!q.exec(QStringLiteral("/* opsdash */ ") + QString::fromUtf8(sql::summaryPaymentsQuery(eventId))))
        return fail();
    while (q.next())
        s.payments.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toDouble()});
    return out;
}

} // namespace

EventsDatabase::EventsDatabase(PgConnectionParams params, QObject *parent)
    : EventsSource(parent)
    , m_params(std::move(params))
    , m_worker(QStringLiteral("opsdash-events"))
{ }

EventsDatabase::~EventsDatabase() = default;

QCoro::Task<EventsDatabase::Statistics> EventsDatabase::statistics()
{
    QFuture<Statistics> running =
        QtConcurrent::run(m_worker.pool(), statisticsOnce, m_worker.connectionName(), m_params);
    co_return co_await running;
}

QCoro::Task<EventsDatabase::Page> EventsDatabase::registrations(qint64 eventId, QString search, QString cursor)
{
    QFuture<Page> running = QtConcurrent::run(m_worker.pool(), registrationsOnce, m_worker.connectionName(), m_params,
                                              eventId, search, cursor, 200);
    co_return co_await running;
}

QCoro::Task<EventsDatabase::Summary> EventsDatabase::summary(qint64 eventId)
{
    QFuture<Summary> running =
        QtConcurrent::run(m_worker.pool(), summaryOnce, m_worker.connectionName(), m_params, eventId);
    co_return co_await running;
}

RegistrationExportSource EventsDatabase::exportSource() const
{
    return {std::nullopt, m_params};
}

} // namespace opsdash
