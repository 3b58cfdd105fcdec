#include "apipage.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"

#include <QGridLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

ApiPage::ApiPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Api, std::move(context), parent)
{
    QVBoxLayout *layout = scrolledLayout(this);
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

} // namespace opsdash
