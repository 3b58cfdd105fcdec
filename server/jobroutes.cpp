// The queues for operators (/performance/queues: figures, troubled jobs, guarded actions) and the badge for
// organizers (GET /registrations/:id/badge.pdf).

#include "domainshared.h"
#include "jobs.h"
#include "util.h"

#include <QCoroFuture>

namespace eventsd {

using namespace domain;

namespace {

std::optional<JobQueue> queueParam(const HttpRequest &request, HttpResponse *error)
{
    const auto queue = jobQueueFromName(request.params.value(QStringLiteral("queue")));
    if (!queue)
        *error = HttpResponse::error(404, QStringLiteral("no such queue (email, badge-generation, report-generation)"));
    return queue;
}

HttpResponse redisDown()
{
    return HttpResponse::error(503, QStringLiteral("Redis is unavailable: queue figures cannot be read"));
}

/// GET /performance/queues
QCoro::Task<HttpResponse> queueFigures(EventsApp *a, const HttpRequest &)
{
    QJsonArray queues;
    for (const JobQueue q : allJobQueues) {
        QCoro::Task<std::optional<QueueFigures>> reading = a->jobs().figures(q);
        const std::optional<QueueFigures> figures = co_await reading;
        if (!figures)
            co_return redisDown();
        queues.append(figures->toJson());
    }
    co_return HttpResponse::json(QJsonObject{{QStringLiteral("queues"), queues}});
}

/// GET /performance/queues/:queue/jobs?limit=N — dead jobs and jobs waiting for a retry
QCoro::Task<HttpResponse> troubledJobs(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto queue = queueParam(request, &bad);
    if (!queue)
        co_return bad;
    bool ok = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 500)
        co_return HttpResponse::error(400, QStringLiteral("limit must be 1 to 500"));
    QCoro::Task<std::optional<QJsonObject>> reading = a->jobs().troubled(*queue, limit);
    const std::optional<QJsonObject> jobs = co_await reading;
    if (!jobs)
        co_return redisDown();
    co_return HttpResponse::json(*jobs);
}

/// POST /performance/queues/:queue/retry — body {"entryId": "…"} for one dead job, empty for all
QCoro::Task<HttpResponse> retryDead(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto queue = queueParam(request, &bad);
    if (!queue)
        co_return bad;
    QByteArray entryId;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = util::jsonBody(request, &bad);
        if (!body)
            co_return bad;
        entryId = body->value(u"entryId").toString().toLatin1();
        static const QRegularExpression entryPattern(QStringLiteral("^\\d{1,20}-\\d{1,20}$"));
        if (!entryPattern.match(QString::fromLatin1(entryId)).hasMatch())
            co_return HttpResponse::error(400,
                                          QStringLiteral("entryId must be a stream entry id like 1700000000000-0"));
    }
    QCoro::Task<qint64> retrying = a->jobs().retryDead(*queue, entryId);
    const qint64 retried = co_await retrying;
    if (retried < 0)
        co_return redisDown();
    if (!entryId.isEmpty() && retried == 0)
        co_return HttpResponse::error(404, QStringLiteral("no dead job %1").arg(QString::fromLatin1(entryId)));
    co_return HttpResponse::json(QJsonObject{{QStringLiteral("queue"), QString::fromLatin1(jobQueueName(*queue))},
                                             {QStringLiteral("retried"), retried}});
}

/// POST /performance/queues/:queue/purge-dead
QCoro::Task<HttpResponse> purgeDead(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto queue = queueParam(request, &bad);
    if (!queue)
        co_return bad;
    QCoro::Task<qint64> purging = a->jobs().purgeDead(*queue);
    const qint64 purged = co_await purging;
    if (purged < 0)
        co_return redisDown();
    co_return HttpResponse::json(QJsonObject{{QStringLiteral("queue"), QString::fromLatin1(jobQueueName(*queue))},
                                             {QStringLiteral("purged"), purged}});
}

QCoro::Task<HttpResponse> setPaused(EventsApp *a, const HttpRequest &request, bool paused)
{
    HttpResponse bad;
    const auto queue = queueParam(request, &bad);
    if (!queue)
        co_return bad;
    QCoro::Task<bool> setting = a->jobs().setPaused(*queue, paused);
    if (!co_await setting)
        co_return redisDown();
    co_return HttpResponse::json(QJsonObject{{QStringLiteral("queue"), QString::fromLatin1(jobQueueName(*queue))},
                                             {QStringLiteral("paused"), paused}});
}

/// POST /performance/queues/:queue/pause
QCoro::Task<HttpResponse> pauseQueue(EventsApp *a, const HttpRequest &request)
{
    return setPaused(a, request, true);
}

/// POST /performance/queues/:queue/resume
QCoro::Task<HttpResponse> resumeQueue(EventsApp *a, const HttpRequest &request)
{
    return setPaused(a, request, false);
}

/// GET /registrations/:id/badge.pdf — for the event's organizer, operators and admins
QCoro::Task<HttpResponse> badge(EventsApp *a, const HttpRequest &request)
{
    const auto id = util::parseId(request.params.value(QStringLiteral("id")));
    if (!id)
        co_return HttpResponse::error(400, QStringLiteral("registration id must be a positive integer"));
    const std::optional<qint64> owner = ownerFilter(request);
    struct Found
    {
        int status = 200;
        QByteArray pdf;
    };
    QFuture<DbOutcome<Found>> reading = a->pool().run<Found>(request.cost, [id = *id, owner](pg::Connection &c) {
        const pg::Result r = c.exec("SELECT e.organizer_id, b.pdf FROM registrations r JOIN events e ON e.id = "
                                    "r.event_id LEFT JOIN registration_badges b ON b.registration_id = r.id "
                                    "WHERE r.id = $1",
                                    pg::Params() << id);
        if (r.rows() == 0)
            return Found{404, {}};
        if (owner && r.int64(0, 0) != *owner)
            return Found{403, {}};
        if (r.isNull(0, 1))
            return Found{409, {}};
        return Found{200, QByteArray::fromHex(r.bytes(0, 1).mid(2))};
    });
    const DbOutcome<Found> found = co_await reading;
    if (!found.ok())
        co_return databaseError(*found.error);
    switch (found.value->status) {
    case 404:
        co_return HttpResponse::error(404, QStringLiteral("no registration %1").arg(*id));
    case 403:
        co_return HttpResponse::error(403, QStringLiteral("registration %1 is for another organizer's event").arg(*id));
    case 409:
        co_return HttpResponse::error(409, QStringLiteral("the badge of registration %1 is not generated yet").arg(*id))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2"));
    default:
        break;
    }
    HttpResponse response{200, QByteArrayLiteral("application/pdf"), found.value->pdf, {}};
    QByteArray disposition = "inline; filename=\"badge-";
    disposition.append(QByteArray::number(*id)).append(".pdf\"");
    response.withHeader(QByteArrayLiteral("Content-Disposition"), disposition);
    response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store"));
    co_return response;
}

} // namespace

void addJobRoutes(EventsApp &app)
{
    addRoute(app, "GET", QStringLiteral("/performance/queues"), Access::Operator, queueFigures);
    addRoute(app, "GET", QStringLiteral("/performance/queues/:queue/jobs"), Access::Operator, troubledJobs);
    addRoute(app, "POST", QStringLiteral("/performance/queues/:queue/retry"), Access::Operator, retryDead);
    addRoute(app, "POST", QStringLiteral("/performance/queues/:queue/purge-dead"), Access::Operator, purgeDead);
    addRoute(app, "POST", QStringLiteral("/performance/queues/:queue/pause"), Access::Operator, pauseQueue);
    addRoute(app, "POST", QStringLiteral("/performance/queues/:queue/resume"), Access::Operator, resumeQueue);
    addRoute(app, "GET", QStringLiteral("/registrations/:id/badge.pdf"), Access::Authenticated, badge);
}

} // namespace eventsd
