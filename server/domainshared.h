#pragma once

// What the events and the registrations routes (eventroutes.cpp, registrationroutes.cpp) share: the keyset page,
// the caller's organizer filter, the event id of the path and the access check.

#include "eventsapp.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace pg {
class Connection;
}

namespace eventsd {

namespace domain {

/// A keyset page as seed 000 answers it.
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
std::optional<qint64> ownerFilter(const HttpRequest &request);
/// The `:id` path parameter as an event id, or nullopt with `error` set to a 400.
std::optional<qint64> eventIdParam(const HttpRequest &request, HttpResponse *error);
/// The `:id` path parameter and the request's JSON object body, or nullopt with `error` set to the 400.
struct EventRequest
{
    qint64 id = 0;
    QJsonObject body;
};
std::optional<EventRequest> eventIdAndBody(const HttpRequest &request, HttpResponse *error);
/// The answer for a lookup that found no such event (404) or another organizer's (403); nullopt otherwise.
std::optional<HttpResponse> eventAccessError(int status, qint64 id);
/// 200 when event `id` exists and, for an organizer (`owner` set), is theirs; 404 or 403 otherwise.
int eventAccess(pg::Connection &c, qint64 id, std::optional<qint64> owner);

} // namespace domain

} // namespace eventsd
