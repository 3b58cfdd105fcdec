#include "overviewpage.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"
#include "tile.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

namespace {

QString tileText(Metric metric, double v)
{
    const QLocale locale;
    switch (metric) {
    case Metric::RequestsPerSecond:
        return format::ratePerSecond(v, locale);
    case Metric::ApiP95Ms:
    case Metric::DbAvgQueryMs:
        return format::durationMs(v, locale);
    case Metric::ErrorRatePercent:
    case Metric::HeapUsagePercent:
    case Metric::CacheHitRate:
    case Metric::DbCacheHitRatio:
        return format::percent(v / 100.0, 1, locale);
    case Metric::SlowQueriesPerMinute:
        return QCoreApplication::translate("opsdash::OverviewPage", "%1 /min")
            .arg(locale.toString(v, 'f', v < 10 ? 1 : 0));
    default:
        return locale.toString(qint64(std::llround(v)));
    }
}

} // namespace

OverviewPage::OverviewPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Overview, std::move(context), parent)
    , m_health(new QLabel(this))
{
    QVBoxLayout *layout = scrolledLayout(this);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const QList<std::pair<Metric, QString>> tiles{
        {Metric::RequestsPerSecond, tr("Requests")},         {Metric::ApiP95Ms, tr("p95 latency")},
        {Metric::ErrorRatePercent, tr("Error rate")},        {Metric::HeapUsagePercent, tr("Heap usage")},
        {Metric::PoolWaiting, tr("Pool waiting")},           {Metric::CacheHitRate, tr("Cache hit rate")},
        {Metric::DbCacheHitRatio, tr("DB cache hit ratio")}, {Metric::SessionsActive, tr("Active sessions")},
        {Metric::SlowQueriesPerMinute, tr("Slow queries")},  {Metric::DbAvgQueryMs, tr("DB query time")},
    };
    for (int i = 0; i < tiles.size(); ++i) {
        auto *tile = new Tile(tiles[i].second, this);
        tile->setObjectName(QStringLiteral("tile-%1").arg(int(tiles[i].first)));
        m_tiles.insert(int(tiles[i].first), tile);
        grid->addWidget(tile, i / 5, i % 5);
    }
    layout->addLayout(grid);

    auto *charts = new QHBoxLayout;
    charts->addWidget(addChart(tr("Requests per second"), ChartWidget::Unit::PerSecond,
                               {{Metric::RequestsPerSecond, tr("requests/s")}}));
    ChartWidget *latency = addChart(tr("Latency"), ChartWidget::Unit::Milliseconds,
                                    {{Metric::ApiAvgMs, tr("avg")}, {Metric::ApiP95Ms, tr("p95")}});
    latency->setThreshold(dashboard()->thresholds().apiP95Ms, tr("p95 threshold"));
    charts->addWidget(latency);
    layout->addLayout(charts);

    m_health->setTextFormat(Qt::RichText);
    m_health->setWordWrap(true);
    layout->addWidget(m_health);
    TablePanel *instances = addTable(tr("Backend instances"), dashboard()->instancesModel());
    instances->setFixedHeight(instances->view()->verticalHeader()->defaultSectionSize() * 4 + 40);
    instances->view()->setColumnWidth(tables::InstanceUrl, 220);
    layout->addWidget(instances);
    auto *recent = new QHBoxLayout;
    TablePanel *alerts = addTable(tr("Recent alerts"), dashboard()->alertsModel());
    TablePanel *actions = addTable(tr("Recent actions"), this->context().actions->model());
    for (TablePanel *t : {alerts, actions}) {
        t->setMinimumHeight(220);
        recent->addWidget(t);
    }
    layout->addLayout(recent);
}

void OverviewPage::refresh()
{
    DashboardPage::refresh();
    const QString noBackend = missingBackendText();
    const QString noDatabase = missingDatabaseText();
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const Metric metric = Metric(it.key());
        const TileState state = dashboard()->tile(metric);
        const bool fromDatabase = metric == Metric::DbCacheHitRatio || metric == Metric::SessionsActive;
        QString detail;
        if (!state.value) {
            detail = fromDatabase
                ? (context().hasDatabase ? tr("waiting for PostgreSQL") : tr("no database in profile"))
                : (noBackend.isEmpty() ? tr("no data") : tr("no backend data"));
            if (metric == Metric::PoolWaiting && !dashboard()->offers(BackendExtension::Pool))
                detail = tr("not offered by this backend");
            if (metric == Metric::CacheHitRate && !dashboard()->offers(BackendExtension::CacheStats))
                detail = tr("not offered by this backend");
            if (metric == Metric::ApiP95Ms && !dashboard()->offers(BackendExtension::Endpoints))
                detail = tr("not offered by this backend");
        } else if (metric == Metric::SessionsActive && dashboard()->pgSnapshot()) {
            const PgSessionCounts &s = dashboard()->pgSnapshot()->sessions;
            detail = tr("%1 idle in transaction, %2 waiting").arg(s.idleInTransaction).arg(s.waiting);
        } else if (metric == Metric::HeapUsagePercent && dashboard()->memory()) {
            detail = tr("%1 of %2")
                         .arg(format::bytes(dashboard()->memory()->heapUsed),
                              format::bytes(dashboard()->memory()->heapTotal));
        } else if (metric == Metric::PoolWaiting && dashboard()->pool()) {
            detail = tr("%1 of %2 connections idle")
                         .arg(dashboard()->pool()->idleConnections)
                         .arg(dashboard()->pool()->totalConnections);
        }
        it.value()->setValue(state.value ? tileText(metric, *state.value) : QStringLiteral("—"),
                             state.value ? state.severity : Severity::NoData, detail);
    }

    QStringList health;
    const int count = dashboard()->instanceCount();
    if (!context().instances.isEmpty())
        health.append(tr("Backend: %1 of %2 instances up").arg(dashboard()->instancesUp()).arg(count));
    else
        health.append(tr("Backend: none in this profile"));
    health.append(noDatabase.isEmpty()
                      ? tr("PostgreSQL: up (%1)").arg(dashboard()->pgSnapshot()->serverVersion.toHtmlEscaped())
                      : noDatabase.toHtmlEscaped());
    health.append(tr("Active alerts: %1").arg(dashboard()->alerts().activeCount()));
    m_health->setText(health.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

} // namespace opsdash
