#include "apipage.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

ApiPage::ApiPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Api, std::move(context), parent)
    , m_statementsModel(tables::breakdownColumns())
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
    m_endpoints->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpoints->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_endpoints->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiPage::endpointChosen);
    layout->addWidget(m_endpoints, 1);
    layout->addWidget(buildBreakdown());
}

QWidget *ApiPage::buildBreakdown()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_breakdownTitle = new QLabel(tr("Choose an endpoint to see where its time goes."), box);
    m_breakdownTitle->setTextFormat(Qt::PlainText);
    m_breakdownTitle->setObjectName(QStringLiteral("breakdownTitle"));
    QFont bold = m_breakdownTitle->font();
    bold.setBold(true);
    m_breakdownTitle->setFont(bold);
    m_shares = new QLabel(box);
    m_shares->setTextFormat(Qt::PlainText);
    m_shares->setObjectName(QStringLiteral("breakdownShares"));
    m_shares->setWordWrap(true);
    m_statementsModel.setObjectName(QStringLiteral("breakdown"));
    m_statements = addTable(tr("Its statements (costliest first)"), &m_statementsModel);
    m_statements->setMinimumHeight(200);
    m_statements->sortBy(tables::BreakdownShare, Qt::DescendingOrder);
    m_statements->view()->setColumnWidth(tables::BreakdownStatement, 560);
    m_statements->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statements->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_open = new QPushButton(tr("Open on the Queries page"), box);
    m_open->setObjectName(QStringLiteral("openStatement"));
    m_open->setEnabled(false);
    connect(m_statements->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_statements->view()->selectionModel()->hasSelection()); });
    connect(m_open, &QPushButton::clicked, this, &ApiPage::openStatement);
    connect(m_statements->view(), &QAbstractItemView::doubleClicked, this, &ApiPage::openStatement);
    m_statementMessage = new QLabel(box);
    m_statementMessage->setTextFormat(Qt::PlainText);
    m_statementMessage->setObjectName(QStringLiteral("statementMessage"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addWidget(m_statementMessage, 1);
    layout->addWidget(m_breakdownTitle);
    layout->addWidget(m_shares);
    layout->addWidget(m_statements);
    layout->addLayout(row);
    return box;
}

std::pair<QString, QString> ApiPage::selectedEndpoint() const
{
    const QModelIndexList rows = m_endpoints->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex source = m_endpoints->proxy()->mapToSource(rows.first());
    const TableRow *row = dashboard()->endpointsModel()->rowAt(source.row());
    if (!row)
        return {};
    return {row->values.value(tables::EndpointInstance).toString(),
            row->values.value(tables::EndpointRoute).toString()};
}

void ApiPage::endpointChosen()
{
    const auto [instance, route] = selectedEndpoint();
    if (route.isEmpty() || std::pair(instance, route) == m_shown)
        return;
    m_shown = {instance, route};
    m_breakdownTitle->setText(tr("Where %1 spends its time").arg(route));
    m_shares->setText(tr("Asking the backend…"));
    m_statementsModel.clear();
    m_statementMessage->clear();
    Q_EMIT breakdownRequested(instance, route);
}

void ApiPage::setBreakdown(const QString &instance, const QString &route, const EndpointBreakdown *breakdown,
                           const QString &error)
{
    if (std::pair(instance, route) != m_shown)
        return; // the user chose another endpoint meanwhile
    if (!breakdown) {
        m_shares->setText(error.isEmpty() ? tr("The backend has no figures for this endpoint since its last clear.")
                                          : error);
        m_statementsModel.clear();
        return;
    }
    const auto pct = [](double share) { return format::percent(share); };
    m_shares->setText(tr("database %1 · waiting for a connection %2 · cache %3 · handler %4 — %5 statements "
                         "per request, %6 requests averaging %7")
                          .arg(pct(breakdown->database), pct(breakdown->poolWait), pct(breakdown->cache),
                               pct(breakdown->handler), QString::number(breakdown->statementsPerRequest, 'f', 1),
                               QLocale().toString(breakdown->requests), format::durationMs(breakdown->averageMs)));
    m_statementsModel.setRows(tables::breakdownRows(*breakdown));
}

void ApiPage::setStatementMessage(const QString &message)
{
    m_statementMessage->setText(message);
}

void ApiPage::openStatement()
{
    const QModelIndexList rows = m_statements->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const TableRow *row = m_statementsModel.rowAt(m_statements->proxy()->mapToSource(rows.first()).row());
    if (row)
        Q_EMIT statementRequested(row->key);
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
