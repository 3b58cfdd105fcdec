// Seed 000's and 001's registrations API: registrations in keyset pages, registering with a capacity check that
// holds under concurrency (one or a batch), check-in, and the streaming CSV export.

#include "chunkchannel.h"
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

enum class RegisterResult { Created, NotFound, NotOpen, Full, Duplicate };

struct Registration
{
    RegisterResult result = RegisterResult::Created;
    QJsonObject json;
};

/// Seed 000's "queue asynchronous tasks (don't wait)": the confirmation mail and the badge of a new registration.
/// Not awaited; a Redis that is down costs the jobs (logged), never the registration.
void enqueueWelcome(EventsApp *a, qint64 registrationId)
{
    const QJsonObject data{{QStringLiteral("registrationId"), registrationId}};
    const QByteArray id = QByteArray::number(registrationId);
    for (const auto &[queue, prefix] : {std::pair{JobQueue::Email, "confirmation-"}, {JobQueue::Badge, "badge-"}}) {
        QByteArray jobId = prefix;
        jobId.append(id);
        a->jobs().post(queue, jobId, data);
    }
}

QString newQrCode()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

/// Runs the COPY of an event's registrations and pushes the CSV into `channel` in 256 KiB chunks. Returns the
/// number of data rows. When the consumer cancels, the statement is cancelled on the server and drained so the
/// connection stays usable. Throws pg::Error.
qint64 copyRegistrationsCsv(pg::Connection &c, qint64 eventId, ChunkChannel &channel)
{
    constexpr qsizetype chunkSize = 256 * 1024;
    QByteArray chunk;
    chunk.reserve(chunkSize + 4096);
    // COPY takes no parameters; the id is a validated integer.
    const pg::CopyOutcome copied = c.copyOut(opsdash::sql::registrationsCopy(eventId), [&](const char *data, int n) {
        chunk.append(data, n);
        if (chunk.size() < chunkSize)
            return true;
        const bool wanted = channel.push(std::exchange(chunk, QByteArray()));
        chunk.reserve(chunkSize + 4096);
        return wanted;
    });
    if (!copied.stopped && !chunk.isEmpty())
        channel.push(std::move(chunk));
    return std::max<qint64>(0, copied.rows - 1);
}

// An event's registrations newest first, seed 000's cursor pagination (keyset on created_at, id; no OFFSET).
/// GET /events/:id/registrations
QCoro::Task<HttpResponse> listRegistrations(EventsApp *a, const HttpRequest &request)
{
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
    QFuture<DbOutcome<Result>> query =
        a->pool().run<Result>(request.cost, [id = *id, pageRequest = *pageRequest, owner, search](pg::Connection &c) {
            const int limit = pageRequest.limit;
            if (const int status = eventAccess(c, id, owner); status != 200)
                return Result{status, {}};
            pg::Params params;
            params << id << (limit + 1) << pageRequest.cursorTimestamp << pageRequest.cursorId << search;
            const pg::Result r = c.exec(
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
}

// Seed 000's streaming export, done with COPY: PostgreSQL writes the CSV, a pool worker hands it over in 256 KiB
// chunks through a bounded channel, and the response goes out chunked. Memory stays flat for any size; a client
// that leaves cancels the COPY on the server (PQcancel).
/// GET /events/:id/registrations.csv
QCoro::Task<HttpResponse> exportRegistrationsCsv(EventsApp *a, const HttpRequest &request, HttpStream &stream)
{
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
    QFuture<DbOutcome<Check>> checking = a->pool().run<Check>(request.cost, [id = *id, owner](pg::Connection &c) {
        const pg::Result r = c.exec("SELECT organizer_id, (SELECT count(*) FROM registrations WHERE event_id = "
                                    "$1) FROM events WHERE id = $1",
                                    pg::Params() << id);
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
    QFuture<DbOutcome<qint64>> copying = a->pool().run<qint64>(request.cost, [id = *id, channel](pg::Connection &c) {
        try {
            const qint64 rows = copyRegistrationsCsv(c, id, *channel);
            channel->finish();
            return rows;
        } catch (const pg::Error &e) {
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
}

// Check-in at the door: idempotent; organizers for their own events, operators for all.
/// POST /registrations/:id/check-in
QCoro::Task<HttpResponse> checkIn(EventsApp *a, const HttpRequest &request)
{
    const auto id = util::parseId(request.params.value(QStringLiteral("id")));
    if (!id)
        co_return HttpResponse::error(400, QStringLiteral("registration id must be a positive integer"));
    const std::optional<qint64> owner = ownerFilter(request);
    struct Result
    {
        int status = 200;
        QJsonObject json;
    };
    QFuture<DbOutcome<Result>> work = a->pool().run<Result>(request.cost, [id = *id, owner](pg::Connection &c) {
        const pg::Result r =
            c.exec("WITH target AS (SELECT r.id, r.checked_in, e.organizer_id FROM registrations r "
                   "                JOIN events e ON e.id = r.event_id WHERE r.id = $1), "
                   "done AS (UPDATE registrations SET checked_in = true, checked_in_at = now() WHERE id = $1 "
                   "         AND NOT checked_in AND ($2::bigint IS NULL OR $2 = (SELECT organizer_id FROM target)) "
                   "         RETURNING id) "
                   "SELECT t.organizer_id, t.checked_in, (SELECT count(*) FROM done) FROM target t",
                   pg::Params() << id << owner);
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
        co_return HttpResponse::error(403, QStringLiteral("registration %1 is for another organizer's event").arg(*id));
    co_return HttpResponse::json(result.value->json);
}

// Seed 000's createRegistrationsBatch: batches of 100, each one transaction, duplicates skipped. A batch that
// would overfill the event is refused whole and stops the import; the answer says what went in.
/// POST /events/:id/registrations/batch
QCoro::Task<HttpResponse> registerBatch(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto asked = eventIdAndBody(request, &bad);
    if (!asked)
        co_return bad;
    const qint64 id = asked->id;
    const QJsonObject &body = asked->body;
    const QJsonArray items = body.value(u"registrations").toArray();
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
        QList<qint64> ids;
    };
    QFuture<DbOutcome<Result>> work = a->pool().run<Result>(request.cost, [id = id, rows, owner](pg::Connection &c) {
        if (const int status = eventAccess(c, id, owner); status != 200)
            return Result{status, 0, 0, 0, {}, {}};
        Result result;
        for (qsizetype start = 0; start < rows.size(); start += 100) {
            QJsonArray batch;
            for (qsizetype k = start; k < std::min<qsizetype>(start + 100, rows.size()); ++k)
                batch.append(rows[k]);
            pg::Transaction tx(c);
            // Seats first, for the names not registered yet (take_seats() must not wait while this transaction
            // holds new e-mails another registration may be waiting on); the difference goes back after.
            const QByteArray rowsJson = QJsonDocument(batch).toJson(QJsonDocument::Compact);
            const pg::Result seats = c.exec(
                "WITH fresh AS (SELECT count(DISTINCT x.email) AS n FROM json_to_recordset($2::json) AS x(email text) "
                "WHERE NOT EXISTS (SELECT FROM registrations r WHERE r.event_id = $1 AND r.email = x.email)) "
                "SELECT e.price::text, fresh.n, take_seats(e.id, fresh.n::int) FROM events e, fresh "
                "WHERE e.id = $1 AND e.is_active AND e.status = 'published'",
                pg::Params() << id << rowsJson);
            const auto stop = [&] {
                result.stopped =
                    QStringLiteral("batch %1 would overfill the event or it is not open").arg(result.batches + 1);
            };
            if (seats.rows() == 0 || !seats.boolean(0, 2)) {
                stop();
                break; // rolls this batch back
            }
            const pg::Result inserted =
                c.exec("INSERT INTO registrations (event_id, full_name, email, qr_code, pay_amount) "
                       "SELECT $1, x.full_name, x.email, md5(random()::text || clock_timestamp()::text || x.email), "
                       "nullif($3::numeric, 0) FROM json_to_recordset($2::json) AS x(full_name text, email text) "
                       "ON CONFLICT (event_id, email) DO NOTHING RETURNING id",
                       pg::Params() << id << rowsJson << seats.text(0, 0));
            const int n = inserted.rows();
            const qint64 taken = seats.int64(0, 1);
            if (n < taken)
                c.exec("SELECT give_seats($1, $2)", pg::Params() << id << int(taken - n));
            else if (n > taken &&
                     !c.exec("SELECT take_seats($1, $2)", pg::Params() << id << int(n - taken)).boolean(0, 0)) {
                stop();
                break;
            }
            if (seats.real(0, 0) > 0 && n > 0)
                c.exec(
                    "INSERT INTO transactions (registration_id, amount, payment_status) "
                    "SELECT r, $2::numeric, 'PENDING' FROM unnest($1::bigint[]) AS r",
                    pg::Params() << [&]() -> QByteArray {
                        QByteArray ids = "{";
                        for (int k = 0; k < n; ++k)
                            ids += (k ? "," : "") + inserted.bytes(k, 0);
                        return ids + "}";
                    }() << seats.text(0, 0));
            tx.commit();
            for (int k = 0; k < n; ++k)
                result.ids.append(inserted.int64(k, 0));
            ++result.batches;
            result.created += n;
            result.duplicates += batch.size() - n;
        }
        return result;
    });
    const DbOutcome<Result> result = co_await work;
    if (!result.ok())
        co_return databaseError(*result.error);
    if (auto denied = eventAccessError(result.value->status, id))
        co_return *denied;
    a->cache().invalidateKeys({QStringLiteral("event:%1").arg(id), QStringLiteral("events:upcoming")});
    for (const qint64 registration : result.value->ids)
        enqueueWelcome(a, registration);
    QJsonObject answer{{QStringLiteral("created"), result.value->created},
                       {QStringLiteral("skippedDuplicates"), result.value->duplicates},
                       {QStringLiteral("batches"), result.value->batches}};
    if (!result.value->stopped.isEmpty()) {
        answer.insert(QStringLiteral("stopped"), result.value->stopped);
        co_return HttpResponse::json(answer, 409);
    }
    co_return HttpResponse::json(answer, 201);
}

// One statement, one transaction (register_attendee, schema migration 2): take a seat with a guarded counter
// update (the row lock orders concurrent registrations; the WHERE refuses a full event), insert, record the
// payment; a duplicate e-mail gives the seat back.
/// POST /events/:id/registrations
QCoro::Task<HttpResponse> registerAttendee(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto asked = eventIdAndBody(request, &bad);
    if (!asked)
        co_return bad;
    const qint64 id = asked->id;
    const QJsonObject &body = asked->body;
    const QString fullName = body.value(u"fullName").toString().trimmed();
    const QString email = body.value(u"email").toString().trimmed().toLower();
    if (fullName.isEmpty() || fullName.size() > 200)
        co_return HttpResponse::error(400, QStringLiteral("fullName must have 1 to 200 characters"));
    if (!util::isValidEmail(email))
        co_return HttpResponse::error(400, QStringLiteral("email is not a valid address"));
    const QString qr = newQrCode();
    QFuture<DbOutcome<Registration>> work =
        a->pool().run<Registration>(request.cost, [id = id, fullName, email, qr](pg::Connection &c) {
            const pg::Result r = c.exec(
                "SELECT outcome, registration_id, created_at, price::text FROM register_attendee($1, $2, $3, $4)",
                pg::Params() << id << fullName << email << qr);
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
        a->cache().invalidateKeys({QStringLiteral("event:%1").arg(id), QStringLiteral("events:upcoming")});
        enqueueWelcome(a, qint64(outcome.value->json.value(u"id").toDouble()));
        co_return HttpResponse::json(outcome.value->json, 201);
    case RegisterResult::NotFound:
        co_return HttpResponse::error(404, QStringLiteral("no event %1").arg(id));
    case RegisterResult::NotOpen:
        co_return HttpResponse::error(409, QStringLiteral("event %1 is not open for registration").arg(id));
    case RegisterResult::Full:
        co_return HttpResponse::error(409, QStringLiteral("event %1 is full").arg(id));
    case RegisterResult::Duplicate:
        // Says nothing about whether the address attends: no "already registered", no conflict status.
        // The registration that exists stands and nothing of it (id, QR code) is handed out here.
        co_return HttpResponse::json(
            QJsonObject{{QStringLiteral("eventId"), id}, {QStringLiteral("status"), QStringLiteral("received")}}, 202);
    }
    co_return HttpResponse::error(500, QStringLiteral("unexpected registration result"));
}

} // namespace

void addRegistrationRoutes(EventsApp &app)
{
    HttpServer &http = app.server();
    EventsApp *a = &app;

    addRoute(app, "GET", QStringLiteral("/events/:id/registrations"), Access::Authenticated, listRegistrations);
    http.routeStream(
        "GET", QStringLiteral("/events/:id/registrations.csv"), Access::Authenticated,
        [a](const HttpRequest &request, HttpStream &stream) { return exportRegistrationsCsv(a, request, stream); });
    addRoute(app, "POST", QStringLiteral("/registrations/:id/check-in"), Access::Authenticated, checkIn);
    addRoute(app, "POST", QStringLiteral("/events/:id/registrations/batch"), Access::Authenticated, registerBatch);
    addRoute(app, "POST", QStringLiteral("/events/:id/registrations"), Access::Public, registerAttendee);
}

} // namespace eventsd
