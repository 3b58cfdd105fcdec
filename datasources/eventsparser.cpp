// Seed 000's events and registrations as opsdash reads them from a backend.

#include "backendparser.h"

#include "jsonreader.h"

namespace opsdash::backend {

using namespace detail;

namespace {

EventStat readEventStat(Reader &r, const QJsonObject &o, const QString &path)
{
    EventStat e;
    e.id = r.integer(o, path, "id");
    e.name = r.text(o, path, "name");
    e.date = QDateTime::fromString(r.text(o, path, "date"), Qt::ISODateWithMs);
    e.capacity = r.integer(o, path, "max_capacity");
    e.registrations = r.integer(o, path, "registration_count");
    e.checkedIn = r.integer(o, path, "checked_in_count");
    e.revenue = r.number(o, path, "total_revenue");
    e.averagePayment = r.optionalNumber(o, path, "avg_payment");
    return e;
}

EventStat readListedEvent(Reader &r, const QJsonObject &o, const QString &path)
{
    EventStat e;
    e.id = r.integer(o, path, "id");
    e.name = r.text(o, path, "name");
    e.date = QDateTime::fromString(r.text(o, path, "date"), Qt::ISODateWithMs);
    e.venue = r.text(o, path, "venue");
    e.status = r.text(o, path, "status");
    e.capacity = r.integer(o, path, "maxCapacity");
    e.registrations = r.integer(o, path, "registrationCount");
    return e;
}

RegistrationItem readRegistration(Reader &r, const QJsonObject &o, const QString &path)
{
    RegistrationItem i;
    i.id = r.integer(o, path, "id");
    i.fullName = r.text(o, path, "fullName");
    i.email = r.text(o, path, "email");
    i.createdAt = QDateTime::fromString(r.text(o, path, "createdAt"), Qt::ISODateWithMs);
    i.checkedIn = r.boolean(o, path, "checkedIn");
    i.paymentStatus = r.text(o, path, "paymentStatus");
    i.amount = r.optionalNumber(o, path, "amount");
    return i;
}

/// Calls `each(object, path)` for every element of the array o[key] until the reader fails; an element that is
/// not an object fails it.
template<typename F>
void forEachObject(Reader &r, const QJsonObject &o, const QString &path, const char *key, F each)
{
    const QJsonArray items = r.array(o, path, key);
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        const QString itemPath = Reader::join(path, key) + QStringLiteral("[%1]").arg(i);
        if (!items[i].isObject()) {
            r.fail(itemPath, QCoreApplication::translate("opsdash::backend", "expected an object"));
            return;
        }
        each(items[i].toObject(), itemPath);
    }
}

template<typename T, typename F>
Parsed<CursorPage<T>> parsePage(const QByteArray &body, F readItem)
{
    return parseObjectBody<CursorPage<T>>(body, [&readItem](Reader &r, const QJsonObject &o, const QString &path) {
        CursorPage<T> page;
        forEachObject(r, o, path, "items", [&](const QJsonObject &item, const QString &itemPath) {
            page.items.append(readItem(r, item, itemPath));
        });
        page.hasNextPage = r.boolean(o, path, "hasNextPage");
        page.nextCursor = r.text(o, path, "nextCursor");
        return page;
    });
}

} // namespace

Parsed<QList<EventStat>> parseEventStatistics(const QByteArray &body)
{
    return parseArrayBody<EventStat>(body, readEventStat);
}

Parsed<CursorPage<EventStat>> parseEventsPage(const QByteArray &body)
{
    return parsePage<EventStat>(body, readListedEvent);
}

Parsed<CursorPage<RegistrationItem>> parseRegistrationsPage(const QByteArray &body)
{
    return parsePage<RegistrationItem>(body, readRegistration);
}

Parsed<EventSummary> parseEventSummary(const QByteArray &body)
{
    return parseObjectBody<EventSummary>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        EventSummary s;
        s.eventId = r.integer(o, path, "eventId");
        s.name = r.text(o, path, "name");
        s.date = QDateTime::fromString(r.text(o, path, "date"), Qt::ISODateWithMs);
        s.capacity = r.integer(o, path, "capacity");
        s.registrations = r.integer(o, path, "registrations");
        s.checkedIn = r.integer(o, path, "checkedIn");
        forEachObject(r, o, path, "days", [&r, &s](const QJsonObject &d, const QString &dayPath) {
            EventSummary::Day day;
            const QString text = r.text(d, dayPath, "day");
            day.day = QDate::fromString(text, Qt::ISODate);
            if (!day.day.isValid())
                r.fail(Reader::join(dayPath, "day"),
                       QCoreApplication::translate("opsdash::backend", "expected a date, got \"%1\"").arg(text));
            day.registrations = r.integer(d, dayPath, "registrations");
            day.checkedIn = r.integer(d, dayPath, "checkedIn");
            s.days.append(day);
        });
        forEachObject(r, o, path, "payments", [&r, &s](const QJsonObject &p, const QString &paymentPath) {
            s.payments.append({r.text(p, paymentPath, "status"), r.integer(p, paymentPath, "count"),
                               r.number(p, paymentPath, "amount")});
        });
        return s;
    });
}

} // namespace opsdash::backend
