#include "eventscontroller.h"

#include "eventsdatabase.h"
#include "eventspage.h"
#include "registrationexport.h"
#include "session.h"

#include <QHash>

namespace opsdash {

EventsController::EventsController(Session *session, EventsPage *page, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_timer(new QTimer(this))
{
    // Statistics are cached 60 s by eventsd: refresh every 30 s while the page is shown, and as soon as the
    // session has a working backend (the first tick logs in).
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_page && m_page->isVisible())
            refresh();
    });
    m_timer->start();
    if (session->poller()->options().database)
        m_database = new EventsDatabase(*session->poller()->options().database, this);
    connect(session->dashboard(), &Dashboard::updated, this, [this] {
        if (!m_loaded && m_page && m_page->isVisible() && m_session &&
            (m_session->dashboard()->hasBackendData() || m_session->dashboard()->hasPgData()))
            refresh();
    });
    connect(page, &EventsPage::refreshRequested, this, [this] { refresh(); });
    connect(
        page->registrations(), &RegistrationsModel::fetchRequested, this,
        [this](const RegistrationsModel::Query &query, const QString &cursor) { fetchRegistrations(query, cursor); });
    connect(page, &EventsPage::summaryRequested, this, [this](qint64 eventId) { fetchSummary(eventId); });
    connect(page, &EventsPage::exportRequested, this,
            [this](qint64 eventId, const QString &file, bool bom) { startExport(eventId, file, bom); });
    connect(page, &EventsPage::exportCancelRequested, this, [this] {
        if (m_export)
            m_export->cancel();
    });
}

EventsController::~EventsController()
{
    if (m_export)
        m_export->cancel();
}

QCoro::Task<> EventsController::refresh()
{
    if (m_refreshing || !m_session || !m_page)
        co_return;
    QPointer<EventsController> self(this);
    const QList<BackendClient *> clients = m_session->poller()->clients();
    if (clients.isEmpty() && m_database) {
        m_refreshing = true;
        QCoro::Task<EventsDatabase::Statistics> querying = m_database->statistics();
        const EventsDatabase::Statistics stats = co_await querying;
        if (!self)
            co_return;
        m_refreshing = false;
        if (!m_page)
            co_return;
        if (!stats.error.isEmpty()) {
            m_page->setEventsError(tr("Event statistics: %1").arg(stats.error));
            co_return;
        }
        m_loaded = true;
        m_page->setEvents(stats.events);
        co_return;
    }
    if (clients.isEmpty()) {
        m_page->setEventsError(tr("This profile has neither a backend nor a database to read events from."));
        co_return;
    }
    m_refreshing = true;
    QPointer<BackendClient> client(clients.first());
    QCoro::Task<backend::Parsed<QList<EventStat>>> fetching =
        client->fetch(QStringLiteral("/events/statistics"), backend::parseEventStatistics);
    backend::Parsed<QList<EventStat>> stats = co_await fetching;
    if (!self || !m_page || !client) {
        if (self)
            m_refreshing = false;
        co_return;
    }
    if (!stats) {
        m_refreshing = false;
        m_page->setEventsError(tr("Event statistics: %1").arg(stats.error));
        co_return;
    }
    // Venue and status come from the events list, a keyset page at a time.
    QHash<qint64, EventStat> listed;
    QString cursor;
    for (int page = 0; page < 50; ++page) {
        const QString path = cursor.isEmpty() ? QStringLiteral("/events?limit=200")
                                              : QStringLiteral("/events?limit=200&cursor=%1").arg(cursor);
        QCoro::Task<backend::Parsed<CursorPage<EventStat>>> listing = client->fetch(path, backend::parseEventsPage);
        const auto events = co_await listing;
        if (!self || !client || !events)
            break;
        for (const EventStat &e : events.value->items)
            listed.insert(e.id, e);
        if (!events.value->hasNextPage || events.value->nextCursor.isEmpty())
            break;
        cursor = events.value->nextCursor;
    }
    if (!self)
        co_return;
    m_refreshing = false;
    for (EventStat &e : *stats.value) {
        const auto it = listed.constFind(e.id);
        if (it != listed.cend()) {
            e.venue = it->venue;
            e.status = it->status;
        }
    }
    m_loaded = true;
    if (m_page)
        m_page->setEvents(*stats.value);
}

QCoro::Task<> EventsController::fetchRegistrations(RegistrationsModel::Query query, QString cursor)
{
    if (!m_session || !m_page)
        co_return;
    QPointer<EventsController> self(this);
    if (m_session->poller()->clients().isEmpty()) {
        if (!m_database)
            co_return;
        QCoro::Task<EventsDatabase::Page> querying = m_database->registrations(query.eventId, query.search, cursor);
        const EventsDatabase::Page rows = co_await querying;
        if (!self || !m_page)
            co_return;
        if (rows.error.isEmpty())
            m_page->registrations()->appendPage(query, rows.page);
        else
            m_page->registrations()->pageFailed(query, rows.error);
        co_return;
    }
    // `q` is an eventsd extension: a backend without it sends every registration, and the page's own filter
    // still shows only the matches.
    QString path = QStringLiteral("/events/%1/registrations?limit=200").arg(query.eventId);
    if (!query.search.isEmpty())
        path += QStringLiteral("&q=") + QString::fromLatin1(QUrl::toPercentEncoding(query.search));
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    QCoro::Task<backend::Parsed<CursorPage<RegistrationItem>>> fetching =
        m_session->poller()->clients().first()->fetch(path, backend::parseRegistrationsPage);
    const auto page = co_await fetching;
    if (!self || !m_page)
        co_return;
    if (page)
        m_page->registrations()->appendPage(query, *page.value);
    else
        m_page->registrations()->pageFailed(query, page.error);
}

QCoro::Task<> EventsController::fetchSummary(qint64 eventId)
{
    if (!m_session || !m_page || eventId <= 0)
        co_return;
    QPointer<EventsController> self(this);
    const QList<BackendClient *> clients = m_session->poller()->clients();
    QString unavailable;
    if (!clients.isEmpty()) {
        QCoro::Task<BackendClient::Result> fetching =
            clients.first()->get(QStringLiteral("/events/%1/summary").arg(eventId));
        const BackendClient::Result result = co_await fetching;
        if (!self || !m_page)
            co_return;
        if (result.ok()) {
            const backend::Parsed<EventSummary> summary = backend::parseEventSummary(result.body);
            if (summary)
                m_page->setSummary(*summary.value);
            else
                m_page->setSummaryError(eventId, tr("/events/%1/summary: %2").arg(eventId).arg(summary.error));
            co_return;
        }
        if (!result.notOffered || result.body.contains("no event")) {
            m_page->setSummaryError(eventId, result.error);
            co_return;
        }
        unavailable = tr("This backend does not offer GET /events/:id/summary (an eventsd extension); a profile with "
                         "a database shows the figures from PostgreSQL.");
    }
    if (!m_database) {
        m_page->setSummaryError(eventId, unavailable);
        co_return;
    }
    QCoro::Task<EventsDatabase::Summary> querying = m_database->summary(eventId);
    const EventsDatabase::Summary summary = co_await querying;
    if (!self || !m_page)
        co_return;
    if (summary.error.isEmpty())
        m_page->setSummary(summary.summary);
    else
        m_page->setSummaryError(eventId, summary.error);
}

QCoro::Task<> EventsController::startExport(qint64 eventId, QString file, bool bom)
{
    if (m_export || !m_session || !m_page)
        co_return;
    QPointer<EventsController> self(this);
    RegistrationExport::Options options;
    options.eventId = eventId;
    options.file = file;
    options.bom = bom;
    const Poller::Options &source = m_session->poller()->options();
    if (!m_session->poller()->clients().isEmpty()) {
        BackendClient *client = m_session->poller()->clients().first();
        options.backendUrl = client->options().baseUrl;
        options.token = client->options().token;
    } else {
        options.database = source.database;
    }
    auto *exporter = new RegistrationExport(options, this);
    m_export = exporter;
    connect(exporter, &RegistrationExport::progressed, m_page, [this](const ExportProgress &p) {
        if (m_page)
            m_page->exportProgress(p.rows, p.expectedRows, p.megabytesPerSecond());
    });
    m_page->exportStarted(file);
    QCoro::Task<ExportResult> running = exporter->run();
    const ExportResult result = co_await running;
    if (!self)
        co_return;
    exporter->deleteLater();
    if (m_page)
        m_page->exportFinished(result.ok, result.ok ? tr("%1 → %2").arg(result.note, file) : result.error);
}

} // namespace opsdash
