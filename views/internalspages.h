#pragma once

#include "pages.h"
#include "pginternals.h"
#include "pgplan.h"
#include "pgstatements.h"

#include <functional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QDoubleSpinBox;
class QLineSeries;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QValueAxis;

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
/// selected statement's calls/s and mean time charted and its whole SQL shown. It does no I/O: it reads the
/// history the controller fills, asks for a statement's full text and for a reset through signals.
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
    TablePanel *table() const { return m_table; }
    RowTableModel *model() { return &m_model; }
    QString ownCostText() const;
    QString selectedKey() const;
    void selectStatement(const QString &key);
    QSpinBox *minCallsBox() const { return m_minCalls; }
    QDoubleSpinBox *minMeanBox() const { return m_minMean; }
    QPlainTextEdit *sqlView() const { return m_sql; }

    /// The plan asked for with explainRequested(), or why there is none.
    void setPlan(const std::optional<Plan> &plan, const QString &error);
    void setAdvice(const QList<IndexAdvice> &advice);
    /// Advice for several statements at once (the top ones by total time): each statement's text, its advice.
    void setTopAdvice(const QList<std::pair<QString, QList<IndexAdvice>>> &advice);
    /// The keys of the top `count` statements by total time over the range (opsdash's own are not in the table).
    QStringList topStatementKeys(int count) const;
    QPushButton *adviseTopButton() const { return m_adviseTop; }
    QTreeWidget *planTree() const { return m_plan; }
    QTextBrowser *adviceView() const { return m_advice; }
    QList<QLineEdit *> parameterEdits() const { return m_parameters; }
    QPushButton *explainButton() const { return m_explain; }
    QPushButton *adviseButton() const { return m_advise; }
    /// The CREATE INDEX statements of the last advice whose index the planner would use.
    QStringList advisedStatements() const { return m_advisedStatements; }

Q_SIGNALS:
    void fullTextRequested(const QString &key);
    /// The user asked to reset the statement statistics (the application confirms).
    void resetRequested();
    /// EXPLAIN `sql` with `values` (a null string is NULL; none: the generic plan); `analyze` was confirmed.
    void explainRequested(const QString &sql, const QStringList &values, bool analyze);
    void adviceRequested(const QString &sql);
    void topAdviceRequested(const QStringList &keys);

private:
    void showDetail();
    void rebuildParameters();
    void requestExplain(bool analyze);
    QString adviceHtml(const QList<IndexAdvice> &advice);

    const PgStatementHistory *m_history;
    StatementTextLookup m_texts;
    RowTableModel m_model;
    TablePanel *m_table;
    QSpinBox *m_minCalls;
    QDoubleSpinBox *m_minMean;
    QLabel *m_cost;
    QLabel *m_coverage;
    QPlainTextEdit *m_sql;
    QChart *m_chart;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisCalls;
    QValueAxis *m_axisMean;
    QLineSeries *m_calls;
    QLineSeries *m_mean;
    QString m_shownKey;
    QString m_ownCost;
    /// What the table was computed from: the history changes only with a poll (every 10 s), the page is refreshed
    /// with every dashboard tick; the same history and range are not computed again.
    qint64 m_computedLatestMs = -1;
    int m_computedRangeMinutes = -1;
    QString m_fullText; ///< of m_shownKey, once it arrived
    QTabWidget *m_tabs;
    QWidget *m_parameterRow;
    QList<QLineEdit *> m_parameters;
    QPushButton *m_explain;
    QPushButton *m_analyze;
    QTreeWidget *m_plan;
    QLabel *m_planSummary;
    QPushButton *m_advise;
    QPushButton *m_adviseTop;
    QTextBrowser *m_advice;
    QStringList m_advisedStatements;
};

/// Sessions from pg_stat_activity: counts by state over time, the non-idle sessions (long-running and idle in
/// transaction highlighted by the profile's thresholds), the blocking tree, and cancel/terminate — offered only
/// when the server says this role may, confirmed first, with the server's answer shown.
class SessionsPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit SessionsPage(PageContext context, QWidget *parent = nullptr);

    struct Thresholds
    {
        double longRunningMs = 60000;
        double idleInTransactionMs = 30000;
    };
    void setThresholds(Thresholds t) { m_thresholds = t; }
    void setSessions(const QList<PgSession> &sessions);
    void setError(const QString &error);
    void setSignalResult(int pid, bool terminate, const QString &error);
    RowTableModel *model() { return &m_model; }
    QTreeWidget *blockingTree() const { return m_tree; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *terminateButton() const { return m_terminate; }
    void selectSession(int pid);

Q_SIGNALS:
    /// The user asked to cancel the query or terminate the session (the application confirms); `query` is what it
    /// runs, for the confirmation.
    void signalRequested(opsdash::PgSessionTarget target, bool terminate, const QString &query);

private:
    void updateButtons();
    void ask(bool terminate);
    int selectedPid() const;

    Thresholds m_thresholds;
    QList<PgSession> m_sessions;
    RowTableModel m_model;
    TablePanel *m_table;
    QTreeWidget *m_tree;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    QLabel *m_message;
};

/// Table and index health: per table size, live/dead rows, last (auto)vacuum/analyze, sequential vs index scans
/// (tables read by big sequential scans flagged as index candidates); unused and duplicate indexes. Sizes cost a
/// stat per file: refreshed on demand and at a slow interval, never per tick.
class HealthPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit HealthPage(PageContext context, QWidget *parent = nullptr);

    void setHealth(const PgHealth &health, const QDateTime &takenAt);
    void setError(const QString &error);
    RowTableModel *tablesModel() { return &m_tables; }
    RowTableModel *indexesModel() { return &m_indexes; }

    /// Whether maintenance can be offered, and if not why (no maintenance role in the profile).
    void setMaintenanceAvailable(bool available, const QString &why);
    void selectTable(const QString &schema, const QString &name);
    void maintenanceStarted(const QString &statement);
    void maintenanceProgress(const PgProgress &progress);
    void maintenanceFinished(bool ok, const QString &message);
    QPushButton *vacuumButton() const { return m_vacuum; }
    QPushButton *reindexIndexButton() const { return m_reindexIndex; }
    void selectIndex(const QString &schema, const QString &name);
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *maintenanceLabel() const { return m_maintenanceLabel; }

Q_SIGNALS:
    void refreshRequested();
    /// Run `kind` on schema.target (a table, or an index for ReindexIndex) of schema.table; the controller confirms
    /// first.
    void maintenanceRequested(opsdash::MaintenanceKind kind, const QString &schema, const QString &target,
                              const QString &table);
    void maintenanceCancelRequested();

private:
    const PgTableHealth *selectedTable() const;
    const PgIndexHealth *selectedIndex() const;
    void updateButtons();

    RowTableModel m_tables;
    RowTableModel m_indexes;
    QList<PgTableHealth> m_tableList;
    QList<PgIndexHealth> m_indexList;
    TablePanel *m_tablesPanel;
    TablePanel *m_indexesPanel;
    QPushButton *m_reindexIndex;
    QLabel *m_status;
    QPushButton *m_vacuum;
    QPushButton *m_analyze;
    QPushButton *m_reindex;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_maintenanceLabel;
    bool m_maintenanceAvailable = false;
    bool m_running = false;
    QString m_unavailableWhy;
};

} // namespace opsdash
