#include "internalspages.h"

#include "confirmdialog.h"
#include "format.h"
#include "palette.h"
#include "tablepanel.h"
#include "tables.h"
#include "theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

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

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString coloured(const QString &text, Severity severity)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(severityColor(severity).name(), text.toHtmlEscaped());
}

} // namespace

// ---------------------------------------------------------------------------------------------------- Queries

QueriesPage::QueriesPage(PageContext context, const PgStatementHistory *history, StatementTextLookup texts,
                         QWidget *parent)
    : DashboardPage(PageId::Queries, std::move(context), parent)
    , m_history(history)
    , m_texts(std::move(texts))
    , m_model(tables::statementColumns())
    , m_minCalls(new QSpinBox(this))
    , m_minMean(new QDoubleSpinBox(this))
    , m_cost(errorLabel(this))
    , m_coverage(errorLabel(this))
    , m_sql(new QPlainTextEdit(this))
    , m_chart(new QChart)
    , m_axisX(new QDateTimeAxis(this))
    , m_axisCalls(new QValueAxis(this))
    , m_axisMean(new QValueAxis(this))
    , m_calls(new QLineSeries(this))
    , m_mean(new QLineSeries(this))
{
    m_model.setTextLimit(300); // a statement of a megabyte shows as its first 300 characters
    auto *filter = new StatementFilter(this);
    filter->setSourceModel(&m_model);
    m_table = addTable(tr("Statements over the selected range"), &m_model);
    m_table->proxy()->setSourceModel(filter);
    m_table->view()->setColumnWidth(tables::StatementQuery, 420);
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortBy(tables::StatementTotal, Qt::DescendingOrder);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueriesPage::showDetail);

    m_minCalls->setRange(0, 1000000000);
    m_minCalls->setPrefix(tr("calls ≥ "));
    m_minMean->setRange(0, 3600000);
    m_minMean->setDecimals(1);
    m_minMean->setPrefix(tr("mean ≥ "));
    m_minMean->setSuffix(tr(" ms"));
    auto apply = [this, filter] { filter->apply(m_minCalls->value(), m_minMean->value()); };
    connect(m_minCalls, &QSpinBox::valueChanged, this, apply);
    connect(m_minMean, &QDoubleSpinBox::valueChanged, this, apply);
    auto *reset = new QPushButton(tr("Reset statistics…"), this);
    reset->setObjectName(QStringLiteral("resetStatementsButton"));
    connect(reset, &QPushButton::clicked, this, &QueriesPage::resetRequested);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_minCalls);
    filters->addWidget(m_minMean);
    filters->addWidget(m_coverage, 1);
    filters->addWidget(reset);

    // The selected statement: its whole SQL and its rates.
    m_sql->setReadOnly(true);
    m_sql->setObjectName(QStringLiteral("statementSql"));
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sql->setPlaceholderText(tr("Select a statement to see its whole SQL and its calls over time."));
    auto *copy = new QPushButton(tr("Copy SQL"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_sql->toPlainText()); });
    m_chart->setTheme(theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisCalls, Qt::AlignLeft);
    m_chart->addAxis(m_axisMean, Qt::AlignRight);
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    m_axisX->setTickCount(5);
    m_axisCalls->setTitleText(tr("calls/s"));
    m_axisMean->setTitleText(tr("ms"));
    m_calls->setName(tr("calls per second"));
    m_mean->setName(tr("mean time"));
    const std::pair<QLineSeries *, QValueAxis *> lines[] = {{m_calls, m_axisCalls}, {m_mean, m_axisMean}};
    int n = 0;
    for (const auto &[series, axis] : lines) {
        QPen pen(seriesColor(n++), 2);
        pen.setCosmetic(true);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(axis);
    }
    auto *chartView = new QChartView(m_chart, this);
    chartView->setMinimumHeight(160);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *sqlRow = new QHBoxLayout;
    sqlRow->addWidget(m_cost, 1);
    sqlRow->addWidget(copy);
    detailLayout->addLayout(sqlRow);
    // Plan: a field per $n (empty is NULL), plain EXPLAIN, or ANALYZE after a warning.
    m_tabs = new QTabWidget(detail);
    m_tabs->addTab(m_sql, tr("SQL"));
    auto *planTab = new QWidget(m_tabs);
    auto *planLayout = new QVBoxLayout(planTab);
    m_parameterRow = new QWidget(planTab);
    new QHBoxLayout(m_parameterRow);
    m_parameterRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_explain = new QPushButton(tr("Explain"), planTab);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_analyze = new QPushButton(tr("Explain ANALYZE…"), planTab);
    m_analyze->setObjectName(QStringLiteral("analyzeButton"));
    connect(m_explain, &QPushButton::clicked, this, [this] { requestExplain(false); });
    connect(m_analyze, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Explain ANALYZE"),
                                    tr("EXPLAIN ANALYZE executes the statement on the server to time it: it takes as "
                                       "long as the statement and holds its locks. It runs in a transaction that is "
                                       "rolled back, on a read-only connection, so a statement that writes is "
                                       "refused rather than run."),
                                    QMessageBox::Cancel, this);
        box->addButton(tr("Run it"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this] { requestExplain(true); });
        box->open();
    });
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_parameterRow, 1);
    planButtons->addWidget(m_explain);
    planButtons->addWidget(m_analyze);
    planLayout->addLayout(planButtons);
    m_planSummary = errorLabel(planTab);
    planLayout->addWidget(m_planSummary);
    m_plan = new QTreeWidget(planTab);
    m_plan->setObjectName(QStringLiteral("planTree"));
    m_plan->setHeaderLabels({tr("Plan node"), tr("Own cost"), tr("Total cost"), tr("Rows (estimate)"),
                             tr("Rows (actual)"), tr("Time (actual)")});
    m_plan->setColumnWidth(0, 380);
    planLayout->addWidget(m_plan, 1);
    m_tabs->addTab(planTab, tr("Plan"));
    // Index advice: proposals read off the SQL, checked with hypopg.
    auto *adviceTab = new QWidget(m_tabs);
    auto *adviceLayout = new QVBoxLayout(adviceTab);
    m_advise = new QPushButton(tr("Propose an index and check it with hypopg"), adviceTab);
    m_advise->setObjectName(QStringLiteral("adviseButton"));
    connect(m_advise, &QPushButton::clicked, this, [this] {
        m_advice->setPlainText(tr("Asking the planner…"));
        Q_EMIT adviceRequested(m_fullText);
    });
    m_adviseTop = new QPushButton(tr("Advise for the top 5 by total time"), adviceTab);
    m_adviseTop->setObjectName(QStringLiteral("adviseTopButton"));
    connect(m_adviseTop, &QPushButton::clicked, this, [this] {
        const QStringList keys = topStatementKeys(5);
        if (keys.isEmpty())
            return;
        m_advice->setPlainText(tr("Asking the planner about %n statement(s)…", nullptr, int(keys.size())));
        m_tabs->setCurrentIndex(2);
        Q_EMIT topAdviceRequested(keys);
    });
    auto *copyAdvice = new QPushButton(tr("Copy CREATE INDEX"), adviceTab);
    connect(copyAdvice, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_advisedStatements.join(u'\n')); });
    auto *adviceButtons = new QHBoxLayout;
    adviceButtons->addWidget(m_advise);
    adviceButtons->addWidget(m_adviseTop);
    adviceButtons->addStretch();
    adviceButtons->addWidget(copyAdvice);
    adviceLayout->addLayout(adviceButtons);
    m_advice = new QTextBrowser(adviceTab);
    m_advice->setObjectName(QStringLiteral("adviceView"));
    adviceLayout->addWidget(m_advice, 1);
    m_tabs->addTab(adviceTab, tr("Index advice"));
    for (QPushButton *b : {m_explain, m_analyze, m_advise})
        b->setEnabled(false); // until the statement's whole text is here

    auto *detailSplit = new QSplitter(Qt::Horizontal, detail);
    detailSplit->addWidget(m_tabs);
    detailSplit->addWidget(chartView);
    detailSplit->setStretchFactor(0, 1);
    detailSplit->setStretchFactor(1, 1);
    detailSplit->setSizes({600, 500}); // the chart needs room for its two axes
    detailLayout->addWidget(detailSplit, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addWidget(split);
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
    m_cost->setText(m_ownCost.toHtmlEscaped());
    const qint64 watched = latest - m_history->firstTimeMs();
    const QLocale here;
    m_coverage->setText(totals
                            ? tr("Totals since the statistics were reset (%1); deltas over the range from the "
                                 "next poll on.")
                                  .arg(m_history->statsReset().isValid()
                                           ? here.toString(m_history->statsReset().toLocalTime(), QLocale::ShortFormat)
                                           : tr("unknown"))
                            : watched < qint64(rangeMinutes()) * 60000
                            ? tr("Deltas since opsdash began watching, %1 ago (shorter than the range).")
                                  .arg(format::durationMs(double(watched)))
                            : tr("Deltas over the last %1 min.").arg(rangeMinutes()));
    if (!m_shownKey.isEmpty())
        showDetail(); // the chart moves on
}

void QueriesPage::setError(const QString &error)
{
    m_table->setUnavailable(error);
}

QString QueriesPage::ownCostText() const
{
    return m_ownCost;
}

QString QueriesPage::selectedKey() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RowTableModel::KeyRole).toString();
}

void QueriesPage::selectStatement(const QString &key)
{
    const QModelIndexList found =
        m_table->proxy()->match(m_table->proxy()->index(0, 0), RowTableModel::KeyRole, key, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_table->view()->selectionModel()->select(found.first(),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueriesPage::showDetail()
{
    const QString key = selectedKey();
    if (key != m_shownKey) {
        m_shownKey = key;
        m_fullText.clear();
        m_sql->setPlainText(m_texts(key).text);
        m_plan->clear();
        m_planSummary->clear();
        m_advice->clear();
        m_advisedStatements.clear();
        for (QPushButton *b : {m_explain, m_analyze, m_advise})
            b->setEnabled(false);
        if (!key.isEmpty())
            Q_EMIT fullTextRequested(key);
    }
    const qint64 latest = m_history->latestTimeMs();
    const qint64 fromMs = latest - qint64(rangeMinutes()) * 60000;
    const PgStatementHistory::Rates rates = m_history->rates(key, fromMs);
    m_calls->replace(rates.callsPerSecond);
    m_mean->replace(rates.meanMs);
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(fromMs),
                      QDateTime::fromMSecsSinceEpoch(std::max(latest, fromMs + 1000)));
    double callsTop = 0, meanTop = 0;
    for (const QPointF &p : rates.callsPerSecond)
        callsTop = std::max(callsTop, p.y());
    for (const QPointF &p : rates.meanMs)
        meanTop = std::max(meanTop, p.y());
    const format::NiceAxis calls = format::niceAxis(0, callsTop * 1.1);
    const format::NiceAxis mean = format::niceAxis(0, meanTop * 1.1);
    m_axisCalls->setRange(calls.min, calls.max);
    m_axisCalls->setTickCount(calls.ticks);
    m_axisMean->setRange(mean.min, mean.max);
    m_axisMean->setTickCount(mean.ticks);
}

void QueriesPage::setFullText(const QString &key, const QString &text)
{
    if (key != m_shownKey)
        return;
    m_sql->setPlainText(text); // QPlainTextEdit lays out lazily: a long statement does not freeze the window
    m_fullText = text;
    rebuildParameters();
    for (QPushButton *b : {m_explain, m_analyze, m_advise})
        b->setEnabled(!text.isEmpty());
}

void QueriesPage::rebuildParameters()
{
    qDeleteAll(m_parameters);
    m_parameters.clear();
    const int count = placeholderCount(m_fullText);
    for (int i = 1; i <= count; ++i) {
        auto *edit = new QLineEdit(m_parameterRow);
        edit->setPlaceholderText(QStringLiteral("$%1 = NULL").arg(i));
        edit->setToolTip(tr("Value of $%1; leave empty for NULL. With every field empty the plan is the generic one "
                            "(as for any value).")
                             .arg(i));
        m_parameterRow->layout()->addWidget(edit);
        m_parameters.append(edit);
    }
}

void QueriesPage::requestExplain(bool analyze)
{
    QStringList values;
    bool any = false;
    for (QLineEdit *e : std::as_const(m_parameters)) {
        values.append(e->text().isEmpty() ? QString() : e->text());
        any = any || !e->text().isEmpty();
    }
    if (!any && !analyze)
        values.clear(); // the generic plan
    m_planSummary->setText(tr("Asking the planner…"));
    Q_EMIT explainRequested(m_fullText, values, analyze);
}

void QueriesPage::setPlan(const std::optional<Plan> &plan, const QString &error)
{
    m_plan->clear();
    m_tabs->setCurrentIndex(1);
    if (!plan) {
        m_planSummary->setText(coloured(error, Severity::Critical));
        return;
    }
    const QLocale locale;
    QString summary = tr("Estimated total cost %1").arg(locale.toString(plan->totalCost(), 'f', 2));
    if (plan->executionMs)
        summary += tr(" · executed in %1 (planning %2)")
                       .arg(format::durationMs(*plan->executionMs), format::durationMs(plan->planningMs.value_or(0)));
    m_planSummary->setText(summary.toHtmlEscaped());
    QList<QTreeWidgetItem *> parents;
    for (const PlanLine &line : planLines(*plan)) {
        auto *item =
            new QTreeWidgetItem({line.text, format::percent(line.share), locale.toString(line.totalCost, 'f', 2),
                                 locale.toString(line.planRows, 'f', 0),
                                 line.actualRows ? locale.toString(*line.actualRows, 'f', 0) : QStringLiteral("—"),
                                 line.actualTotalMs ? format::durationMs(*line.actualTotalMs) : QStringLiteral("—")});
        item->setToolTip(0, format::plainToolTip(line.details));
        if (!line.details.isEmpty())
            item->addChild(new QTreeWidgetItem({line.details.split(u'\n').join(QStringLiteral("; "))}));
        if (line.severity > Severity::Normal) {
            QColor c = severityColor(line.severity);
            c.setAlpha(60);
            for (int col = 0; col < 6; ++col)
                item->setBackground(col, c);
        }
        while (parents.size() > line.depth)
            parents.removeLast();
        if (parents.isEmpty())
            m_plan->addTopLevelItem(item);
        else
            parents.last()->addChild(item);
        parents.append(item);
    }
    m_plan->expandAll();
}

void QueriesPage::setAdvice(const QList<IndexAdvice> &advice)
{
    m_tabs->setCurrentIndex(2);
    m_advisedStatements.clear();
    m_advice->setHtml(adviceHtml(advice));
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

void QueriesPage::setTopAdvice(const QList<std::pair<QString, QList<IndexAdvice>>> &advice)
{
    m_tabs->setCurrentIndex(2);
    m_advisedStatements.clear();
    QString html;
    for (const auto &[sql, found] : advice)
        html += QStringLiteral("<p><b>%1</b></p>").arg(sql.left(300).simplified().toHtmlEscaped()) + adviceHtml(found) +
            QStringLiteral("<hr>");
    m_advice->setHtml(html);
}

QString QueriesPage::adviceHtml(const QList<IndexAdvice> &advice)
{
    const QLocale locale;
    QStringList parts;
    for (const IndexAdvice &a : advice) {
        if (!a.error.isEmpty() && !a.before) {
            parts.append(coloured(a.error, Severity::Critical));
            continue;
        }
        QString part = QStringLiteral("<p><code>%1</code><br>").arg(a.proposal.createStatement.toHtmlEscaped());
        if (!a.error.isEmpty()) {
            part += coloured(a.error, Severity::Critical);
        } else if (a.before && a.after) {
            const double before = a.before->totalCost();
            const double after = a.after->totalCost();
            const QString change = tr("estimated cost %1 → %2 (%3)")
                                       .arg(locale.toString(before, 'f', 2), locale.toString(after, 'f', 2),
                                            before > 0 ? format::percent((after - before) / before) : QString());
            if (a.used && after < before) {
                m_advisedStatements.append(a.proposal.createStatement);
                part += coloured(tr("The planner would use it: %1.").arg(change), Severity::Normal);
            } else {
                part += coloured(tr("The planner would not use it (%1): not worth creating.").arg(change),
                                 Severity::Warning);
            }
        }
        parts.append(part + QStringLiteral("</p>"));
    }
    return parts.join(QString());
}

// ---------------------------------------------------------------------------------------------------- Sessions

SessionsPage::SessionsPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Sessions, std::move(context), parent)
    , m_model(tables::sessionColumns())
    , m_tree(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("Cancel query…"), this))
    , m_terminate(new QPushButton(tr("Terminate session…"), this))
    , m_message(errorLabel(this))
{
    ChartWidget *states = addChart(tr("Sessions by state"), ChartWidget::Unit::Count,
                                   {{Metric::SessionsActive, tr("active")},
                                    {Metric::SessionsIdle, tr("idle")},
                                    {Metric::SessionsIdleInTransaction, tr("idle in transaction")},
                                    {Metric::SessionsWaiting, tr("waiting on a lock")}});
    m_table = addTable(tr("Sessions that are not idle"), &m_model);
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->view()->setColumnWidth(tables::SessionQuery, 420);
    m_table->sortBy(tables::SessionDuration, Qt::DescendingOrder);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateButtons);
    m_tree->setObjectName(QStringLiteral("blockingTree"));
    m_tree->setHeaderLabels({tr("Blocking chain (PID)"), tr("State"), tr("User"), tr("Waiting on"), tr("Query")});
    m_tree->setRootIsDecorated(true);
    m_tree->setColumnWidth(0, 340);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (const QList<QTreeWidgetItem *> items = m_tree->selectedItems(); !items.isEmpty())
            selectSession(items.first()->text(0).toInt());
    });
    m_cancel->setObjectName(QStringLiteral("cancelBackendButton"));
    m_terminate->setObjectName(QStringLiteral("terminateBackendButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] { ask(false); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { ask(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_terminate);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(states);
    split->addWidget(m_table);
    split->addWidget(m_tree);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    updateButtons();
}

void SessionsPage::setSessions(const QList<PgSession> &sessions)
{
    m_sessions = sessions;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_model.setRows(tables::sessionRows(sessions, now, m_thresholds.longRunningMs, m_thresholds.idleInTransactionMs));
    m_table->setUnavailable(m_model.rowCount() == 0
                                ? tr("No session is running a statement or holding a transaction open right now.")
                                : QString());

    QHash<int, const PgSession *> byPid;
    for (const PgSession &s : m_sessions)
        byPid.insert(s.pid, &s);
    m_tree->clear();
    QList<QTreeWidgetItem *> parents;
    for (const pghealth::BlockingNode &n : pghealth::blockingTree(m_sessions)) {
        const PgSession *s = byPid.value(n.pid);
        auto *item = new QTreeWidgetItem(
            {QString::number(n.pid), s ? s->state : QString(), s ? s->user : QString(),
             s && !s->waitEventType.isEmpty() ? s->waitEventType + QLatin1Char(':') + s->waitEvent : QString(),
             s ? s->query.left(300).simplified() : tr("(another database)")});
        while (parents.size() > n.depth)
            parents.removeLast();
        if (parents.isEmpty())
            m_tree->addTopLevelItem(item);
        else
            parents.last()->addChild(item);
        parents.append(item);
    }
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() == 0)
        m_tree->setHeaderLabels({tr("Blocking chain (PID): no session waits on another"), tr("State"), tr("User"),
                                 tr("Waiting on"), tr("Query")});
    else
        m_tree->setHeaderLabels({tr("Blocking chain (PID)"), tr("State"), tr("User"), tr("Waiting on"), tr("Query")});
    updateButtons();
}

void SessionsPage::setError(const QString &error)
{
    m_table->setUnavailable(error);
}

int SessionsPage::selectedPid() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RowTableModel::KeyRole).toInt();
}

void SessionsPage::selectSession(int pid)
{
    const QModelIndexList found = m_table->proxy()->match(m_table->proxy()->index(0, 0), RowTableModel::KeyRole,
                                                          QString::number(pid), 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_table->view()->selectionModel()->select(found.first(),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SessionsPage::updateButtons()
{
    const int pid = selectedPid();
    bool may = false, maintenance = false;
    for (const PgSession &s : std::as_const(m_sessions))
        if (s.pid == pid) {
            may = s.maySignal;
            maintenance = s.maintenanceMaySignal;
        }
    m_cancel->setEnabled(may || maintenance);
    m_terminate->setEnabled(may || maintenance);
    const QString why = pid == 0 ? tr("Select a session to cancel its query or terminate it.")
        : may                    ? QString()
        : maintenance            ? tr("As the profile's maintenance role (the monitoring role may not signal it).")
                                 : tr("Neither the monitoring nor the maintenance role may signal session %1 (a role "
                                                 "needs to be a member of the session's role, pg_signal_backend, or superuser).")
                            .arg(pid);
    m_cancel->setToolTip(why);
    m_terminate->setToolTip(why);
}

void SessionsPage::ask(bool terminate)
{
    const int pid = selectedPid();
    if (pid == 0)
        return;
    QString query;
    PgSessionTarget target{pid, 0};
    for (const PgSession &s : std::as_const(m_sessions))
        if (s.pid == pid) {
            query = s.query.left(500);
            target = s.target(); // the session shown: its pid and start, so a reused pid is not signalled
        }
    Q_EMIT signalRequested(target, terminate, query);
}

void SessionsPage::setSignalResult(int pid, bool terminate, const QString &error)
{
    m_message->setText(error.isEmpty() ? coloured(terminate ? tr("Session %1 terminated.").arg(pid)
                                                            : tr("Query of session %1 cancelled.").arg(pid),
                                                  Severity::Normal)
                                       : coloured(error, Severity::Critical));
}

// ---------------------------------------------------------------------------------------------------- Health

HealthPage::HealthPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Health, std::move(context), parent)
    , m_tables(tables::tableHealthColumns())
    , m_indexes(tables::indexFindingColumns())
    , m_status(errorLabel(this))
    , m_vacuum(new QPushButton(tr("VACUUM (ANALYZE)…"), this))
    , m_analyze(new QPushButton(tr("ANALYZE…"), this))
    , m_reindex(new QPushButton(tr("REINDEX CONCURRENTLY…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_maintenanceLabel(errorLabel(this))
{
    m_vacuum->setObjectName(QStringLiteral("vacuumButton"));
    m_cancel->setObjectName(QStringLiteral("cancelMaintenanceButton"));
    const std::pair<QPushButton *, MaintenanceKind> actions[] = {{m_vacuum, MaintenanceKind::VacuumAnalyze},
                                                                 {m_analyze, MaintenanceKind::Analyze},
                                                                 {m_reindex, MaintenanceKind::ReindexTable}};
    for (const auto &[button, kind] : actions)
        connect(button, &QPushButton::clicked, this, [this, kind = kind] {
            if (const PgTableHealth *t = selectedTable())
                Q_EMIT maintenanceRequested(kind, t->schema, t->name, t->name);
        });
    m_reindexIndex = new QPushButton(tr("REINDEX INDEX CONCURRENTLY…"), this);
    m_reindexIndex->setObjectName(QStringLiteral("reindexIndexButton"));
    connect(m_reindexIndex, &QPushButton::clicked, this, [this] {
        if (const PgIndexHealth *i = selectedIndex())
            Q_EMIT maintenanceRequested(MaintenanceKind::ReindexIndex, i->schema, i->name, i->table);
    });
    connect(m_cancel, &QPushButton::clicked, this, &HealthPage::maintenanceCancelRequested);
    m_cancel->hide();
    m_progress->hide();
    m_progress->setMinimumWidth(220);
    m_progress->setTextVisible(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &HealthPage::refreshRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(refresh);
    TablePanel *tablesPanel = addTable(tr("Tables"), &m_tables);
    m_tablesPanel = tablesPanel;
    tablesPanel->view()->setColumnWidth(tables::TableName, 260);
    tablesPanel->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    tablesPanel->sortBy(tables::TableSize, Qt::DescendingOrder);
    connect(tablesPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPage::updateButtons);
    auto *maintenance = new QHBoxLayout;
    maintenance->addWidget(m_maintenanceLabel, 1);
    maintenance->addWidget(m_progress);
    maintenance->addWidget(m_cancel);
    maintenance->addWidget(m_vacuum);
    maintenance->addWidget(m_analyze);
    maintenance->addWidget(m_reindex);
    maintenance->addWidget(m_reindexIndex);
    TablePanel *indexPanel = addTable(tr("Indexes"), &m_indexes);
    m_indexesPanel = indexPanel;
    indexPanel->view()->setColumnWidth(tables::IndexFindingIndex, 260);
    indexPanel->view()->setColumnWidth(tables::IndexFindingProblem, 300);
    indexPanel->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    indexPanel->sortBy(tables::IndexFindingProblem, Qt::DescendingOrder); // findings first
    connect(indexPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPage::updateButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tablesPanel);
    split->addWidget(indexPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addLayout(top);
    layout->addLayout(maintenance);
    layout->addWidget(split, 1);
    updateButtons();
    m_status->setText(tr("Sizes and index findings are read when the page opens and every five minutes while it "
                         "is shown."));
}

void HealthPage::setHealth(const PgHealth &health, const QDateTime &takenAt)
{
    m_tableList = health.tables;
    m_indexList = health.indexes;
    m_tables.setRows(tables::tableHealthRows(health.tables, 0.2));
    m_indexes.setRows(tables::indexRows(health.indexes));
    const QList<PgTableHealth> candidates = pghealth::indexCandidates(health.tables);
    QStringList names;
    for (const PgTableHealth &t : candidates)
        names.append(t.qualifiedName());
    const QLocale locale;
    m_status->setText((candidates.isEmpty()
                           ? tr("Read at %1. No table is read mostly by large sequential scans.")
                                 .arg(locale.toString(takenAt.toLocalTime().time(), QLocale::ShortFormat))
                           : tr("Read at %1. Index candidates (mostly large sequential scans): %2")
                                 .arg(locale.toString(takenAt.toLocalTime().time(), QLocale::ShortFormat),
                                      names.join(QStringLiteral(", "))))
                          .toHtmlEscaped());
}

void HealthPage::setError(const QString &error)
{
    m_status->setText(coloured(error, Severity::Critical));
}

const PgTableHealth *HealthPage::selectedTable() const
{
    const QModelIndexList rows = m_tablesPanel->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 relid = rows.first().data(RowTableModel::KeyRole).toLongLong();
    for (const PgTableHealth &t : m_tableList)
        if (t.relid == relid)
            return &t;
    return nullptr;
}

const PgIndexHealth *HealthPage::selectedIndex() const
{
    const QModelIndexList rows = m_indexesPanel->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 oid = rows.first().data(RowTableModel::KeyRole).toLongLong();
    for (const PgIndexHealth &i : m_indexList)
        if (i.indexRelid == oid)
            return &i;
    return nullptr;
}

void HealthPage::selectIndex(const QString &schema, const QString &name)
{
    for (const PgIndexHealth &i : std::as_const(m_indexList)) {
        if (i.schema != schema || i.name != name)
            continue;
        const QModelIndexList found =
            m_indexesPanel->proxy()->match(m_indexesPanel->proxy()->index(0, 0), RowTableModel::KeyRole,
                                           QString::number(i.indexRelid), 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_indexesPanel->view()->selectionModel()->select(
                found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void HealthPage::selectTable(const QString &schema, const QString &name)
{
    for (const PgTableHealth &t : std::as_const(m_tableList)) {
        if (t.schema != schema || t.name != name)
            continue;
        const QModelIndexList found = m_tablesPanel->proxy()->match(
            m_tablesPanel->proxy()->index(0, 0), RowTableModel::KeyRole, QString::number(t.relid), 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_tablesPanel->view()->selectionModel()->select(
                found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void HealthPage::setMaintenanceAvailable(bool available, const QString &why)
{
    m_maintenanceAvailable = available;
    m_unavailableWhy = why;
    updateButtons();
}

void HealthPage::updateButtons()
{
    const bool can = m_maintenanceAvailable && !m_running && selectedTable() != nullptr;
    m_reindexIndex->setEnabled(m_maintenanceAvailable && !m_running && selectedIndex() != nullptr);
    m_reindexIndex->setToolTip(!m_maintenanceAvailable ? format::plainToolTip(m_unavailableWhy)
                                   : selectedIndex()   ? QString()
                                                       : tr("Select an index first."));
    for (QPushButton *b : {m_vacuum, m_analyze, m_reindex}) {
        b->setEnabled(can);
        b->setToolTip(!m_maintenanceAvailable ? format::plainToolTip(m_unavailableWhy)
                          : selectedTable()   ? QString()
                                              : tr("Select a table first."));
    }
}

void HealthPage::maintenanceStarted(const QString &statement)
{
    m_running = true;
    updateButtons();
    m_cancel->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("starting"));
    m_maintenanceLabel->setText(tr("Running %1…").arg(statement).toHtmlEscaped());
}

void HealthPage::maintenanceProgress(const PgProgress &progress)
{
    if (!progress.running)
        return;
    if (progress.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, progress.done * 1000 / progress.total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(progress.command + QStringLiteral(": ") + progress.phase);
}

void HealthPage::maintenanceFinished(bool ok, const QString &message)
{
    m_running = false;
    m_cancel->hide();
    m_progress->hide();
    m_maintenanceLabel->setText(coloured(message, ok ? Severity::Normal : Severity::Critical));
    updateButtons();
}

} // namespace opsdash
