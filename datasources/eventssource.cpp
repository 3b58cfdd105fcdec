#include "eventssource.h"

#include "backendclient.h"
#include "eventsdatabase.h"
#include "registrationexport.h"

#include <QHash>
#include <QPointer>

namespace opsdash {

namespace {

/// Events from the backend's API (seed 000); an event's summary from `fallback` when the backend lacks it.
class BackendEvents : public EventsSource
{
public:
    BackendEvents(BackendClient *client, EventsDatabase *fallback, QObject *parent)
        : EventsSource(parent)
        , m_client(client)
        , m_fallback(fallback)
    {
        if (m_fallback)
            m_fallback->setParent(this);
    }

    QCoro::Task<Events> statistics() override
    {
        Events out;
        QPointer<BackendClient> client(m_client);
        if (!client)
            co_return out;
        QCoro::Task<BackendReply<QList<EventStat>>> fetching = client->eventStatistics();
        BackendReply<QList<EventStat>> stats = co_await fetching;
        if (!stats) {
            out.error = stats.error;
            co_return out;
        }
        // Venue and status come from the events list, a keyset page at a time (at most 50 pages of 200).
        QHash<qint64, EventStat> listed;
        QString cursor;
        for (int page = 0; page < 50 && client; ++page) {
            QCoro::Task<BackendReply<CursorPage<EventStat>>> listing = client->eventsPage(cursor);
            const BackendReply<CursorPage<EventStat>> events = co_await listing;
            if (!events)
                break;
            for (const EventStat &e : events.value->items)
                listed.insert(e.id, e);
            if (!events.value->hasNextPage || events.value->nextCursor.isEmpty())
                break;
            cursor = events.value->nextCursor;
        }
        for (EventStat &e : *stats.value) {
            const auto it = listed.constFind(e.id);
            if (it != listed.cend()) {
                e.venue = it->venue;
                e.status = it->status;
            }
        }
        out.events = std::move(*stats.value);
        co_return out;
    }

    QCoro::Task<Registrations> registrations(qint64 eventId, QString search, QString cursor) override
    {
        // `search` is an eventsd extension: a backend without it sends every registration, and the page's own
        // filter still shows only the matches.
        QCoro::Task<BackendReply<CursorPage<RegistrationItem>>> fetching =
            m_client->registrationsPage({eventId, search, cursor});
        BackendReply<CursorPage<RegistrationItem>> page = co_await fetching;
        Registrations out;
        if (page)
            out.page = std::move(*page.value);
        else
            out.error = page.error;
        co_return out;
    }

    QCoro::Task<Summary> summary(qint64 eventId) override
    {
        QPointer<BackendEvents> self(this);
        QCoro::Task<BackendReply<EventSummary>> fetching = m_client->eventSummary(eventId);
        const BackendReply<EventSummary> reply = co_await fetching;
        Summary out;
        if (reply) {
            out.summary = *reply.value;
            co_return out;
        }
        if (!reply.notOffered) {
            out.error = reply.error;
            co_return out;
        }
        if (!self || !m_fallback) {
            out.error = tr("This backend does not offer an event’s summary (an eventsd extension); a profile with a "
                           "database shows the figures from PostgreSQL.");
            co_return out;
        }
        QCoro::Task<Summary> querying = m_fallback->summary(eventId);
        co_return co_await querying;
    }

    RegistrationExportSource exportSource() const override { return {m_client->options(), std::nullopt}; }

private:
    QPointer<BackendClient> m_client;
    EventsDatabase *m_fallback;
};

} // namespace

EventsSource *EventsSource::make(BackendClient *backend, const std::optional<PgConnectionParams> &database,
                                 QObject *parent)
{
    EventsDatabase *db = database ? new EventsDatabase(*database) : nullptr;
    if (backend)
        return new BackendEvents(backend, db, parent);
    if (db)
        db->setParent(parent);
    return db;
}

} // namespace opsdash
