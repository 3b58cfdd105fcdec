// Seed 000's events API: events with registration counts (keyset pages), upcoming events, statistics, one
// event's summary, and an organizer's create and update.

#include "domainshared.h"
#include "registrationsql.h"
#include "signalwaiter.h"
#include "util.h"

#include <QCoroFuture>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtConcurrent>

#include <cmath>

namespace eventsd {

using namespace domain;

namespace {

using util::iso;

const QByteArray eventColumns = "e.id, e.name, e.description, " + iso("e.date") +
    ", e.venue, e.max_capacity, e.price::text, e.is_active, e.status, e.organizer_id, "
    "e.seats_handed_out - coalesce((SELECT sum(s.seats) FROM event_seats s WHERE s.event_id = e.id), 0)";

QJsonObject eventJson(const pg::Result &r, int row)
{
    return {{QStringLiteral("id"), r.int64(row, 0)},
            {QStringLiteral("name"), r.text(row, 1)},
            {QStringLiteral("description"), r.text(row, 2)},
            {QStringLiteral("date"), r.text(row, 3)},
            {QStringLiteral("venue"), r.text(row, 4)},
            {QStringLiteral("maxCapacity"), r.int64(row, 5)},
            {QStringLiteral("price"), r.real(row, 6)},
            {QStringLiteral("isActive"), r.boolean(row, 7)},
            {QStringLiteral("status"), r.text(row, 8)},
            {QStringLiteral("organizerId"), r.int64(row, 9)},
            {QStringLiteral("registrationCount"), r.int64(row, 10)}};
}

/// Fields of an event in a create or update body; absent fields stay nullopt.
struct EventInput
{
    std::optional<QString> name, description, venue, status;
    std::optional<QString> date; ///< ISO 8601
    std::optional<int> maxCapacity;
    std::optional<double> price;
};

bool parseEventInput(const QJsonObject &body, bool partial, EventInput *in, HttpResponse *error)
{
    auto fail = [error](const QString &why) {
        *error = HttpResponse::error(400, why);
        return false;
    };
    auto text = [&](const char *key, int max, std::optional<QString> *out) {
        const QString k = QString::fromLatin1(key);
        if (!body.contains(k))
            return true;
        const QString v = body.value(k).toString().trimmed();
        if (!body.value(k).isString() || v.size() > max || (v.isEmpty() && k != QLatin1String("description")))
            return false;
        *out = v;
        return true;
    };
    if (!text("name", 200, &in->name))
        return fail(QStringLiteral("name must have 1 to 200 characters"));
    if (!text("description", 5000, &in->description))
        return fail(QStringLiteral("description must be text of at most 5000 characters"));
    if (!text("venue", 200, &in->venue))
        return fail(QStringLiteral("venue must have 1 to 200 characters"));
    if (body.contains(u"date")) {
        const QDateTime when = QDateTime::fromString(body.value(u"date").toString(), Qt::ISODateWithMs);
        if (!when.isValid() || when.timeSpec() == Qt::LocalTime)
            return fail(QStringLiteral("date must be ISO 8601 with a time zone, e.g. 2027-03-01T18:00:00Z"));
        in->date = when.toUTC().toString(Qt::ISODateWithMs);
    }
    if (body.contains(u"maxCapacity")) {
        const double v = body.value(u"maxCapacity").toDouble(-1);
        if (v < 1 || v > 1'000'000 || v != std::floor(v))
            return fail(QStringLiteral("maxCapacity must be an integer in [1, 1000000]"));
        in->maxCapacity = int(v);
    }
    if (body.contains(u"price")) {
        const double v = body.value(u"price").toDouble(-1);
        if (v < 0 || v > 100000)
            return fail(QStringLiteral("price must be a number in [0, 100000]"));
        in->price = v;
    }
    if (body.contains(u"status")) {
        const QString s = body.value(u"status").toString();
        if (s != QLatin1String("draft") && s != QLatin1String("published") && s != QLatin1String("cancelled"))
            return fail(QStringLiteral("status must be draft, published or cancelled"));
        in->status = s;
    }
    if (!partial && (!in->name || !in->date || !in->venue || !in->maxCapacity))
        return fail(QStringLiteral("name, date, venue and maxCapacity are required"));
    return true;
}

/// Whether an event's JSON is for everyone: drafts and cancelled events are not. Read off the body's status
/// field without parsing it (a string value cannot hold an unescaped quote, so a name cannot fake it).
bool isPublicEvent(const QByteArray &eventJson)
{
    return eventJson.contains(R"("status":"published")") || eventJson.contains(R"("status":"completed")");
}

/// After an event changes: the lists and statistics that show it, everywhere.
QCoro::Task<qint64> invalidateEventLists(Cache &cache)
{
    qint64 n = 0;
    for (const char *pattern : {"events:list:*", "events:stats:*", "events:upcoming"}) {
        QCoro::Task<qint64> dropping = cache.invalidatePattern(QString::fromLatin1(pattern), true);
        n += co_await dropping;
    }
    co_return n;
}

// Active events by date with their registration counts, one query, keyset pagination on (date, id).
/// GET /events
QCoro::Task<HttpResponse> listEvents(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto pageRequest = util::parsePage(request.query, 50, 200, &bad);
    if (!pageRequest)
        co_return bad;
    // Cached per page for 30 s: counts may lag that long, registrations invalidate only the event's own
    // key. The key holds the cursor's decoded values, never its text; made-up cursors are new pages,
    // so past a budget of distinct pages the rest are read uncached.
    const QString key = QStringLiteral("events:list:%1:%2").arg(pageRequest->limit).arg(pageRequest->cursorKey);
    const bool cacheable = a->listPageBudget().admit(key, 30);
    QCoro::Task<HttpResponse> serving =
        cached(a->cache(), request.cost, cacheable ? key : QString(), 30,
               [a, pr = *pageRequest, cost = request.cost]() -> QCoro::Task<HttpResponse> {
                   QFuture<DbOutcome<Page>> query = a->pool().run<Page>(cost, [pageRequest = pr](pg::Connection &c) {
                       const int limit = pageRequest.limit;
                       pg::Params params;
                       params << (limit + 1) << pageRequest.cursorTimestamp << pageRequest.cursorId;
                       const pg::Result r = c.exec("SELECT " + eventColumns +
                                                       " FROM events e "
                                                       "WHERE e.is_active AND e.status IN ('published', 'completed') "
                                                       "AND ($2::timestamptz IS NULL OR "
                                                       "(e.date, e.id) > ($2::timestamptz, $3)) "
                                                       "ORDER BY e.date, e.id LIMIT $1",
                                                   params);
                       Page page;
                       const int rows = std::min(r.rows(), limit);
                       for (int i = 0; i < rows; ++i)
                           page.items.append(eventJson(r, i));
                       page.hasNextPage = r.rows() > limit;
                       if (page.hasNextPage)
                           page.nextCursor = util::encodeCursor(r.text(rows - 1, 3), r.int64(rows - 1, 0));
                       return page;
                   });
                   const DbOutcome<Page> page = co_await query;
                   if (!page.ok())
                       co_return databaseError(*page.error);
                   co_return HttpResponse::json(page.value->toJson());
               });
    const HttpResponse response = co_await serving;
    co_return response;
}

// Seed 000's getEventStatistics; organizers get their own events only. The figures are the seed's query's (its
// LEFT JOIN counts a registration once per PAID transaction), read from the tallies migration 4's triggers keep.
// `Cache-Control: no-cache` skips the cached answer and refreshes it.
/// GET /events/statistics
QCoro::Task<HttpResponse> eventStatistics(EventsApp *a, const HttpRequest &request)
{
    const std::optional<qint64> owner = ownerFilter(request);
    // Seed 000 caches statistics ('events:stats'); one entry per organizer, one for everyone.
    const QString key =
        owner ? QStringLiteral("events:stats:organizer:%1").arg(*owner) : QStringLiteral("events:stats:all");
    const CacheLookup lookup =
        request.header("cache-control").contains("no-cache") ? CacheLookup::Refresh : CacheLookup::Read;
    QCoro::Task<HttpResponse> serving = cached(
        a->cache(), request.cost, key, 60,
        [a, owner, cost = request.cost]() -> QCoro::Task<HttpResponse> {
            QFuture<DbOutcome<QJsonArray>> query = a->pool().run<QJsonArray>(cost, [owner](pg::Connection &c) {
                const pg::Result r =
                    c.exec("SELECT e.id, e.name, " + iso("e.date") +
                               ", e.max_capacity, coalesce(t.join_rows, 0), coalesce(t.join_checked_rows, 0), "
                               "coalesce(t.paid_amount, 0)::text, (t.paid_amount / nullif(t.paid_count, 0))::text "
                               "FROM events e LEFT JOIN LATERAL (SELECT sum(join_rows) AS join_rows, "
                               "sum(join_checked_rows) AS join_checked_rows, sum(paid_count) AS paid_count, "
                               "sum(paid_amount) AS paid_amount FROM event_tallies WHERE event_id = e.id) t ON true "
                               "WHERE e.is_active = true AND ($1::bigint IS NULL OR e.organizer_id = $1) "
                               "ORDER BY e.date ASC",
                           pg::Params() << owner);
                QJsonArray out;
                for (int i = 0; i < r.rows(); ++i)
                    out.append(QJsonObject{
                        {QStringLiteral("id"), r.int64(i, 0)},
                        {QStringLiteral("name"), r.text(i, 1)},
                        {QStringLiteral("date"), r.text(i, 2)},
                        {QStringLiteral("max_capacity"), r.int64(i, 3)},
                        {QStringLiteral("registration_count"), r.int64(i, 4)},
                        {QStringLiteral("checked_in_count"), r.int64(i, 5)},
                        {QStringLiteral("total_revenue"), r.real(i, 6)},
                        {QStringLiteral("avg_payment"), r.isNull(i, 7) ? QJsonValue() : QJsonValue(r.real(i, 7))}});
                return out;
            });
            const DbOutcome<QJsonArray> stats = co_await query;
            if (!stats.ok())
                co_return databaseError(*stats.error);
            co_return HttpResponse::json(*stats.value);
        },
        {}, lookup);
    const HttpResponse response = co_await serving;
    co_return response;
}

/// GET /events/:id
QCoro::Task<HttpResponse> getEvent(EventsApp *a, const HttpRequest &request)
{
    HttpResponse refusal;
    const auto id = eventIdParam(request, &refusal);
    if (!id)
        co_return refusal;
    QCoro::Task<HttpResponse> serving =
        cached(a->cache(), request.cost, QStringLiteral("event:%1").arg(*id), 60,
               [a, id = *id, cost = request.cost]() -> QCoro::Task<HttpResponse> {
                   QFuture<DbOutcome<QJsonObject>> query = a->pool().run<QJsonObject>(cost, [id](pg::Connection &c) {
                       const pg::Result r =
                           c.exec("SELECT " + eventColumns + " FROM events e WHERE e.id = $1", pg::Params() << id);
                       return r.rows() == 1 ? eventJson(r, 0) : QJsonObject();
                   });
                   const DbOutcome<QJsonObject> event = co_await query;
                   if (!event.ok())
                       co_return databaseError(*event.error);
                   if (event.value->isEmpty())
                       co_return HttpResponse::error(404, QStringLiteral("no event %1").arg(id));
                   co_return HttpResponse::json(*event.value);
               },
               {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=60")}});
    HttpResponse response = co_await serving;
    if (response.status == 200 && !isPublicEvent(response.body)) {
        // A draft or cancelled event exists only for its organizer and for operators.
        const QJsonObject e = QJsonDocument::fromJson(response.body).object();
        const std::optional<qint64> owner = ownerFilter(request);
        if (!request.claims || (owner && qint64(e.value(u"organizerId").toDouble()) != *owner))
            co_return HttpResponse::error(404, QStringLiteral("no event %1").arg(*id));
        response.headers.removeIf([](const auto &h) { return h.first == "Cache-Control"; });
        response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store"));
    }
    if (response.status != 200)
        response.headers.removeIf([](const auto &h) { return h.first == "Cache-Control"; });
    co_return response;
}

// Seed 000's getUpcomingEvents, cached for five minutes under 'events:upcoming' (the next 100; `limit` cuts).
/// GET /events/upcoming
QCoro::Task<HttpResponse> upcomingEvents(EventsApp *a, const HttpRequest &request)
{
    const auto limit = util::parseLimit(request.query, 10, 100);
    if (!limit)
        co_return HttpResponse::error(400, QStringLiteral("limit must be an integer in [1, 100]"));
    QCoro::Task<HttpResponse> serving =
        cached(a->cache(), request.cost, QStringLiteral("events:upcoming"), 300,
               [a, cost = request.cost]() -> QCoro::Task<HttpResponse> {
                   QFuture<DbOutcome<QJsonArray>> query = a->pool().run<QJsonArray>(cost, [](pg::Connection &c) {
                       const pg::Result r =
                           c.exec("SELECT " + eventColumns +
                                  " FROM events e WHERE e.is_active AND e.status IN ('published', 'completed') "
                                  "AND e.date >= now() "
                                  "ORDER BY e.date, e.id LIMIT 100");
                       QJsonArray out;
                       for (int i = 0; i < r.rows(); ++i)
                           out.append(eventJson(r, i));
                       return out;
                   });
                   const DbOutcome<QJsonArray> events = co_await query;
                   if (!events.ok())
                       co_return databaseError(*events.error);
                   co_return HttpResponse::json(*events.value);
               });
    HttpResponse response = co_await serving;
    if (response.status == 200) {
        const QJsonArray all = QJsonDocument::fromJson(response.body).array();
        QJsonArray first;
        for (qsizetype k = 0; k < all.size() && k < *limit; ++k)
            first.append(all[k]);
        response.body = QJsonDocument(first).toJson(QJsonDocument::Compact);
    }
    co_return response;
}

// An event's detail figures for the organizer view: registrations and check-ins per day, registrations by
// payment status. Not cached: it is asked for one event at a time, when an organizer opens it.
/// GET /events/:id/summary
QCoro::Task<HttpResponse> eventSummary(EventsApp *a, const HttpRequest &request)
{
    HttpResponse refusal;
    const auto id = eventIdParam(request, &refusal);
    if (!id)
        co_return refusal;
    const std::optional<qint64> owner = ownerFilter(request);
    struct Result
    {
        int status = 200;
        QJsonObject summary;
    };
    QFuture<DbOutcome<Result>> query = a->pool().run<Result>(request.cost, [id = *id, owner](pg::Connection &c) {
        if (const int status = eventAccess(c, id, owner); status != 200)
            return Result{status, {}};
        const pg::Result event =
            c.exec("SELECT name, " + iso("date") + ", max_capacity FROM events WHERE id = $1", pg::Params() << id);
        // The tallies give what summaryDaysQuery() and summaryPaymentsQuery() count, without reading the rows.
        const pg::Result days =
            c.exec("SELECT to_char(day, 'YYYY-MM-DD'), sum(registrations), sum(checked_in) FROM event_tallies "
                   "WHERE event_id = $1 GROUP BY day HAVING sum(registrations) <> 0 OR sum(checked_in) <> 0 "
                   "ORDER BY day",
                   pg::Params() << id);
        const pg::Result payments = c.exec(
            "SELECT p.status, p.n, p.amount::float8 FROM (SELECT sum(latest_pending) AS pending, "
            "sum(latest_pending_amount) AS pending_amount, sum(latest_paid) AS paid, sum(latest_paid_amount) AS "
            "paid_amount, sum(latest_failed) AS failed, sum(latest_failed_amount) AS failed_amount, "
            "sum(latest_refunded) AS refunded, sum(latest_refunded_amount) AS refunded_amount FROM event_tallies "
            "WHERE event_id = $1) t CROSS JOIN LATERAL (VALUES ('PENDING', t.pending, t.pending_amount), ('PAID', "
            "t.paid, t.paid_amount), ('FAILED', t.failed, t.failed_amount), ('REFUNDED', t.refunded, "
            "t.refunded_amount)) AS p(status, n, amount) WHERE p.n > 0 ORDER BY p.n DESC, p.status",
            pg::Params() << id);
        QJsonArray dayRows, paymentRows;
        qint64 registrations = 0, checkedIn = 0;
        for (int i = 0; i < days.rows(); ++i) {
            registrations += days.int64(i, 1);
            checkedIn += days.int64(i, 2);
            dayRows.append(QJsonObject{{QStringLiteral("day"), days.text(i, 0)},
                                       {QStringLiteral("registrations"), days.int64(i, 1)},
                                       {QStringLiteral("checkedIn"), days.int64(i, 2)}});
        }
        for (int i = 0; i < payments.rows(); ++i)
            paymentRows.append(QJsonObject{{QStringLiteral("status"), payments.text(i, 0)},
                                           {QStringLiteral("count"), payments.int64(i, 1)},
                                           {QStringLiteral("amount"), payments.real(i, 2)}});
        return Result{200,
                      QJsonObject{{QStringLiteral("eventId"), id},
                                  {QStringLiteral("name"), event.text(0, 0)},
                                  {QStringLiteral("date"), event.text(0, 1)},
                                  {QStringLiteral("capacity"), event.int64(0, 2)},
                                  {QStringLiteral("registrations"), registrations},
                                  {QStringLiteral("checkedIn"), checkedIn},
                                  {QStringLiteral("days"), dayRows},
                                  {QStringLiteral("payments"), paymentRows}}};
    });
    const DbOutcome<Result> result = co_await query;
    if (!result.ok())
        co_return databaseError(*result.error);
    if (auto denied = eventAccessError(result.value->status, *id))
        co_return *denied;
    co_return HttpResponse::json(result.value->summary);
}

// Create an event: organizers create their own; operators and admins may name the organizer.
/// POST /events
QCoro::Task<HttpResponse> createEvent(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto body = util::jsonBody(request, &bad);
    if (!body)
        co_return bad;
    EventInput input;
    if (!parseEventInput(*body, /*partial=*/false, &input, &bad))
        co_return bad;
    qint64 organizer = request.claims->userId;
    if (body->contains(u"organizerId") && request.claims->role != Role::Organizer)
        organizer = qint64(body->value(u"organizerId").toDouble());
    QFuture<DbOutcome<QJsonObject>> inserting =
        a->pool().run<QJsonObject>(request.cost, [input, organizer](pg::Connection &c) {
            const pg::Result r =
                c.exec("INSERT INTO events AS e (name, description, date, venue, max_capacity, price, status, "
                       "is_active, organizer_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $7 <> 'cancelled', $8) "
                       "RETURNING " +
                           eventColumns,
                       pg::Params() << *input.name << input.description.value_or(QString()) << *input.date
                                    << *input.venue << *input.maxCapacity << input.price.value_or(0.0)
                                    << input.status.value_or(QStringLiteral("published")) << organizer);
            return eventJson(r, 0);
        });
    const DbOutcome<QJsonObject> created = co_await inserting;
    if (!created.ok())
        co_return databaseError(*created.error);
    QCoro::Task<qint64> dropping = invalidateEventLists(a->cache());
    co_await dropping;
    co_return HttpResponse::json(*created.value, 201);
}

// Update an event (any subset of the fields); organizers only their own. Capacity cannot fall below the seats
// already taken (the database refuses it).
/// PATCH /events/:id
QCoro::Task<HttpResponse> updateEvent(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto asked = eventIdAndBody(request, &bad);
    if (!asked)
        co_return bad;
    const qint64 id = asked->id;
    const QJsonObject &body = asked->body;
    EventInput input;
    if (!parseEventInput(body, /*partial=*/true, &input, &bad))
        co_return bad;
    const std::optional<qint64> owner = ownerFilter(request);
    struct Result
    {
        int status = 200;
        QJsonObject event;
    };
    QFuture<DbOutcome<Result>> updating =
        a->pool().run<Result>(request.cost, [id = id, input, owner](pg::Connection &c) {
            pg::Transaction tx(c);
            // Free seats the shards hold go back to the event first, so the capacity may fall to what is taken.
            if (input.maxCapacity)
                c.exec("SELECT reclaim_seats($1)", pg::Params() << id);
            const pg::Result r =
                c.exec("UPDATE events AS e SET name = coalesce($2, name), description = coalesce($3, description), "
                       "date = coalesce($4::timestamptz, date), venue = coalesce($5, venue), "
                       "max_capacity = coalesce($6::int, max_capacity), price = coalesce($7::numeric, price), "
                       "status = coalesce($8, status), is_active = coalesce($8, status) <> 'cancelled', updated_at "
                       "= now() "
                       "WHERE id = $1 AND ($9::bigint IS NULL OR organizer_id = $9) RETURNING " +
                           eventColumns,
                       pg::Params() << id << input.name << input.description << input.date << input.venue
                                    << input.maxCapacity << input.price << input.status << owner);
            if (r.rows() == 1) {
                tx.commit();
                return Result{200, eventJson(r, 0)};
            }
            const pg::Result exists = c.exec("SELECT 1 FROM events WHERE id = $1", pg::Params() << id);
            return Result{exists.rows() ? 403 : 404, {}};
        });
    const DbOutcome<Result> result = co_await updating;
    if (!result.ok()) {
        if (result.error->sqlState() == "23514")
            co_return HttpResponse::error(
                409, QStringLiteral("maxCapacity cannot be below the registrations already taken"));
        co_return databaseError(*result.error);
    }
    if (auto denied = eventAccessError(result.value->status, id))
        co_return *denied;
    a->cache().invalidateKeys({QStringLiteral("event:%1").arg(id)});
    QCoro::Task<qint64> dropping = invalidateEventLists(a->cache());
    co_await dropping;
    co_return HttpResponse::json(result.value->event);
}

} // namespace

void addEventRoutes(EventsApp &app)
{
    addRoute(app, "GET", QStringLiteral("/events"), Access::Public, listEvents);
    addRoute(app, "GET", QStringLiteral("/events/statistics"), Access::Authenticated, eventStatistics);
    addRoute(app, "GET", QStringLiteral("/events/:id"), Access::Public, getEvent);
    addRoute(app, "GET", QStringLiteral("/events/upcoming"), Access::Public, upcomingEvents);
    addRoute(app, "GET", QStringLiteral("/events/:id/summary"), Access::Authenticated, eventSummary);
    addRoute(app, "POST", QStringLiteral("/events"), Access::Authenticated, createEvent);
    addRoute(app, "PATCH", QStringLiteral("/events/:id"), Access::Authenticated, updateEvent);
}

} // namespace eventsd
