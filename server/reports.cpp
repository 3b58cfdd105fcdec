// Seed 000's report-generation: an organizer asks for an event's registrations report, the report queue builds
// it (the export's COPY, gzipped, stored in event_reports), the organizer polls its status and downloads it.

#include "domainshared.h"
#include "jobhandlers.h"
#include "registrationsql.h"
#include "util.h"

#include "gzip.h"

#include <QCoroFuture>
#include <QJsonDocument>

namespace eventsd {

using namespace domain;

namespace {

constexpr qsizetype kPiece = 256 * 1024;

QByteArray reportColumns()
{
    return "r.id, r.event_id, r.status, r.row_count, r.bytes, octet_length(r.content), r.error, " +
        util::iso("r.created_at") + ", " + util::iso("r.finished_at");
}

QJsonObject reportJson(const pg::Result &r, int row)
{
    auto number = [&](int column) { return r.isNull(row, column) ? QJsonValue() : QJsonValue(r.int64(row, column)); };
    return {{QStringLiteral("id"), r.int64(row, 0)},
            {QStringLiteral("eventId"), r.int64(row, 1)},
            {QStringLiteral("status"), r.text(row, 2)},
            {QStringLiteral("rows"), number(3)},
            {QStringLiteral("bytes"), number(4)},
            {QStringLiteral("gzipBytes"), number(5)},
            {QStringLiteral("error"), r.isNull(row, 6) ? QJsonValue() : QJsonValue(r.text(row, 6))},
            {QStringLiteral("createdAt"), r.text(row, 7)},
            {QStringLiteral("finishedAt"), r.isNull(row, 8) ? QJsonValue() : QJsonValue(r.text(row, 8))}};
}

struct Lookup
{
    int status = 200;
    QJsonValue json;
    bool created = false;
};

/// POST /events/:id/reports — one report at a time per event: while one is queued or running, asking again
/// answers that one (200) instead of queueing another.
QCoro::Task<HttpResponse> requestReport(EventsApp *a, const HttpRequest &request)
{
    HttpResponse refusal;
    const auto id = eventIdParam(request, &refusal);
    if (!id)
        co_return refusal;
    const std::optional<qint64> owner = ownerFilter(request);
    const qint64 requester = request.claims ? request.claims->userId : 0;
    QFuture<DbOutcome<Lookup>> work =
        a->pool().run<Lookup>(request.cost, [id = *id, owner, requester](pg::Connection &c) {
            if (const int status = eventAccess(c, id, owner); status != 200)
                return Lookup{status, {}, false};
            pg::Transaction tx(c);
            c.exec("SELECT pg_advisory_xact_lock(hashtext('event_reports'), $1::int)",
                   pg::Params() << int(id % 2147483647));
            const QByteArray columns = reportColumns();
            pg::Result r = c.exec("SELECT " + columns +
                                      " FROM event_reports r WHERE r.event_id = $1 AND r.status IN "
                                      "('queued', 'running') ORDER BY r.id DESC LIMIT 1",
                                  pg::Params() << id);
            bool created = false;
            if (r.rows() == 0) {
                r = c.exec(
                    "INSERT INTO event_reports AS r (event_id, requested_by) VALUES ($1, nullif($2, 0)) RETURNING " +
                        columns,
                    pg::Params() << id << requester);
                created = true;
            }
            tx.commit();
            return Lookup{200, reportJson(r, 0), created};
        });
    const DbOutcome<Lookup> result = co_await work;
    if (!result.ok())
        co_return databaseError(*result.error);
    if (auto denied = eventAccessError(result.value->status, *id))
        co_return *denied;
    const QJsonObject report = result.value->json.toObject();
    if (result.value->created) {
        const qint64 reportId = qint64(report.value(u"id").toDouble());
        QByteArray jobId = "report-";
        jobId.append(QByteArray::number(reportId));
        QCoro::Task<bool> queueing =
            a->jobs().enqueue(JobQueue::Report, jobId, {{QStringLiteral("reportId"), reportId}},
                              a->config().jobs.of(JobQueue::Report).delayMs);
        if (!co_await queueing)
            co_return HttpResponse::error(503, QStringLiteral("the job queue is unavailable; try again shortly"));
        co_return HttpResponse::json(report, 202);
    }
    co_return HttpResponse::json(report, 200);
}

/// GET /events/:id/reports (the newest 20) and GET /events/:id/reports/:report
QCoro::Task<HttpResponse> showReports(EventsApp *a, const HttpRequest &request)
{
    HttpResponse refusal;
    const auto id = eventIdParam(request, &refusal);
    if (!id)
        co_return refusal;
    const QString reportParam = request.params.value(QStringLiteral("report"));
    const std::optional<qint64> reportId = util::parseId(reportParam);
    if (!reportParam.isEmpty() && !reportId)
        co_return HttpResponse::error(400, QStringLiteral("report id must be a positive integer"));
    const std::optional<qint64> owner = ownerFilter(request);
    QFuture<DbOutcome<Lookup>> work =
        a->pool().run<Lookup>(request.cost, [id = *id, owner, reportId](pg::Connection &c) {
            if (const int status = eventAccess(c, id, owner); status != 200)
                return Lookup{status, {}, false};
            const pg::Result r = c.exec("SELECT " + reportColumns() +
                                            " FROM event_reports r WHERE r.event_id = $1 AND ($2::bigint IS NULL OR "
                                            "r.id = $2) ORDER BY r.id DESC LIMIT 20",
                                        pg::Params() << id << reportId);
            if (reportId)
                return r.rows() ? Lookup{200, reportJson(r, 0), false} : Lookup{410, {}, false};
            QJsonArray items;
            for (int i = 0; i < r.rows(); ++i)
                items.append(reportJson(r, i));
            return Lookup{200, QJsonObject{{QStringLiteral("items"), items}}, false};
        });
    const DbOutcome<Lookup> result = co_await work;
    if (!result.ok())
        co_return databaseError(*result.error);
    if (result.value->status == 410)
        co_return HttpResponse::error(404, QStringLiteral("no report %1 for event %2").arg(*reportId).arg(*id));
    if (auto denied = eventAccessError(result.value->status, *id))
        co_return *denied;
    co_return HttpResponse::json(result.value->json.toObject());
}

/// GET /events/:id/reports/:report/file — the CSV: as stored (gzip) to a client that takes gzip, unpacked piece
/// by piece to one that does not.
QCoro::Task<HttpResponse> downloadReport(EventsApp *a, const HttpRequest &request, HttpStream &stream)
{
    HttpResponse refusal;
    const auto id = eventIdParam(request, &refusal);
    if (!id)
        co_return refusal;
    const auto reportId = util::parseId(request.params.value(QStringLiteral("report")));
    if (!reportId)
        co_return HttpResponse::error(400, QStringLiteral("report id must be a positive integer"));
    const std::optional<qint64> owner = ownerFilter(request);
    struct File
    {
        int status = 200;
        QByteArray gzip;
        qint64 rows = 0;
    };
    QFuture<DbOutcome<File>> reading =
        a->pool().run<File>(request.cost, [id = *id, owner, reportId = *reportId](pg::Connection &c) {
            if (const int status = eventAccess(c, id, owner); status != 200)
                return File{status, {}, 0};
            const pg::Result r = c.exec("SELECT status, content, row_count FROM event_reports WHERE id = $1 AND "
                                        "event_id = $2",
                                        pg::Params() << reportId << id);
            if (r.rows() == 0)
                return File{410, {}, 0};
            if (r.bytes(0, 0) != "ready")
                return File{409, {}, 0};
            return File{200, QByteArray::fromHex(r.bytes(0, 1).mid(2)), r.int64(0, 2)};
        });
    const DbOutcome<File> file = co_await reading;
    if (!file.ok())
        co_return databaseError(*file.error);
    if (file.value->status == 410)
        co_return HttpResponse::error(404, QStringLiteral("no report %1 for event %2").arg(*reportId).arg(*id));
    if (file.value->status == 409)
        co_return HttpResponse::error(409, QStringLiteral("report %1 is not ready").arg(*reportId));
    if (auto denied = eventAccessError(file.value->status, *id))
        co_return *denied;
    QByteArray disposition = "attachment; filename=\"event-";
    disposition.append(QByteArray::number(*id)).append("-report-").append(QByteArray::number(*reportId));
    disposition.append(".csv\"");
    const bool asStored = stream.gzipOffered();
    stream.begin(200,
                 {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/csv; charset=utf-8")},
                  {QByteArrayLiteral("Content-Disposition"), disposition},
                  {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store")},
                  {QByteArrayLiteral("X-Expected-Rows"), QByteArray::number(file.value->rows)}},
                 asStored ? HttpStream::Body::Gzip : HttpStream::Body::Identity);
    const QByteArray &gz = file.value->gzip;
    opsdash::gzip::Decoder decoder;
    for (qsizetype at = 0; at < gz.size(); at += kPiece) {
        QByteArray piece = gz.mid(at, kPiece);
        if (!asStored) {
            QByteArray plain;
            decoder.push(piece, [&plain](QByteArrayView out) {
                plain.append(out);
                return true;
            });
            piece = std::move(plain);
        }
        QCoro::Task<bool> writing = stream.write(std::move(piece));
        if (!co_await writing)
            co_return HttpResponse{200, {}, {}, {}};
    }
    co_return HttpResponse{200, {}, {}, {}};
}

} // namespace

QCoro::Task<JobResult> generateReport(EventsApp *a, Job job)
{
    const qint64 reportId = qint64(job.data.value(u"reportId").toDouble());
    struct Built
    {
        bool found = true;
        qint64 rows = 0, bytes = 0;
    };
    QFuture<DbOutcome<Built>> building = a->pool().run<Built>([reportId](pg::Connection &c) {
        const pg::Result started =
            c.exec("UPDATE event_reports SET status = 'running', error = NULL WHERE id = $1 RETURNING event_id",
                   pg::Params() << reportId);
        if (started.rows() == 0)
            return Built{false, 0, 0};
        opsdash::gzip::Encoder encoder;
        QByteArray gz;
        qint64 bytes = 0;
        const pg::CopyOutcome copied =
            c.copyOut(opsdash::sql::registrationsCopy(started.int64(0, 0)), [&](const char *data, int n) {
                bytes += n;
                gz.append(encoder.push(QByteArrayView(data, n)));
                return true;
            });
        gz.append(encoder.finish());
        QByteArray hex = "\\x";
        hex.append(gz.toHex());
        const qint64 rows = std::max<qint64>(0, copied.rows - 1);
        c.exec("UPDATE event_reports SET status = 'ready', content = $2::bytea, row_count = $3, bytes = $4, "
               "finished_at = now() WHERE id = $1",
               pg::Params() << reportId << hex << rows << bytes);
        return Built{true, rows, bytes};
    });
    const DbOutcome<Built> built = co_await building;
    if (!built.ok()) {
        const QString why = QStringLiteral("database: %1").arg(built.error->message());
        QFuture<DbOutcome<bool>> marking = a->pool().run<bool>([reportId, why](pg::Connection &c) {
            c.exec("UPDATE event_reports SET status = 'failed', error = $2, finished_at = now() WHERE id = $1",
                   pg::Params() << reportId << why);
            return true;
        });
        co_await marking;
        co_return JobResult::retry(why);
    }
    if (!built.value->found)
        co_return JobResult::permanent(QStringLiteral("report %1 no longer exists").arg(reportId));
    co_return JobResult::done();
}

void addReportRoutes(EventsApp &app)
{
    EventsApp *a = &app;
    addRoute(app, "POST", QStringLiteral("/events/:id/reports"), Access::Authenticated, requestReport);
    addRoute(app, "GET", QStringLiteral("/events/:id/reports"), Access::Authenticated, showReports);
    addRoute(app, "GET", QStringLiteral("/events/:id/reports/:report"), Access::Authenticated, showReports);
    app.server().routeStream(
        "GET", QStringLiteral("/events/:id/reports/:report/file"), Access::Authenticated,
        [a](const HttpRequest &request, HttpStream &stream) { return downloadReport(a, request, stream); });
}

} // namespace eventsd
