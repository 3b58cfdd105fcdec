#pragma once

#include "backendtypes.h"
#include "pgconnection.h"

#include <QObject>

#include <QCoroTask>

#include <optional>

namespace opsdash {

class BackendClient;
struct RegistrationExportSource;

/// Where the organizer view reads events and registrations from: the profile's backend, or its PostgreSQL database
/// when it has no backend. Chosen once, when the session starts (make()); the Events page's controller sees only
/// this interface. Results are values with a sentence for what went wrong (empty on success).
class EventsSource : public QObject
{
    Q_OBJECT

public:
    struct Events
    {
        QList<EventStat> events;
        QString error;
    };
    struct Registrations
    {
        CursorPage<RegistrationItem> page;
        QString error;
    };
    struct Summary
    {
        EventSummary summary;
        QString error;
    };

    using QObject::QObject;

    /// Seed 000's statistics for every event, with venue and status.
    virtual QCoro::Task<Events> statistics() = 0;
    /// Newest first, those whose name or e-mail contains `search` (empty: all); `cursor` is the nextCursor of the
    /// page before (empty: the first page).
    virtual QCoro::Task<Registrations> registrations(qint64 eventId, QString search, QString cursor) = 0;
    /// The event's registrations and check-ins per day and by payment status.
    virtual QCoro::Task<Summary> summary(qint64 eventId) = 0;
    /// Where an export reads from: the backend's URL and token, or the database.
    virtual RegistrationExportSource exportSource() const = 0;

    /// The backend's when there is one (its summary falls back to `database` when the backend lacks the summary
    /// extension), else the database's; nullptr when the profile has neither.
    static EventsSource *make(BackendClient *backend, const std::optional<PgConnectionParams> &database,
                              QObject *parent);
};

} // namespace opsdash
