// The events-registration API of seeds 000, 001 and 003: login, events with registration counts, statistics,
// registrations with cursor pagination, registration with a capacity check that holds under concurrency.

#include "chunkchannel.h"
#include "eventsapp.h"
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

namespace {

using util::iso;

const QByteArray eventColumns = "e.id, e.name, e.description, " + iso("e.date") +
    ", e.venue, e.max_capacity, e.price::text, e.is_active, e.status, e.organizer_id, e.registration_count";

QJsonObject eventJson(const PgResult &r, int row)
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

struct Page
{
    QJsonArray items;
    bool hasNextPage = false;
    QString nextCursor;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("items"), items},
                {QStringLiteral("hasNextPage"), hasNextPage},
                {QStringLiteral("nextCursor"), hasNextPage ? QJsonValue(nextCursor) : QJsonValue()}};
    }
};

/// Organizers see their own events; operators and admins see all.
std::optional<qint64> ownerFilter(const HttpRequest &request)
{
    if (request.claims && request.claims->role == Role::Organizer)
        return request.claims->userId;
    return std::nullopt;
}

/// The `:id` path parameter as an event id, or nullopt with `error` set to a 400.
std::optional<qint64> eventIdParam(const HttpRequest &request, HttpResponse *error)
{
    const auto id = util::parseId(request.params.value(QStringLiteral("id")));
    if (!id)
        *error = HttpResponse::error(400, QStringLiteral("event id must be a positive integer"));
    return id;
}

/// The answer for a lookup that found no such event (404) or another organizer's (403); nullopt otherwise.
std::optional<HttpResponse> eventAccessError(int status, qint64 id)
{
    if (status == 404)
        return HttpResponse::error(404, QStringLiteral("no event %1").arg(id));
    if (status == 403)
        return HttpResponse::error(403, QStringLiteral("event %1 belongs to another organizer").arg(id));
    return std::nullopt;
}

/// 200 when event `id` exists and, for an organizer (`owner` set), is theirs; 404 or 403 otherwise.
int eventAccess(PgConnection &c, qint64 id, std::optional<qint64> owner)
{
    const PgResult event = c.exec("SELECT organizer_id FROM events WHERE id = $1", PgParams() << id);
    if (event.rows() == 0)
        return 404;
    return owner && event.int64(0, 0) != *owner ? 403 : 200;
}

enum class RegisterResult { Created, NotFound, NotOpen, Full, Duplicate };

struct Registration
{
    RegisterResult result = RegisterResult::Created;
    QJsonObject json;
};

QString newQrCode()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
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

/// Runs the COPY of an event's registrations and pushes the CSV into `channel` in 256 KiB chunks. Returns the
/// number of data rows. When the consumer cancels, the statement is cancelled on the server and drained so the
/// connection stays usable. Throws PgError.
qint64 copyRegistrationsCsv(PgConnection &c, qint64 eventId, ChunkChannel &channel)
{
    // COPY takes no parameters; the id is a validated integer.
    const QByteArray sql = opsdash::sql::registrationsCopy(eventId);
    c.exec(sql);
    PGconn *conn = c.handle();
    QByteArray chunk;
    chunk.reserve(256 * 1024 + 4096);
    qint64 lines = 0;
    bool cancelled = false;
    char *buffer = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(conn, &buffer, 0)) > 0) {
        if (!cancelled) {
            chunk.append(buffer, n);
            ++lines;
        }
        PQfreemem(buffer);
        if (!cancelled && chunk.size() >= 256 * 1024) {
            if (!channel.push(std::exchange(chunk, QByteArray()))) {
                cancelled = true;
                char error[256];
                PGcancel *cancel = PQgetCancel(conn);
                PQcancel(cancel, error, int(sizeof error));
                PQfreeCancel(cancel);
            }
            chunk.reserve(256 * 1024 + 4096);
        }
    }
    // Collect the COPY's outcome (and, after a cancel, the "canceling statement" error) so the connection is idle.
    QString failure;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !cancelled)
            failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (n == -2 && !cancelled)
        failure = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (!failure.isEmpty())
        throw PgError(QByteArrayLiteral("XX000"), failure);
    if (!cancelled && !chunk.isEmpty())
        channel.push(std::move(chunk));
    return std::max<qint64>(0, lines - 1);
}

} // namespace

void addDomainRoutes(EventsApp &app)
{
    HttpServer &http = app.server();
    EventsApp *a = &app;

    // Active events by date with their registration counts, one query, keyset pagination on (date, id).
    http.route(
        "GET", QStringLiteral("/events"), Access::Public, [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
            HttpResponse bad;
            const auto pageRequest = util::parsePage(request.query, 50, 200, &bad);
            if (!pageRequest)
                co_return bad;
            // Cached per page for 30 s: counts may lag that long, registrations invalidate only the event's own
            // key. The key holds the cursor's decoded values, never its text; made-up cursors are new pages,
            // so past a budget of distinct pages the rest are read uncached.
            const QString key = QStringLiteral("events:list:%1:%2").arg(pageRequest->limit).arg(pageRequest->cursorKey);
            const bool cacheable = a->listPageBudget().admit(key, 30);
            QCoro::Task<HttpResponse> serving = cached(
                a->cache(), cacheable ? key : QString(), 30, [a, pr = *pageRequest]() -> QCoro::Task<HttpResponse> {
                    QFuture<DbOutcome<Page>> query = a->pool().run<Page>([pageRequest = pr](PgConnection &c) {
                        const int limit = pageRequest.limit;
                        PgParams params;
                        params << (limit + 1) << pageRequest.cursorTimestamp << pageRequest.cursorId;
                        const PgResult r = c.exec("SELECT " + eventColumns +
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
        });

    // Seed 000's getEventStatistics; organizers get their own events only.
    http.route(
        "GET", QStringLiteral("/events/statistics"), Access::Authenticated,
        [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
            const std::optional<qint64> owner = ownerFilter(request);
            // Seed 000 caches statistics ('events:stats'); one entry per organizer, one for everyone.
            const QString key =
                owner ? QStringLiteral("events:stats:organizer:%1").arg(*owner) : QStringLiteral("events:stats:all");
            QCoro::Task<HttpResponse> serving = cached(a->cache(), key, 60, [a, owner]() -> QCoro::Task<HttpResponse> {
                QFuture<DbOutcome<QJsonArray>> query = a->pool().run<QJsonArray>([owner](PgConnection &c) {
                    const PgResult r =
                        c.exec("SELECT e.id, e.name, " + iso("e.date") +
                                   ", e.max_capacity, "
                                   "COUNT(r.id) AS registration_count, "
                                   "COUNT(CASE WHEN r.checked_in = true THEN 1 END) AS checked_in_count, "
                                   "COALESCE(SUM(t.amount), 0)::text AS total_revenue, "
                                   "AVG(CASE WHEN t.payment_status = 'PAID' THEN t.amount END)::text AS avg_payment "
                                   "FROM events e "
                                   "LEFT JOIN registrations r ON e.id = r.event_id "
                                   "LEFT JOIN transactions t ON r.id = t.registration_id AND t.payment_status = 'PAID' "
                                   "WHERE e.is_active = true AND ($1::bigint IS NULL OR e.organizer_id = $1) "
                                   "GROUP BY e.id, e.name, e.date, e.max_capacity "
                                   "ORDER BY e.date ASC",
                               PgParams() << owner);
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
            });
            const HttpResponse response = co_await serving;
            co_return response;
        });

    http.route("GET", QStringLiteral("/events/:id"), Access::Public,
               [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
                   HttpResponse refusal;
                   const auto id = eventIdParam(request, &refusal);
                   if (!id)
                       co_return refusal;
                   QCoro::Task<HttpResponse> serving = cached(
                       a->cache(), QStringLiteral("event:%1").arg(*id), 60,
                       [a, id = *id]() -> QCoro::Task<HttpResponse> {
                           QFuture<DbOutcome<QJsonObject>> query = a->pool().run<QJsonObject>([id](PgConnection &c) {
                               const PgResult r = c.exec("SELECT " + eventColumns + " FROM events e WHERE e.id = $1",
                                                         PgParams() << id);
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
               });

    // Seed 000's getUpcomingEvents, cached for five minutes under 'events:upcoming' (the next 100; `limit` cuts).
    http.route("GET", QStringLiteral("/events/upcoming"), Access::Public,
               [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
                   const auto limit = util::parseLimit(request.query, 10, 100);
                   if (!limit)
                       co_return HttpResponse::error(400, QStringLiteral("limit must be an integer in [1, 100]"));
                   QCoro::Task<HttpResponse> serving =
                       cached(a->cache(), QStringLiteral("events:upcoming"), 300, [a]() -> QCoro::Task<HttpResponse> {
                           QFuture<DbOutcome<QJsonArray>> query = a->pool().run<QJsonArray>([](PgConnection &c) {
                               const PgResult r =
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
               });

    // An event's registrations newest first, seed 000's cursor pagination (keyset on created_at, id; no OFFSET).
    http.route(
        "GET", QStringLiteral("/events/:id/registrations"), Access::Authenticated,
        [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
            HttpResponse refusal;
            const auto id = eventIdParam(request, &refusal);
            if (!id)
                co_return refusal;
            HttpResponse bad;
            const auto pageRequest = util::parsePage(request.query, 50, 500, &bad);
            if (!pageRequest)
                co_return bad;
            const std::optional<qint64> owner = ownerFilter(request);
            // `q`: only registrations whose name or e-mail contains it (case-insensitive), in the same keyset order.
            const QString q = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
            if (q.size() > 200)
                co_return HttpResponse::error(400, QStringLiteral("q must be at most 200 characters"));
            const std::optional<QString> search =
                q.isEmpty() ? std::nullopt : std::optional<QString>(opsdash::sql::containsPattern(q));
            struct Result
            {
                int status = 200;
                Page page;
            };
            QFuture<DbOutcome<Result>> query = a->pool().run<Result>([id = *id, pageRequest = *pageRequest, owner,
                                                                      search](PgConnection &c) {
                const int limit = pageRequest.limit;
                if (const int status = eventAccess(c, id, owner); status != 200)
                    return Result{status, {}};
                PgParams params;
                params << id << (limit + 1) << pageRequest.cursorTimestamp << pageRequest.cursorId << search;
                const PgResult r = c.exec(
                    "SELECT r.id, r.full_name, r.email, " + iso("r.created_at") +
                        ", r.checked_in, "
                        "t.payment_status, t.amount::text "
                        "FROM registrations r "
                        "LEFT JOIN LATERAL (SELECT payment_status, amount FROM transactions "
                        "                   WHERE registration_id = r.id ORDER BY created_at DESC LIMIT 1) t ON true "
                        "WHERE r.event_id = $1 AND ($3::timestamptz IS NULL OR (r.created_at, r.id) < "
                        "($3::timestamptz, $4)) "
                        "AND ($5::text IS NULL OR r.full_name ILIKE $5 OR r.email ILIKE $5) "
                        "ORDER BY r.created_at DESC, r.id DESC LIMIT $2",
                    params);
                Result result;
                const int rows = std::min(r.rows(), limit);
                for (int i = 0; i < rows; ++i)
                    result.page.items.append(QJsonObject{
                        {QStringLiteral("id"), r.int64(i, 0)},
                        {QStringLiteral("fullName"), r.text(i, 1)},
                        {QStringLiteral("email"), r.text(i, 2)},
                        {QStringLiteral("createdAt"), r.text(i, 3)},
                        {QStringLiteral("checkedIn"), r.boolean(i, 4)},
                        {QStringLiteral("paymentStatus"), r.isNull(i, 5) ? QStringLiteral("PENDING") : r.text(i, 5)},
                        {QStringLiteral("amount"), r.isNull(i, 6) ? QJsonValue() : QJsonValue(r.real(i, 6))}});
                result.page.hasNextPage = r.rows() > limit;
                if (result.page.hasNextPage)
                    result.page.nextCursor = util::encodeCursor(r.text(rows - 1, 3), r.int64(rows - 1, 0));
                return result;
            });
            const DbOutcome<Result> result = co_await query;
            if (!result.ok())
                co_return databaseError(*result.error);
            if (auto denied = eventAccessError(result.value->status, *id))
                co_return *denied;
            co_return HttpResponse::json(result.value->page.toJson());
        });

    // An event's detail figures for the organizer view: registrations and check-ins per day, registrations by
    // payment status. Not cached: it is asked for one event at a time, when an organizer opens it.
    http.route("GET", QStringLiteral("/events/:id/summary"), Access::Authenticated,
               [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
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
                   QFuture<DbOutcome<Result>> query = a->pool().run<Result>([id = *id, owner](PgConnection &c) {
                       if (const int status = eventAccess(c, id, owner); status != 200)
                           return Result{status, {}};
                       const PgResult event =
                           c.exec("SELECT name, " + iso("date") + ", max_capacity FROM events WHERE id = $1",
                                  PgParams() << id);
                       const PgResult days = c.exec(opsdash::sql::summaryDaysQuery(id));
                       const PgResult payments = c.exec(opsdash::sql::summaryPaymentsQuery(id));
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
               });

    // Seed 000's streaming export, done with COPY: PostgreSQL writes the CSV, a pool worker hands it over in 256 KiB
    // chunks through a bounded channel, and the response goes out chunked. Memory stays flat for any size; a client
    // that leaves cancels the COPY on the server (PQcancel).
    http.routeStream(
        "GET", QStringLiteral("/events/:id/registrations.csv"), Access::Authenticated,
        [a](const HttpRequest &request, HttpStream &stream) -> QCoro::Task<HttpResponse> {
            HttpResponse refusal;
            const auto id = eventIdParam(request, &refusal);
            if (!id)
                co_return refusal;
            const std::shared_ptr<void> slot = a->exportSlot();
            if (!slot)
                co_return HttpResponse::error(503, QStringLiteral("too many exports running; try again shortly"))
                    .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
            const std::optional<qint64> owner = ownerFilter(request);
            struct Check
            {
                int status = 200;
                qint64 rows = 0;
            };
            QFuture<DbOutcome<Check>> checking = a->pool().run<Check>([id = *id, owner](PgConnection &c) {
                const PgResult r = c.exec("SELECT organizer_id, (SELECT count(*) FROM registrations WHERE event_id = "
                                          "$1) FROM events WHERE id = $1",
                                          PgParams() << id);
                if (r.rows() == 0)
                    return Check{404, 0};
                if (owner && r.int64(0, 0) != *owner)
                    return Check{403, 0};
                return Check{200, r.int64(0, 1)};
            });
            const DbOutcome<Check> check = co_await checking;
            if (!check.ok())
                co_return databaseError(*check.error);
            if (auto denied = eventAccessError(check.value->status, *id))
                co_return *denied;

            // A slow client must not hold a pool connection: the COPY spools what the client has not taken yet.
            auto channel = std::make_shared<ChunkChannel>(8, a->config().exportSpoolBytes);
            QFuture<DbOutcome<qint64>> copying = a->pool().run<qint64>([id = *id, channel](PgConnection &c) {
                try {
                    const qint64 rows = copyRegistrationsCsv(c, id, *channel);
                    channel->finish();
                    return rows;
                } catch (const PgError &e) {
                    channel->finish(e.message());
                    throw;
                }
            });
            stream.begin(200,
                         {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/csv; charset=utf-8")},
                          {QByteArrayLiteral("Content-Disposition"),
                           QByteArrayLiteral("attachment; filename=\"event-") + QByteArray::number(*id) +
                               QByteArrayLiteral("-registrations.csv\"")},
                          {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                          {QByteArrayLiteral("X-Expected-Rows"), QByteArray::number(check.value->rows)}});
            QString failure;
            for (;;) {
                QByteArray chunk;
                bool done = false;
                if (channel->tryPop(&chunk, &done, &failure)) {
                    QCoro::Task<bool> writing = stream.write(std::move(chunk));
                    if (!co_await writing) {
                        channel->cancel();
                        break;
                    }
                    continue;
                }
                if (done)
                    break;
                co_await opsdash::waitForSignal(channel.get(), &ChunkChannel::readyRead, 1000);
                if (!stream.alive()) {
                    channel->cancel();
                    break;
                }
            }
            // The worker finishes (or cancels) the COPY before the connection goes back to the pool.
            const DbOutcome<qint64> outcome = co_await copying;
            if (!outcome.ok() || !failure.isEmpty()) {
                // Headers are out: the only honest signal left is to cut the connection without the final chunk.
                stream.abort();
                co_return HttpResponse::error(500, failure.isEmpty() ? outcome.error->message() : failure);
            }
            co_return HttpResponse{200, {}, {}, {}};
        });

    // Create an event: organizers create their own; operators and admins may name the organizer.
    http.route("POST", QStringLiteral("/events"), Access::Authenticated,
               [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
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
                       a->pool().run<QJsonObject>([input, organizer](PgConnection &c) {
                           const PgResult r = c.exec(
                               "INSERT INTO events AS e (name, description, date, venue, max_capacity, price, status, "
                               "is_active, organizer_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $7 <> 'cancelled', $8) "
                               "RETURNING " +
                                   eventColumns,
                               PgParams() << *input.name << input.description.value_or(QString()) << *input.date
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
               });

    // Update an event (any subset of the fields); organizers only their own. Capacity cannot fall below the seats
    // already taken (the database refuses it).
    http.route(
        "PATCH", QStringLiteral("/events/:id"), Access::Authenticated,
        [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
            HttpResponse refusal;
            const auto id = eventIdParam(request, &refusal);
            if (!id)
                co_return refusal;
            HttpResponse bad;
            const auto body = util::jsonBody(request, &bad);
            if (!body)
                co_return bad;
            EventInput input;
            if (!parseEventInput(*body, /*partial=*/true, &input, &bad))
                co_return bad;
            const std::optional<qint64> owner = ownerFilter(request);
            struct Result
            {
                int status = 200;
                QJsonObject event;
            };
            QFuture<DbOutcome<Result>> updating = a->pool().run<Result>([id = *id, input, owner](PgConnection &c) {
                const PgResult r =
                    c.exec("UPDATE events AS e SET name = coalesce($2, name), description = coalesce($3, description), "
                           "date = coalesce($4::timestamptz, date), venue = coalesce($5, venue), "
                           "max_capacity = coalesce($6::int, max_capacity), price = coalesce($7::numeric, price), "
                           "status = coalesce($8, status), is_active = coalesce($8, status) <> 'cancelled', updated_at "
                           "= now() "
                           "WHERE id = $1 AND ($9::bigint IS NULL OR organizer_id = $9) RETURNING " +
                               eventColumns,
                           PgParams() << id << input.name << input.description << input.date << input.venue
                                      << input.maxCapacity << input.price << input.status << owner);
                if (r.rows() == 1)
                    return Result{200, eventJson(r, 0)};
                const PgResult exists = c.exec("SELECT 1 FROM events WHERE id = $1", PgParams() << id);
                return Result{exists.rows() ? 403 : 404, {}};
            });
            const DbOutcome<Result> result = co_await updating;
            if (!result.ok()) {
                if (result.error->sqlState() == "23514")
                    co_return HttpResponse::error(
                        409, QStringLiteral("maxCapacity cannot be below the registrations already taken"));
                co_return databaseError(*result.error);
            }
            if (auto denied = eventAccessError(result.value->status, *id))
                co_return *denied;
            a->cache().invalidateKeys({QStringLiteral("event:%1").arg(*id)});
            QCoro::Task<qint64> dropping = invalidateEventLists(a->cache());
            co_await dropping;
            co_return HttpResponse::json(result.value->event);
        });

    // Check-in at the door: idempotent; organizers for their own events, operators for all.
    http.route(
        "POST", QStringLiteral("/registrations/:id/check-in"), Access::Authenticated,
        [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
            const auto id = util::parseId(request.params.value(QStringLiteral("id")));
            if (!id)
                co_return HttpResponse::error(400, QStringLiteral("registration id must be a positive integer"));
            const std::optional<qint64> owner = ownerFilter(request);
            struct Result
            {
                int status = 200;
                QJsonObject json;
            };
            QFuture<DbOutcome<Result>> work = a->pool().run<Result>([id = *id, owner](PgConnection &c) {
                const PgResult r = c.exec(
                    "WITH target AS (SELECT r.id, r.checked_in, e.organizer_id FROM registrations r "
                    "                JOIN events e ON e.id = r.event_id WHERE r.id = $1), "
                    "done AS (UPDATE registrations SET checked_in = true, checked_in_at = now() WHERE id = $1 "
                    "         AND NOT checked_in AND ($2::bigint IS NULL OR $2 = (SELECT organizer_id FROM target)) "
                    "         RETURNING id) "
                    "SELECT t.organizer_id, t.checked_in, (SELECT count(*) FROM done) FROM target t",
                    PgParams() << id << owner);
                if (r.rows() == 0)
                    return Result{404, {}};
                if (owner && r.int64(0, 0) != *owner)
                    return Result{403, {}};
                const bool already = r.boolean(0, 1);
                return Result{200,
                              QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("checkedIn"), true},
                                          {QStringLiteral("alreadyCheckedIn"), already}}};
            });
            const DbOutcome<Result> result = co_await work;
            if (!result.ok())
                co_return databaseError(*result.error);
            if (result.value->status == 404)
                co_return HttpResponse::error(404, QStringLiteral("no registration %1").arg(*id));
            if (result.value->status == 403)
                co_return HttpResponse::error(
                    403, QStringLiteral("registration %1 is for another organizer's event").arg(*id));
            co_return HttpResponse::json(result.value->json);
        });

    // Seed 000's createRegistrationsBatch: batches of 100, each one transaction, duplicates skipped. A batch that
    // would overfill the event is refused whole and stops the import; the answer says what went in.
    http.route(
        "POST", QStringLiteral("/events/:id/registrations/batch"), Access::Authenticated,
        [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
            HttpResponse refusal;
            const auto id = eventIdParam(request, &refusal);
            if (!id)
                co_return refusal;
            HttpResponse bad;
            const auto body = util::jsonBody(request, &bad);
            if (!body)
                co_return bad;
            const QJsonArray items = body->value(u"registrations").toArray();
            if (items.isEmpty() || items.size() > 5000)
                co_return HttpResponse::error(400, QStringLiteral("registrations must hold 1 to 5000 entries"));
            QJsonArray rows;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject o = items[i].toObject();
                const QString name = o.value(u"fullName").toString().trimmed();
                const QString email = o.value(u"email").toString().trimmed().toLower();
                if (name.isEmpty() || name.size() > 200 || !util::isValidEmail(email))
                    co_return HttpResponse::error(
                        400, QStringLiteral("entry %1 needs a fullName (1-200 characters) and a valid email").arg(i));
                rows.append(QJsonObject{{QStringLiteral("full_name"), name}, {QStringLiteral("email"), email}});
            }
            const std::optional<qint64> owner = ownerFilter(request);
            struct Result
            {
                int status = 200;
                qint64 created = 0, duplicates = 0;
                int batches = 0;
                QString stopped;
            };
            QFuture<DbOutcome<Result>> work = a->pool().run<Result>([id = *id, rows, owner](PgConnection &c) {
                if (const int status = eventAccess(c, id, owner); status != 200)
                    return Result{status, 0, 0, 0, {}};
                Result result;
                for (qsizetype start = 0; start < rows.size(); start += 100) {
                    QJsonArray batch;
                    for (qsizetype k = start; k < std::min<qsizetype>(start + 100, rows.size()); ++k)
                        batch.append(rows[k]);
                    PgTransaction tx(c);
                    const PgResult inserted = c.exec(
                        "INSERT INTO registrations (event_id, full_name, email, qr_code) "
                        "SELECT $1, x.full_name, x.email, md5(random()::text || clock_timestamp()::text || x.email) "
                        "FROM json_to_recordset($2::json) AS x(full_name text, email text) "
                        "ON CONFLICT (event_id, email) DO NOTHING RETURNING id",
                        PgParams() << id << QJsonDocument(batch).toJson(QJsonDocument::Compact));
                    const int n = inserted.rows();
                    const PgResult seats =
                        c.exec("UPDATE events SET registration_count = registration_count + $2, updated_at = now() "
                               "WHERE id = $1 AND is_active AND status = 'published' "
                               "AND registration_count + $2 <= max_capacity RETURNING price::text",
                               PgParams() << id << n);
                    if (seats.rows() == 0) {
                        result.stopped = QStringLiteral("batch %1 would overfill the event or it is not open")
                                             .arg(result.batches + 1);
                        break; // rolls this batch back
                    }
                    if (seats.real(0, 0) > 0 && n > 0)
                        c.exec(
                            "INSERT INTO transactions (registration_id, amount, payment_status) "
                            "SELECT r, $2::numeric, 'PENDING' FROM unnest($1::bigint[]) AS r",
                            PgParams() << [&]() -> QByteArray {
                                QByteArray ids = "{";
                                for (int k = 0; k < n; ++k)
                                    ids += (k ? "," : "") + inserted.bytes(k, 0);
                                return ids + "}";
                            }() << seats.text(0, 0));
                    tx.commit();
                    ++result.batches;
                    result.created += n;
                    result.duplicates += batch.size() - n;
                }
                return result;
            });
            const DbOutcome<Result> result = co_await work;
            if (!result.ok())
                co_return databaseError(*result.error);
            if (auto denied = eventAccessError(result.value->status, *id))
                co_return *denied;
            a->cache().invalidateKeys({QStringLiteral("event:%1").arg(*id), QStringLiteral("events:upcoming")});
            QJsonObject answer{{QStringLiteral("created"), result.value->created},
                               {QStringLiteral("skippedDuplicates"), result.value->duplicates},
                               {QStringLiteral("batches"), result.value->batches}};
            if (!result.value->stopped.isEmpty()) {
                answer.insert(QStringLiteral("stopped"), result.value->stopped);
                co_return HttpResponse::json(answer, 409);
            }
            co_return HttpResponse::json(answer, 201);
        });

    // One statement, one transaction (register_attendee, schema migration 2): take a seat with a guarded counter
    // update (the row lock orders concurrent registrations; the WHERE refuses a full event), insert, record the
    // payment; a duplicate e-mail gives the seat back.
    http.route(
        "POST", QStringLiteral("/events/:id/registrations"), Access::Public,
        [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
            HttpResponse refusal;
            const auto id = eventIdParam(request, &refusal);
            if (!id)
                co_return refusal;
            HttpResponse bad;
            const auto body = util::jsonBody(request, &bad);
            if (!body)
                co_return bad;
            const QString fullName = body->value(u"fullName").toString().trimmed();
            const QString email = body->value(u"email").toString().trimmed().toLower();
            if (fullName.isEmpty() || fullName.size() > 200)
                co_return HttpResponse::error(400, QStringLiteral("fullName must have 1 to 200 characters"));
            if (!util::isValidEmail(email))
                co_return HttpResponse::error(400, QStringLiteral("email is not a valid address"));
            const QString qr = newQrCode();
            QFuture<DbOutcome<Registration>> work = a->pool().run<Registration>([id = *id, fullName, email,
                                                                                 qr](PgConnection &c) {
                const PgResult r = c.exec(
                    "SELECT outcome, registration_id, created_at, price::text FROM register_attendee($1, $2, $3, $4)",
                    PgParams() << id << fullName << email << qr);
                const QByteArray outcome = r.bytes(0, 0);
                if (outcome == "not_found")
                    return Registration{RegisterResult::NotFound, {}};
                if (outcome == "full")
                    return Registration{RegisterResult::Full, {}};
                if (outcome == "not_open")
                    return Registration{RegisterResult::NotOpen, {}};
                if (outcome == "duplicate")
                    return Registration{RegisterResult::Duplicate, {}};
                const double price = r.real(0, 3);
                return Registration{RegisterResult::Created,
                                    QJsonObject{{QStringLiteral("id"), r.int64(0, 1)},
                                                {QStringLiteral("eventId"), id},
                                                {QStringLiteral("fullName"), fullName},
                                                {QStringLiteral("email"), email},
                                                {QStringLiteral("createdAt"), r.text(0, 2)},
                                                {QStringLiteral("checkedIn"), false},
                                                {QStringLiteral("qrCode"), qr},
                                                {QStringLiteral("paymentStatus"),
                                                 price > 0 ? QStringLiteral("PENDING") : QStringLiteral("FREE")}}};
            });
            const DbOutcome<Registration> outcome = co_await work;
            if (!outcome.ok())
                co_return databaseError(*outcome.error);
            switch (outcome.value->result) {
            case RegisterResult::Created:
                // Seed 000's invalidateEventCaches: the event's own entry and the upcoming list, everywhere.
                a->cache().invalidateKeys({QStringLiteral("event:%1").arg(*id), QStringLiteral("events:upcoming")});
                co_return HttpResponse::json(outcome.value->json, 201);
            case RegisterResult::NotFound:
                co_return HttpResponse::error(404, QStringLiteral("no event %1").arg(*id));
            case RegisterResult::NotOpen:
                co_return HttpResponse::error(409, QStringLiteral("event %1 is not open for registration").arg(*id));
            case RegisterResult::Full:
                co_return HttpResponse::error(409, QStringLiteral("event %1 is full").arg(*id));
            case RegisterResult::Duplicate:
                // Says nothing about whether the address attends: no "already registered", no conflict status.
                // The registration that exists stands and nothing of it (id, QR code) is handed out here.
                co_return HttpResponse::json(QJsonObject{{QStringLiteral("eventId"), *id},
                                                         {QStringLiteral("status"), QStringLiteral("received")}},
                                             202);
            }
            co_return HttpResponse::error(500, QStringLiteral("unexpected registration result"));
        });
}

} // namespace eventsd
