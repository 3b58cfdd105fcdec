#pragma once

#include "pgplan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace opsdash {

/// One statement of the Queries page: its whole SQL, its plan (a field per $n, EXPLAIN or, after a warning,
/// EXPLAIN ANALYZE) and index advice checked with hypopg. Does no I/O: it asks through signals and is handed the
/// answers.
class StatementDetail : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Sql, Plan, Advice };

    explicit StatementDetail(QWidget *parent = nullptr);

    /// A statement was selected: its text as far as known (cut), until setFullText() brings all of it.
    void showStatement(const QString &text);
    /// The whole text arrived: the plan and advice buttons work from now on.
    void setFullText(const QString &text);
    /// What opsdash's own statements cost, shown beside the SQL.
    void setCostText(const QString &text);
    /// The plan asked for with explainRequested(), or why there is none.
    void setPlan(const std::optional<Plan> &plan, const QString &error);
    /// What the Plan tab waits for ("running under EXPLAIN ANALYZE…"), as plain text.
    void setPlanStatus(const QString &text);
    void setAdvice(const QList<IndexAdvice> &advice);
    /// Advice for several statements at once: each statement's text, its advice.
    void setTopAdvice(const QList<std::pair<QString, QList<IndexAdvice>>> &advice);
    /// Says the advice for several statements is being asked for.
    void topAdviceAsked(int statements);
    void showTab(Tab tab);

Q_SIGNALS:
    /// EXPLAIN `sql` with `values` (a null string is NULL; none: the generic plan); with `analyze` the application
    /// confirms first (it runs the statement).
    void explainRequested(const QString &sql, const QStringList &values, bool analyze);
    void adviceRequested(const QString &sql);
    /// The user asked for advice on the page's top statements.
    void topAdviceWanted();

private:
    QWidget *buildPlanTab();
    QWidget *buildAdviceTab();
    void rebuildParameters();
    void requestExplain(bool analyze);
    QString adviceHtml(const QList<IndexAdvice> &advice);

    QLabel *m_cost;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_sql;
    QWidget *m_parameterRow = nullptr;
    QList<QLineEdit *> m_parameters;
    QPushButton *m_explain = nullptr;
    QPushButton *m_analyze = nullptr;
    QTreeWidget *m_plan = nullptr;
    QLabel *m_planSummary = nullptr;
    QPushButton *m_advise = nullptr;
    QTextBrowser *m_advice = nullptr;
    QString m_fullText;
    QStringList m_advisedStatements;
};

} // namespace opsdash
