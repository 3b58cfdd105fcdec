#pragma once

#include "pages.h"
#include "pgstatements.h"
#include "statementdetail.h"

#include <functional>

class QDoubleSpinBox;
class QSpinBox;

namespace opsdash {

class TablePanel;

/// The statements' text as opsdash knows it: the (cut) text and whether the statement is opsdash's own.
struct StatementText
{
    QString text;
    bool own = false;
};
using StatementTextLookup = std::function<StatementText(const QString &key)>;

/// Statement statistics from pg_stat_statements: the growth of each statement's counters over the selected range,
/// filtered by text, minimum calls and minimum mean; opsdash's own statements apart as "opsdash cost"; the
/// selected statement's calls/s and mean time charted, and its SQL, plan and index advice (StatementDetail). It
/// does no I/O: it reads the history the controller fills, and asks for texts, plans, advice and a reset through
/// signals.
class QueriesPage : public DashboardPage
{
    Q_OBJECT

public:
    QueriesPage(PageContext context, const PgStatementHistory *history, StatementTextLookup texts,
                QWidget *parent = nullptr);

    void refresh() override;
    void setError(const QString &error);
    /// The full text of `key`, as asked for with fullTextRequested().
    void setFullText(const QString &key, const QString &text);
    StatementDetail *detail() const { return m_detail; }
    /// Selects the row of `key`; false when the table (with its filters) does not show it.
    bool selectStatement(const QString &key);
    /// Selects the statement whose text is `sql` by sql::matchKey() (the backend's normalized text and
    /// pg_stat_statements' name one statement differently); false when no row shown is it.
    bool selectStatementByText(const QString &sql);

Q_SIGNALS:
    void fullTextRequested(const QString &key);
    /// The user asked to reset the statement statistics (the application confirms).
    void resetRequested();
    void topAdviceRequested(const QStringList &keys);

private:
    QString selectedKey() const;
    /// The keys of the top `count` statements by total time over the range (opsdash's own are not in the table).
    QStringList topStatementKeys(int count) const;
    QLayout *buildFilters();
    void showDetail();
    void updateRates();

    const PgStatementHistory *m_history;
    StatementTextLookup m_texts;
    RowTableModel m_model;
    MetricStore m_rates; ///< the selected statement's calls/s and mean time, for its charts
    TablePanel *m_table;
    QSpinBox *m_minCalls;
    QDoubleSpinBox *m_minMean;
    QLabel *m_coverage;
    StatementDetail *m_detail;
    ChartWidget *m_callsChart = nullptr;
    ChartWidget *m_meanChart = nullptr;
    QString m_shownKey;
    QString m_ownCost;
    /// What the table was computed from: the history changes only with a poll (every 10 s), the page is refreshed
    /// with every dashboard tick; the same history and range are not computed again.
    qint64 m_computedLatestMs = -1;
    int m_computedRangeMinutes = -1;
};

} // namespace opsdash
