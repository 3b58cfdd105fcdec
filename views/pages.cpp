#include "pages.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"
#include "tile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

namespace {

// Content of a page inside a scroll area, so small windows still reach everything.
QVBoxLayout *scrolled(QWidget *page)
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

// ---------------------------------------------------------------------------------------------------------------

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
    if (isVisible())
        refresh();
}

void DashboardPage::refresh()
{
    const qint64 t = now();
    for (ChartWidget *chart : std::as_const(m_charts))
        chart->refresh(t);
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

// ---------------------------------------------------------------------------------------------------------------

OverviewPage::OverviewPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Overview, std::move(context), parent)
    , m_health(new QLabel(this))
{
    QVBoxLayout *layout = scrolled(this);
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

// ---------------------------------------------------------------------------------------------------------------

ApiPage::ApiPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Api, std::move(context), parent)
{
    QVBoxLayout *layout = scrolled(this);
    auto *grid = new QGridLayout;
    grid->addWidget(addChart(tr("Requests per second"), ChartWidget::Unit::PerSecond,
                             {{Metric::RequestsPerSecond, tr("requests/s")}}),
                    0, 0);
    m_latency = addChart(tr("Latency"), ChartWidget::Unit::Milliseconds,
                         {{Metric::ApiAvgMs, tr("avg")}, {Metric::ApiP95Ms, tr("p95")}, {Metric::ApiP99Ms, tr("p99")}});
    grid->addWidget(m_latency, 0, 1);
    m_errors = addChart(tr("Error rate"), ChartWidget::Unit::Percent, {{Metric::ErrorRatePercent, tr("errors")}});
    grid->addWidget(m_errors, 1, 0);
    grid->addWidget(addChart(tr("Slow queries"), ChartWidget::Unit::PerMinute,
                             {{Metric::SlowQueriesPerMinute, tr("slow queries/min")}}),
                    1, 1);
    layout->addLayout(grid);
    m_endpoints = addTable(tr("Endpoints (slowest first)"), dashboard()->endpointsModel(), true);
    m_endpoints->setMinimumHeight(260);
    m_endpoints->sortBy(tables::EndpointP95, Qt::DescendingOrder);
    m_endpoints->view()->setColumnWidth(tables::EndpointRoute, 300);
    layout->addWidget(m_endpoints, 1);
}

void ApiPage::refresh()
{
    const Thresholds &t = dashboard()->thresholds();
    m_latency->setThreshold(t.apiP95Ms, tr("p95 threshold"));
    m_errors->setThreshold(t.errorRatePercent, tr("threshold"));
    if (!dashboard()->offers(BackendExtension::Endpoints))
        m_latency->setEmptyText(tr("Percentiles are not offered by this backend; averages only."));
    DashboardPage::refresh();
    const QString missing = missingBackendText();
    for (ChartWidget *c : charts())
        if (!missing.isEmpty())
            c->setEmptyText(missing);
}

// ---------------------------------------------------------------------------------------------------------------

DatabasePage::DatabasePage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Database, std::move(context), parent)
    , m_info(new QLabel(this))
{
    QVBoxLayout *layout = scrolled(this);
    auto *top = new QHBoxLayout;
    m_info->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    top->addWidget(m_info, 1);
    auto *optimize = new QPushButton(tr("Optimize database…"), this);
    optimize->setObjectName(QStringLiteral("optimizeButton"));
    optimize->setToolTip(
        tr("Asks the backend to refresh statistics and clean up (its /performance/database/optimize)."));
    optimize->setEnabled(!this->context().instances.isEmpty());
    connect(optimize, &QPushButton::clicked, this, [this] {
        ActionRequest r;
        r.kind = ActionRequest::Kind::OptimizeDatabase;
        r.instance = this->context().instances.value(0);
        Q_EMIT actionRequested(r);
    });
    top->addWidget(optimize, 0, Qt::AlignTop);
    layout->addLayout(top);
    // The database internals pages, one click away (they exist for a profile with a database).
    if (this->context().hasDatabase) {
        auto *links = new QHBoxLayout;
        const std::pair<PageId, QString> pages[] = {{PageId::Queries, tr("Statement statistics →")},
                                                    {PageId::Sessions, tr("Sessions and locks →")},
                                                    {PageId::Health, tr("Tables, indexes, maintenance →")}};
        for (const auto &[name, title] : pages) {
            auto *link = new QPushButton(title, this);
            link->setObjectName(pageName(name) + QStringLiteral("Link"));
            link->setFlat(true);
            link->setCursor(Qt::PointingHandCursor);
            connect(link, &QPushButton::clicked, this, [this, name = name] { Q_EMIT pageRequested(name); });
            links->addWidget(link);
        }
        links->addStretch();
        layout->addLayout(links);
    }

    auto *grid = new QGridLayout;
    m_pool = addChart(
        tr("Connection pool"), ChartWidget::Unit::Count,
        {{Metric::PoolTotal, tr("total")}, {Metric::PoolIdle, tr("idle")}, {Metric::PoolWaiting, tr("waiting")}});
    grid->addWidget(m_pool, 0, 0);
    m_pgCharts.append(
        addChart(tr("Transactions per second (PostgreSQL)"), ChartWidget::Unit::PerSecond,
                 {{Metric::DbCommitsPerSecond, tr("commits")}, {Metric::DbRollbacksPerSecond, tr("rollbacks")}}));
    m_pgCharts.append(addChart(tr("Buffer cache hit ratio (PostgreSQL)"), ChartWidget::Unit::Percent,
                               {{Metric::DbCacheHitRatio, tr("hit ratio")}}));
    m_pgCharts.append(addChart(tr("Sessions by state (PostgreSQL)"), ChartWidget::Unit::Count,
                               {{Metric::SessionsActive, tr("active")},
                                {Metric::SessionsIdle, tr("idle")},
                                {Metric::SessionsIdleInTransaction, tr("idle in transaction")},
                                {Metric::SessionsWaiting, tr("waiting on a lock")}}));
    grid->addWidget(m_pgCharts[0], 0, 1);
    grid->addWidget(m_pgCharts[1], 1, 0);
    grid->addWidget(m_pgCharts[2], 1, 1);
    // pgbouncer's pools beside the application's own pool, and how long clients wait for a server connection.
    if (this->context().hasBouncer) {
        m_bouncer = addChart(tr("pgbouncer pools"), ChartWidget::Unit::Count,
                             {{Metric::BouncerClientsActive, tr("clients active")},
                              {Metric::BouncerClientsWaiting, tr("clients waiting")},
                              {Metric::BouncerServersActive, tr("servers active")},
                              {Metric::BouncerServersIdle, tr("servers idle")}});
        grid->addWidget(m_bouncer, 2, 0);
        grid->addWidget(addChart(tr("pgbouncer longest client wait"), ChartWidget::Unit::Milliseconds,
                                 {{Metric::BouncerMaxWaitMs, tr("max wait")}}),
                        2, 1);
    }
    layout->addLayout(grid);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    TablePanel *slow = addTable(tr("Slow queries"), dashboard()->slowQueriesModel(), true);
    slow->sortBy(tables::SlowQueryDuration, Qt::DescendingOrder);
    slow->view()->setColumnWidth(tables::SlowQueryTime, 150);
    slow->view()->setColumnWidth(tables::SlowQueryText, 260);
    TablePanel *frequency = addTable(tr("Query frequency"), dashboard()->frequencyModel(), true);
    frequency->sortBy(tables::FrequencyCount, Qt::DescendingOrder);
    frequency->view()->setColumnWidth(tables::FrequencyQuery, 300);
    splitter->addWidget(slow);
    splitter->addWidget(frequency);
    splitter->setMinimumHeight(260);
    layout->addWidget(splitter, 1);
}

void DatabasePage::refresh()
{
    DashboardPage::refresh();
    QStringList lines;
    if (const auto info = dashboard()->databaseInfo()) {
        lines.append(tr("<b>Database</b> %1 · %2 tables · %3 indexes · %4 connections")
                         .arg(info->totalSize.toHtmlEscaped())
                         .arg(info->tableCount)
                         .arg(info->indexCount)
                         .arg(info->connectionCount));
    } else {
        const QString missing = missingBackendText();
        lines.append(missing.isEmpty() ? tr("<b>Database</b> size and counts arrive with the next poll")
                                       : missing.toHtmlEscaped());
    }
    if (const auto pg = dashboard()->pgSnapshot())
        lines.append(tr("<b>PostgreSQL</b> %1 · %2 client sessions · longest transaction %3")
                         .arg(pg->serverVersion.toHtmlEscaped())
                         .arg(pg->sessions.total)
                         .arg(format::durationMs(pg->sessions.longestTransactionSeconds * 1000.0)));
    else
        lines.append(missingDatabaseText().toHtmlEscaped());
    m_info->setText(lines.join(QStringLiteral("<br>")));
    const QString pool = missingBackendText(BackendExtension::Pool);
    m_pool->setEmptyText(pool);
    const QString pg = missingDatabaseText();
    for (ChartWidget *c : std::as_const(m_pgCharts))
        c->setEmptyText(pg);
    if (m_bouncer) {
        const QString bouncer = dashboard()->bouncerError();
        m_bouncer->setEmptyText(bouncer.isEmpty() ? tr("Waiting for pgbouncer…") : bouncer);
        if (const auto b = dashboard()->bouncer())
            lines.append(tr("<b>pgbouncer</b> %1 pools · %2 clients waiting · longest wait %3%4")
                             .arg(b->pools.size())
                             .arg(b->clientsWaiting)
                             .arg(format::durationMs(b->maxWaitMs))
                             .arg(b->avgQueryMs ? tr(" · average query %1").arg(format::durationMs(*b->avgQueryMs))
                                                : QString()));
        else if (!bouncer.isEmpty())
            lines.append(QStringLiteral("<b>pgbouncer</b> ") + bouncer.toHtmlEscaped());
        m_info->setText(lines.join(QStringLiteral("<br>")));
    }
    for (TablePanel *t : tables())
        t->setUnavailable(context().instances.isEmpty() ? missingBackendText() : QString());
}

// ---------------------------------------------------------------------------------------------------------------

MemoryPage::MemoryPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Memory, std::move(context), parent)
    , m_usage(new QLabel(this))
{
    QVBoxLayout *layout = scrolled(this);
    auto *top = new QHBoxLayout;
    m_usage->setTextFormat(Qt::RichText);
    top->addWidget(m_usage, 1);
    auto *gc = new QPushButton(tr("Force GC…"), this);
    gc->setObjectName(QStringLiteral("gcButton"));
    auto *threshold = new QPushButton(tr("Set threshold…"), this);
    threshold->setObjectName(QStringLiteral("thresholdButton"));
    for (QPushButton *b : {gc, threshold}) {
        b->setEnabled(!this->context().instances.isEmpty());
        top->addWidget(b);
    }
    connect(gc, &QPushButton::clicked, this, [this] {
        ActionRequest r;
        r.kind = ActionRequest::Kind::ForceGc;
        r.instance = this->context().instances.value(0);
        Q_EMIT actionRequested(r);
    });
    connect(threshold, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const double current = dashboard()->memory() && dashboard()->memory()->threshold
            ? *dashboard()->memory()->threshold * 100.0
            : dashboard()->thresholds().heapPercent;
        const double value =
            QInputDialog::getDouble(this, tr("Memory threshold"),
                                    tr("Heap usage (percent) above which the backend acts:"), current, 1, 100, 0, &ok);
        if (!ok)
            return;
        ActionRequest r;
        r.kind = ActionRequest::Kind::SetMemoryThreshold;
        r.instance = this->context().instances.value(0);
        r.threshold = value / 100.0;
        Q_EMIT actionRequested(r);
    });
    layout->addLayout(top);
    ChartWidget *bytes = addChart(tr("Memory"), ChartWidget::Unit::Bytes,
                                  {{Metric::Rss, tr("RSS")},
                                   {Metric::HeapUsed, tr("heap used")},
                                   {Metric::HeapTotal, tr("heap total")},
                                   {Metric::MemoryThresholdBytes, tr("threshold"), true}});
    bytes->setMinimumHeight(300);
    layout->addWidget(bytes);
    m_percent = addChart(tr("Heap usage"), ChartWidget::Unit::Percent, {{Metric::HeapUsagePercent, tr("usage")}});
    layout->addWidget(m_percent);
    layout->addStretch();
}

void MemoryPage::refresh()
{
    m_percent->setThreshold(dashboard()->thresholds().heapPercent, tr("alert threshold"));
    DashboardPage::refresh();
    if (const auto m = dashboard()->memory()) {
        m_usage->setText(
            tr("<b>Heap usage %1</b> · heap %2 of %3 · RSS %4%5")
                .arg(format::percent(m->usagePercent / 100.0), format::bytes(m->heapUsed), format::bytes(m->heapTotal),
                     format::bytes(m->rss),
                     m->threshold ? tr(" · backend threshold %1").arg(format::percent(*m->threshold, 0)) : QString()));
    } else {
        m_usage->setText(missingBackendText().toHtmlEscaped());
    }
    const QString missing = missingBackendText();
    for (ChartWidget *c : charts())
        c->setEmptyText(missing);
}

// ---------------------------------------------------------------------------------------------------------------

CachePage::CachePage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Cache, std::move(context), parent)
    , m_levels(new QLabel(this))
    , m_pattern(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_invalidate(new QPushButton(this))
{
    QVBoxLayout *layout = scrolled(this);
    auto *box = new QGroupBox(tr("Invalidate cache"), this);
    auto *row = new QHBoxLayout(box);
    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_pattern->setPlaceholderText(tr("key pattern, e.g. events:*"));
    m_pattern->setText(QStringLiteral("*"));
    m_scope->setObjectName(QStringLiteral("scopeBox"));
    m_scope->addItem(tr("this instance"), false);
    m_scope->addItem(tr("all instances"), true);
    m_invalidate->setObjectName(QStringLiteral("invalidateButton"));
    row->addWidget(new QLabel(tr("Pattern:"), box));
    row->addWidget(m_pattern, 1);
    row->addWidget(new QLabel(tr("Scope:"), box));
    row->addWidget(m_scope);
    row->addWidget(m_invalidate);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CachePage::updateInvalidateButton);
    connect(m_pattern, &QLineEdit::textChanged, this, &CachePage::updateInvalidateButton);
    connect(m_invalidate, &QPushButton::clicked, this, [this] {
        ActionRequest r;
        r.kind = ActionRequest::Kind::InvalidateCache;
        r.instance = this->context().instances.value(0);
        r.pattern = m_pattern->text().trimmed();
        r.allInstances = m_scope->currentData().toBool();
        Q_EMIT actionRequested(r);
    });
    updateInvalidateButton();
    layout->addWidget(box);
    m_levels->setTextFormat(Qt::RichText);
    layout->addWidget(m_levels);
    auto *charts = new QHBoxLayout;
    m_hitRate = addChart(tr("Cache hit rate"), ChartWidget::Unit::Percent, {{Metric::CacheHitRate, tr("hit rate")}});
    charts->addWidget(m_hitRate);
    charts->addWidget(
        addChart(tr("Hits and misses"), ChartWidget::Unit::PerSecond,
                 {{Metric::CacheHitsPerSecond, tr("hits/s")}, {Metric::CacheMissesPerSecond, tr("misses/s")}}));
    layout->addLayout(charts);
    layout->addStretch();
}

void CachePage::updateInvalidateButton()
{
    const bool all = m_scope->currentData().toBool();
    m_invalidate->setText(all ? tr("Invalidate on all instances…") : tr("Invalidate on this instance…"));
    m_invalidate->setEnabled(!context().instances.isEmpty() && !m_pattern->text().trimmed().isEmpty());
}

void CachePage::refresh()
{
    m_hitRate->setThreshold(dashboard()->thresholds().cacheHitPercent, tr("alert threshold"));
    DashboardPage::refresh();
    const QString missing = missingBackendText(BackendExtension::CacheStats);
    for (ChartWidget *c : charts())
        c->setEmptyText(missing);
    const auto cache = dashboard()->cache();
    if (!cache) {
        m_levels->setText(missing.toHtmlEscaped());
        return;
    }
    auto level = [](const QString &name, const std::optional<CacheLevelStats> &l) {
        if (!l)
            return QString();
        const qint64 lookups = l->hits + l->misses;
        return tr("<tr><td><b>%1</b></td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
                  "<td align=right>%5</td><td align=right>%6</td></tr>")
            .arg(name, QLocale().toString(l->keys), format::bytes(l->bytes), QLocale().toString(l->hits),
                 QLocale().toString(l->misses),
                 lookups > 0 ? format::percent(double(l->hits) / double(lookups)) : QStringLiteral("—"));
    };
    m_levels->setText(tr("<table cellspacing=8><tr><th></th><th>keys</th><th>bytes</th><th>hits</th><th>misses</th>"
                         "<th>hit rate</th></tr>") +
                      level(tr("L1 (memory)"), cache->l1) + level(tr("L2 (Redis)"), cache->l2) +
                      tr("<tr><td><b>All</b></td><td align=right>%1</td><td align=right>%2</td>"
                         "<td align=right>%3</td><td align=right>%4</td><td align=right>%5</td></tr></table>")
                          .arg(QLocale().toString(cache->totalKeys), format::bytes(cache->memoryUsage),
                               QLocale().toString(cache->hits), QLocale().toString(cache->misses),
                               format::percent(cache->hitRate)));
}

// ---------------------------------------------------------------------------------------------------------------

ActionsPage::ActionsPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Actions, std::move(context), parent)
    , m_target(new QComboBox(this))
{
    QVBoxLayout *layout = scrolled(this);
    auto *box = new QGroupBox(tr("Actions"), this);
    auto *row = new QHBoxLayout(box);
    m_target->setObjectName(QStringLiteral("targetBox"));
    for (const QString &instance : this->context().instances)
        m_target->addItem(instance, instance);
    row->addWidget(new QLabel(tr("Instance:"), box));
    row->addWidget(m_target, 1);
    const QList<std::pair<ActionRequest::Kind, QString>> kinds{
        {ActionRequest::Kind::ForceGc, tr("Force GC…")},
        {ActionRequest::Kind::OptimizeDatabase, tr("Optimize database…")},
        {ActionRequest::Kind::ClearMetrics, tr("Clear metrics…")},
    };
    for (const auto &[kind, label] : kinds) {
        auto *button = new QPushButton(label, box);
        button->setEnabled(!this->context().instances.isEmpty());
        m_buttons.insert(int(kind), button);
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, kind] {
            ActionRequest r;
            r.kind = kind;
            r.instance = m_target->currentData().toString();
            Q_EMIT actionRequested(r);
        });
    }
    if (this->context().instances.isEmpty())
        row->addWidget(new QLabel(tr("(this profile has no backend)"), box));
    layout->addWidget(box);
    TablePanel *log = addTable(tr("Actions log"), this->context().actions->model());
    log->setMinimumHeight(260);
    layout->addWidget(log, 2);
    TablePanel *alerts = addTable(tr("Alerts"), dashboard()->alertsModel());
    alerts->setMinimumHeight(200);
    layout->addWidget(alerts, 1);
}

} // namespace opsdash
