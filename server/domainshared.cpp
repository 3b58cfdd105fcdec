#include "domainshared.h"

#include "pg.h"
#include "util.h"

namespace eventsd::domain {

std::optional<qint64> ownerFilter(const HttpRequest &request)
{
    if (request.claims && request.claims->role == Role::Organizer)
        return request.claims->userId;
    return std::nullopt;
}

std::optional<qint64> eventIdParam(const HttpRequest &request, HttpResponse *error)
{
    const auto id = util::parseId(request.params.value(QStringLiteral("id")));
    if (!id)
        *error = HttpResponse::error(400, QStringLiteral("event id must be a positive integer"));
    return id;
}

std::optional<EventRequest> eventIdAndBody(const HttpRequest &request, HttpResponse *error)
{
    const auto id = eventIdParam(request, error);
    if (!id)
        return std::nullopt;
    const auto body = util::jsonBody(request, error);
    if (!body)
        return std::nullopt;
    return EventRequest{*id, *body};
}

std::optional<HttpResponse> eventAccessError(int status, qint64 id)
{
    if (status == 404)
        return HttpResponse::error(404, QStringLiteral("no event %1").arg(id));
    if (status == 403)
        return HttpResponse::error(403, QStringLiteral("event %1 belongs to another organizer").arg(id));
    return std::nullopt;
}

int eventAccess(pg::Connection &c, qint64 id, std::optional<qint64> owner)
{
    const pg::Result event = c.exec("SELECT organizer_id FROM events WHERE id = $1", pg::Params() << id);
    if (event.rows() == 0)
        return 404;
    return owner && event.int64(0, 0) != *owner ? 403 : 200;
}

} // namespace eventsd::domain
