#include "queriespage.h"

#include "sqlmatch.h"

#include "format.h"
#include "richtext.h"
#include "tablepanel.h"
#include "tables.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace opsdash {

namespace {

// Minimum calls and minimum mean time, between the model and the panel's own text filter.
class StatementFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    qint64 minCalls = 0;
    double minMeanMs = 0;

    void apply(qint64 calls, double mean)
    {
        minCalls = calls;
        minMeanMs = mean;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        return m->index(row, tables::StatementCalls, parent).data(RowTableModel::SortRole).toLongLong() >= minCalls &&
            m->index(row, tables::StatementMean, parent).data(RowTableModel::SortRole).toDouble() >= minMeanMs;
    }
};

constexpr int statementPollMs = 10000; // InternalsController::statementIntervalMs

} // namespace

QueriesPage::QueriesPage(PageContext context, const PgStatementHistory *history, StatementTextLookup texts,
                         QWidget *parent)
    : DashboardPage(PageId::Queries, std::move(context), parent)
    , m_history(history)
    , m_texts(std::move(texts))
    , m_model(tables::statementColumns())
    , m_rates(samplesFor(24, statementPollMs))
    , m_minCalls(new QSpinBox(this))
    , m_minMean(new QDoubleSpinBox(this))
    , m_coverage(richLabel(this))
    , m_detail(new StatementDetail(this))
{
    m_model.setObjectName(QStringLiteral("statements"));
    m_model.setTextLimit(300); // a statement of a megabyte shows as its first 300 characters
    auto *filter = new StatementFilter(this);
    filter->setSourceModel(&m_model);
    m_table = addTable(tr("Statements over the selected range"), &m_model);
    m_table->proxy()->setSourceModel(filter);
    m_table->view()->setColumnWidth(tables::StatementQuery, 420);
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortBy(tables::StatementTotal, Qt::DescendingOrder);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueriesPage::showDetail);
    auto apply = [this, filter] { filter->apply(m_minCalls->value(), m_minMean->value()); };
    connect(m_minCalls, &QSpinBox::valueChanged, this, apply);
    connect(m_minMean, &QDoubleSpinBox::valueChanged, this, apply);

    // The selected statement: its SQL, plan and advice beside its rates.
    connect(m_detail, &StatementDetail::topAdviceWanted, this, [this] {
        const QStringList keys = topStatementKeys(5);
        if (keys.isEmpty())
            return;
        m_detail->topAdviceAsked(int(keys.size()));
        Q_EMIT topAdviceRequested(keys);
    });
    m_callsChart = addChart(tr("Calls of the selected statement"), ChartWidget::Unit::PerSecond,
                            {{Metric::StatementCallsPerSecond, tr("calls per second")}}, &m_rates);
    m_meanChart = addChart(tr("Mean time of the selected statement"), ChartWidget::Unit::Milliseconds,
                           {{Metric::StatementMeanMs, tr("mean time")}}, &m_rates);
    for (ChartWidget *chart : {m_callsChart, m_meanChart})
        chart->setEmptyText(tr("Select a statement to chart it."));
    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_callsChart);
    charts->addWidget(m_meanChart);
    auto *detailSplit = new QSplitter(Qt::Horizontal, this);
    detailSplit->addWidget(m_detail);
    detailSplit->addWidget(charts);
    detailSplit->setStretchFactor(0, 1);
    detailSplit->setStretchFactor(1, 1);
    detailSplit->setSizes({600, 500});

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buildFilters());
    topLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(detailSplit);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addWidget(split);
}

QLayout *QueriesPage::buildFilters()
{
    m_minCalls->setObjectName(QStringLiteral("minCalls"));
    m_minMean->setObjectName(QStringLiteral("minMean"));
    m_minCalls->setRange(0, 1000000000);
    m_minCalls->setPrefix(tr("calls ≥ "));
    m_minMean->setRange(0, 3600000);
    m_minMean->setDecimals(1);
    m_minMean->setPrefix(tr("mean ≥ "));
    m_minMean->setSuffix(tr(" ms"));
    auto *reset = new QPushButton(tr("Reset statistics…"), this);
    reset->setObjectName(QStringLiteral("resetStatementsButton"));
    connect(reset, &QPushButton::clicked, this, &QueriesPage::resetRequested);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_minCalls);
    filters->addWidget(m_minMean);
    filters->addWidget(m_coverage, 1);
    filters->addWidget(reset);
    return filters;
}

void QueriesPage::refresh()
{
    DashboardPage::refresh();
    const qint64 latest = m_history->latestTimeMs();
    if (latest == 0) {
        m_table->setUnavailable(context().hasDatabase ? tr("Waiting for the first poll of pg_stat_statements…")
                                                      : missingDatabaseText());
        return;
    }
    if (latest == m_computedLatestMs && rangeMinutes() == m_computedRangeMinutes)
        return;
    m_computedLatestMs = latest;
    m_computedRangeMinutes = rangeMinutes();
    const qint64 fromMs = latest - qint64(rangeMinutes()) * 60000;
    // One poll gives no range yet: the totals since the statistics' reset until the next one.
    const bool totals = m_history->firstTimeMs() == latest;
    QList<PgStatementDelta> ours, theirs;
    for (const PgStatementDelta &d : totals ? m_history->totals() : m_history->deltas(fromMs))
        (m_texts(d.key).own ? ours : theirs).append(d);
    m_model.setRows(tables::statementRows(
        theirs, [this](const QString &key) { return m_texts(key).text; }, 0));
    m_table->setUnavailable({});
    qint64 calls = 0;
    double ms = 0;
    for (const PgStatementDelta &d : std::as_const(ours)) {
        calls += d.delta.calls;
        ms += d.delta.totalMs;
    }
    const QLocale locale;
    m_ownCost = tr("opsdash's own statements: %1, %2 calls, %3 on the server")
                    .arg(locale.toString(ours.size()), locale.toString(calls), format::durationMs(ms));
    m_detail->setCostText(m_ownCost);
    const qint64 watched = latest - m_history->firstTimeMs();
    m_coverage->setText(
        totals ? tr("Totals since the statistics were reset (%1); deltas over the range from the "
                    "next poll on.")
                     .arg(m_history->statsReset().isValid()
                              ? locale.toString(m_history->statsReset().toLocalTime(), QLocale::ShortFormat)
                              : tr("unknown"))
            : watched < qint64(rangeMinutes()) * 60000
            ? tr("Deltas since opsdash began watching, %1 ago (shorter than the range).")
                  .arg(format::durationMs(double(watched)))
            : tr("Deltas over the last %1 min.").arg(rangeMinutes()));
    if (!m_shownKey.isEmpty())
        updateRates(); // the charts move on
}

void QueriesPage::setError(const QString &error)
{
    m_table->setUnavailable(error);
}

QString QueriesPage::selectedKey() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RowTableModel::KeyRole).toString();
}

bool QueriesPage::selectStatement(const QString &key)
{
    const QModelIndexList found =
        m_table->proxy()->match(m_table->proxy()->index(0, 0), RowTableModel::KeyRole, key, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_table->view()->selectionModel()->select(found.first(),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->view()->scrollTo(found.first());
    return true;
}

bool QueriesPage::selectStatementByText(const QString &sql)
{
    refresh(); // the table may not have been computed yet (the page was never shown)
    const QString wanted = sql::matchKey(sql);
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const TableRow *r = m_model.rowAt(row);
        const QString text = r ? m_texts(r->key).text : QString();
        if (text.isEmpty())
            continue;
        // A text opsdash keeps cut matches by what it has, less its tail (the cut may fall inside a literal).
        const QString have = sql::matchKey(text);
        const bool cutMatch = have.size() >= 60 && have.size() < wanted.size() && wanted.startsWith(have.chopped(12));
        if (have == wanted || cutMatch)
            return selectStatement(r->key);
    }
    return false;
}

void QueriesPage::showDetail()
{
    const QString key = selectedKey();
    if (key != m_shownKey) {
        m_shownKey = key;
        m_detail->showStatement(m_texts(key).text);
        if (!key.isEmpty())
            Q_EMIT fullTextRequested(key);
    }
    updateRates();
}

void QueriesPage::updateRates()
{
    m_rates.clear(Metric::StatementCallsPerSecond);
    m_rates.clear(Metric::StatementMeanMs);
    if (!m_shownKey.isEmpty()) {
        const PgStatementHistory::Rates rates = m_history->rates(m_shownKey, m_history->firstTimeMs());
        const std::pair<Metric, const QList<QPointF> *> series[] = {
            {Metric::StatementCallsPerSecond, &rates.callsPerSecond}, {Metric::StatementMeanMs, &rates.meanMs}};
        for (const auto &[metric, points] : series)
            for (const QPointF &p : *points) {
                if (std::isnan(p.y()))
                    m_rates.appendGap(metric, qint64(p.x()));
                else
                    m_rates.append(metric, qint64(p.x()), p.y());
            }
    }
    for (ChartWidget *chart : {m_callsChart, m_meanChart})
        chart->setEmptyText(m_shownKey.isEmpty() ? tr("Select a statement to chart it.")
                                                 : tr("Two polls of pg_stat_statements make the first rate."));
    refreshCharts();
}

void QueriesPage::setFullText(const QString &key, const QString &text)
{
    if (key == m_shownKey)
        m_detail->setFullText(text);
}

QStringList QueriesPage::topStatementKeys(int count) const
{
    QList<std::pair<double, QString>> byTotal;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const TableRow *row = m_model.rowAt(r);
        byTotal.append({row->values[tables::StatementTotal].toDouble(), row->key});
    }
    std::sort(byTotal.begin(), byTotal.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList keys;
    for (qsizetype i = 0; i < byTotal.size() && i < count; ++i)
        keys.append(byTotal[i].second);
    return keys;
}

} // namespace opsdash
