#include "fleetcontroller.h"

#include "fleetpage.h"
#include "format.h"
#include "messagebar.h"
#include "session.h"
#include "tables.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace opsdash {

namespace {

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

TableRow rowOf(const FleetInstance &i)
{
    using namespace tables;
    const bool up = i.health == prom::TargetHealth::Up;
    const QString status = up                  ? FleetController::tr("up")
        : i.health == prom::TargetHealth::Down ? FleetController::tr("down")
                                               : FleetController::tr("unknown");
    TableRow row;
    row.key = i.instance;
    row.values = cells<FleetColumn, FleetColumnCount>(
        {{FleetInstanceName, i.instance},
         {FleetStatus, status},
         {FleetRequests, optional(i.requestsPerSecond)},
         {FleetServerErrors, optional(i.serverErrorRatio)},
         {FleetP95, optional(i.p95Ms)},
         {FleetHeap, optional(i.heapBytes)},
         {FleetHeapUsage, optional(i.heapUsage)},
         {FleetPoolWaiting, optional(i.poolWaiting)},
         {FleetVersion, i.version},
         {FleetLastScrape, i.lastScrapeMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(i.lastScrapeMs)) : QVariant()},
         {FleetMessage, i.scrapeError}});
    // Not scraped yet is not an outage: grey, not red.
    row.severity = i.health == prom::TargetHealth::Down      ? Severity::Critical
        : i.health == prom::TargetHealth::Unknown            ? Severity::NoData
        : (i.serverErrorRatio && *i.serverErrorRatio > 0.01) ? Severity::Warning
                                                             : Severity::Normal;
    return row;
}

} // namespace

FleetController::FleetController(Session *session, FleetPage *page, MessageBar *messages, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_messages(messages)
    , m_page(page)
    , m_timer(new QTimer(this))
{
    connect(page, &FleetPage::instanceChosen, this, &FleetController::narrowTo);
    if (!session->prometheus()) {
        page->setUnavailable(tr("This profile has no Prometheus: add its URL in the profile (or start with "
                                "--prometheus URL) to see every instance it scrapes."));
        return;
    }
    m_fleet = new PrometheusFleet(session->prometheus(), session->profile().prometheusJob, this);
    m_timer->setInterval(std::max(2000, session->profile().refreshMs));
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_page && m_page->isVisible())
            refresh();
    });
    m_timer->start();
    refresh();
}

void FleetController::narrowTo(const QString &instance)
{
    if (!m_session || !m_messages)
        return;
    if (!m_session->narrowTo(instance)) {
        m_messages->showMessage(
            tr("%1 is not one of this profile's backend URLs: add it to the profile to watch it here.").arg(instance),
            Severity::Warning, 10000);
        return;
    }
    Q_EMIT narrowed(instance);
    if (!instance.isEmpty())
        m_messages->showMessage(
            tr("The other pages show only %1 from now on (Fleet → All instances shows every one again).").arg(instance),
            Severity::Normal, 10000);
    else
        m_messages->showMessage(tr("The other pages show every instance again."), Severity::Normal, 6000);
}

QCoro::Task<> FleetController::refresh()
{
    if (m_busy || !m_fleet)
        co_return;
    m_busy = true;
    QPointer<FleetController> self(this);
    QCoro::Task<FleetSnapshot> reading = m_fleet->read();
    const FleetSnapshot snapshot = co_await reading;
    if (!self || !m_page)
        co_return;
    m_busy = false;
    QList<TableRow> rows;
    int up = 0;
    for (const FleetInstance &i : snapshot.instances) {
        rows.append(rowOf(i));
        up += i.health == prom::TargetHealth::Up ? 1 : 0;
    }
    m_page->model()->setRows(rows);
    const QLocale locale;
    QString status = tr("%1 instances, %2 up · read at %3")
                         .arg(locale.toString(rows.size()), locale.toString(up),
                              QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    if (!snapshot.error.isEmpty())
        status = tr("Prometheus: %1").arg(snapshot.error) + u'\n' + status;
    m_page->setStatus(status, !snapshot.error.isEmpty());
}

} // namespace opsdash
