#include "eventscontroller.h"

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
    , m_reportTimer(new QTimer(this))
{
    // Statistics are cached 60 s by eventsd: refresh every 30 s while the page is shown, and as soon as the
    // session has a working backend (the first tick logs in).
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_page && m_page->isVisible())
            refresh();
    });
    m_timer->start();
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
    m_reportTimer->setInterval(2000);
    connect(m_reportTimer, &QTimer::timeout, this, [this] { followReport(); });
    page->setReportsOffered(!session->clients().isEmpty(),
                            tr("Reports are built by the backend: this profile has none."));
    connect(page, &EventsPage::reportRequested, this, [this](qint64 eventId) { requestReport(eventId); });
    connect(page, &EventsPage::reportDownloadRequested, this,
            [this](qint64 eventId, qint64 reportId, const QString &file, bool bom) {
                startExport(eventId, file, bom, reportId);
            });
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
    QPointer<EventsSource> source(m_session->events());
    if (!source) {
        m_page->setEventsError(tr("This profile has neither a backend nor a database to read events from."));
        co_return;
    }
    m_refreshing = true;
    QCoro::Task<EventsSource::Events> querying = source->statistics();
    const EventsSource::Events stats = co_await querying;
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
}

QCoro::Task<> EventsController::fetchRegistrations(RegistrationsModel::Query query, QString cursor)
{
    if (!m_session || !m_page || !m_session->events())
        co_return;
    QPointer<EventsController> self(this);
    QCoro::Task<EventsSource::Registrations> querying =
        m_session->events()->registrations(query.eventId, query.search, cursor);
    const EventsSource::Registrations rows = co_await querying;
    if (!self || !m_page)
        co_return;
    if (rows.error.isEmpty())
        m_page->registrations()->appendPage(query, rows.page);
    else
        m_page->registrations()->pageFailed(query, rows.error);
}

QCoro::Task<> EventsController::fetchSummary(qint64 eventId)
{
    if (!m_session || !m_page || eventId <= 0 || !m_session->events())
        co_return;
    QPointer<EventsController> self(this);
    QCoro::Task<EventsSource::Summary> querying = m_session->events()->summary(eventId);
    const EventsSource::Summary summary = co_await querying;
    if (!self || !m_page)
        co_return;
    if (summary.error.isEmpty())
        m_page->setSummary(summary.summary);
    else
        m_page->setSummaryError(eventId, summary.error);
}

QCoro::Task<> EventsController::requestReport(qint64 eventId)
{
    BackendClient *client = m_session ? m_session->clients().value(0) : nullptr;
    if (!client || !m_page)
        co_return;
    QPointer<EventsController> self(this);
    QCoro::Task<BackendReply<ReportStatus>> asking = client->requestReport(eventId);
    const BackendReply<ReportStatus> reply = co_await asking;
    if (!self || !m_page)
        co_return;
    if (reply.notOffered) {
        m_page->setReportsOffered(false, tr("Not offered by this backend (an eventsd extension; it answers 404)."));
        m_page->setReport(eventId, std::nullopt, tr("not offered by this backend"));
        co_return;
    }
    m_page->setReport(eventId, reply.value, reply.error);
    if (!reply)
        co_return;
    m_reportEvent = eventId;
    m_reportId = reply.value->id;
    m_reportTimer->start();
}

QCoro::Task<> EventsController::followReport()
{
    BackendClient *client = m_session ? m_session->clients().value(0) : nullptr;
    if (!client || !m_page || m_reportId <= 0) {
        m_reportTimer->stop();
        co_return;
    }
    if (m_following)
        co_return;
    m_following = true;
    QPointer<EventsController> self(this);
    const qint64 eventId = m_reportEvent;
    QCoro::Task<BackendReply<ReportStatus>> reading = client->report(eventId, m_reportId);
    const BackendReply<ReportStatus> reply = co_await reading;
    if (!self)
        co_return;
    m_following = false;
    if (!m_page || !reply)
        co_return; // a failed read is tried again on the next turn
    m_page->setReport(eventId, reply.value, {});
    if (reply.value->state == ReportStatus::State::Ready || reply.value->state == ReportStatus::State::Failed)
        m_reportTimer->stop();
}

QCoro::Task<> EventsController::startExport(qint64 eventId, QString file, bool bom, std::optional<qint64> reportId)
{
    if (m_export || !m_session || !m_page)
        co_return;
    QPointer<EventsController> self(this);
    RegistrationExport::Options options;
    options.eventId = eventId;
    options.file = file;
    options.bom = bom;
    if (!m_session->events())
        co_return;
    options.source = m_session->events()->exportSource();
    options.reportId = reportId;
    if (reportId && !options.source.backend) { // a report comes from the backend only
        m_page->exportFinished(false, tr("Reports are built by the backend: this profile has none."));
        co_return;
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
