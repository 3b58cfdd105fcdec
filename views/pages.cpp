#include "pages.h"

#include "tablepanel.h"

#include <QDateTime>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

QVBoxLayout *DashboardPage::scrolledLayout(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    return layout;
}

DashboardPage::DashboardPage(PageId id, PageContext context, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_context(std::move(context))
{
    setObjectName(pageName(id));
    connect(m_context.dashboard, &Dashboard::updated, this, [this] {
        if (isVisible())
            refresh();
    });
    if (m_context.longStore)
        connect(m_context.longStore, &MetricStore::updated, this, [this] {
            if (isVisible() && m_rangeMinutes > 24 * 60)
                refresh();
        });
    if (m_context.compareStore)
        connect(m_context.compareStore, &MetricStore::updated, this, [this] {
            if (isVisible())
                refresh();
        });
}

qint64 DashboardPage::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void DashboardPage::setRangeMinutes(int minutes)
{
    m_rangeMinutes = minutes;
    for (ChartWidget *chart : std::as_const(m_charts))
        chart->setRangeMinutes(minutes);
    const bool longRange = minutes > 24 * 60 && m_context.longStore;
    for (ChartWidget *chart : std::as_const(m_liveCharts))
        chart->setStore(longRange ? m_context.longStore : &m_context.dashboard->store());
    if (isVisible())
        refresh();
}

void DashboardPage::setCompare(const QString &label)
{
    for (ChartWidget *chart : std::as_const(m_liveCharts))
        chart->setCompare(label.isEmpty() ? nullptr : m_context.compareStore, label);
    if (isVisible())
        refresh();
}

void DashboardPage::setAnnotations(const QList<Annotation> &annotations)
{
    for (ChartWidget *chart : std::as_const(m_liveCharts))
        chart->setAnnotations(annotations);
    if (isVisible())
        refresh();
}

void DashboardPage::refresh()
{
    refreshCharts();
}

void DashboardPage::refreshCharts()
{
    const qint64 t = now();
    std::optional<qint64> oldest;
    for (const ChartWidget *chart : std::as_const(m_charts))
        if (const auto o = chart->oldestSampleMs())
            oldest = oldest ? std::min(*oldest, *o) : *o;
    const qint64 from = ChartWidget::windowStart(t, m_rangeMinutes, oldest);
    for (ChartWidget *chart : std::as_const(m_charts))
        chart->refresh(from, t);
}

QList<Metric> DashboardPage::chartMetrics() const
{
    QList<Metric> out;
    for (const ChartWidget *chart : m_liveCharts)
        for (const Metric metric : chart->metrics())
            if (!out.contains(metric))
                out.append(metric);
    return out;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

ChartWidget *DashboardPage::addChart(const QString &title, ChartWidget::Unit unit, QList<ChartWidget::Line> lines,
                                     const MetricStore *store)
{
    auto *chart = new ChartWidget(store ? store : &m_context.dashboard->store(), title, unit, std::move(lines), this);
    chart->setRangeMinutes(m_rangeMinutes);
    m_charts.append(chart);
    if (!store)
        m_liveCharts.append(chart);
    return chart;
}

TablePanel *DashboardPage::addTable(const QString &title, RowTableModel *model, bool firstColumnIsInstance)
{
    auto *table = new TablePanel(title, model, this);
    // With one instance the instance column says nothing.
    if (firstColumnIsInstance && m_context.instances.size() <= 1)
        table->view()->hideColumn(0);
    m_tables.append(table);
    return table;
}

QString DashboardPage::missingBackendText(std::optional<BackendExtension> extension) const
{
    if (m_context.instances.isEmpty())
        return tr("This profile has no backend: add its URL in the profile to see application figures.");
    if (extension && !m_context.dashboard->offers(*extension))
        return tr("Not offered by this backend (an eventsd extension; it answers 404).");
    if (!m_context.dashboard->hasBackendData())
        return tr("Waiting for the backend…");
    return {};
}

QString DashboardPage::missingDatabaseText() const
{
    if (!m_context.hasDatabase)
        return tr("This profile has no database: add PostgreSQL's host and database to see its own figures.");
    if (!m_context.dashboard->pgError().isEmpty())
        return tr("PostgreSQL: %1").arg(m_context.dashboard->pgError());
    if (!m_context.dashboard->hasPgData())
        return tr("Waiting for PostgreSQL…");
    return {};
}

} // namespace opsdash
