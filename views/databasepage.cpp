#include "databasepage.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

DatabasePage::DatabasePage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Database, std::move(context), parent)
    , m_info(new QLabel(this))
{
    QVBoxLayout *layout = scrolledLayout(this);
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

} // namespace opsdash
