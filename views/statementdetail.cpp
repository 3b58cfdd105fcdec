#include "statementdetail.h"

#include "format.h"
#include "richtext.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace opsdash {

StatementDetail::StatementDetail(QWidget *parent)
    : QWidget(parent)
    , m_cost(richLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sql(new QPlainTextEdit(this))
{
    m_sql->setReadOnly(true);
    m_sql->setObjectName(QStringLiteral("statementSql"));
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sql->setPlaceholderText(tr("Select a statement to see its whole SQL and its calls over time."));
    auto *copy = new QPushButton(tr("Copy SQL"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_sql->toPlainText()); });
    auto *sqlRow = new QHBoxLayout;
    m_cost->setObjectName(QStringLiteral("ownCost"));
    sqlRow->addWidget(m_cost, 1);
    sqlRow->addWidget(copy);
    // The tabs in the order of Tab.
    m_tabs->addTab(m_sql, tr("SQL"));
    m_tabs->addTab(buildPlanTab(), tr("Plan"));
    m_tabs->addTab(buildAdviceTab(), tr("Index advice"));
    for (QPushButton *b : {m_explain, m_analyze, m_advise})
        b->setEnabled(false); // until the statement's whole text is here
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sqlRow);
    layout->addWidget(m_tabs, 1);
}

QWidget *StatementDetail::buildPlanTab()
{
    // A field per $n (empty is NULL), plain EXPLAIN, or ANALYZE after a warning.
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    m_parameterRow = new QWidget(tab);
    new QHBoxLayout(m_parameterRow);
    m_parameterRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_explain = new QPushButton(tr("Explain"), tab);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_analyze = new QPushButton(tr("Explain ANALYZE…"), tab);
    m_analyze->setObjectName(QStringLiteral("analyzeButton"));
    connect(m_explain, &QPushButton::clicked, this, [this] { requestExplain(false); });
    // The application confirms it (it runs the statement) and records it in the actions log.
    connect(m_analyze, &QPushButton::clicked, this, [this] { requestExplain(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_parameterRow, 1);
    buttons->addWidget(m_explain);
    buttons->addWidget(m_analyze);
    layout->addLayout(buttons);
    m_planSummary = richLabel(tab);
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    layout->addWidget(m_planSummary);
    m_plan = new QTreeWidget(tab);
    m_plan->setObjectName(QStringLiteral("planTree"));
    m_plan->setHeaderLabels({tr("Plan node"), tr("Own cost"), tr("Total cost"), tr("Rows (estimate)"),
                             tr("Rows (actual)"), tr("Time (actual)")});
    m_plan->setColumnWidth(0, 380);
    layout->addWidget(m_plan, 1);
    return tab;
}

QWidget *StatementDetail::buildAdviceTab()
{
    // Proposals read off the SQL, checked with hypopg.
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    m_advise = new QPushButton(tr("Propose an index and check it with hypopg"), tab);
    m_advise->setObjectName(QStringLiteral("adviseButton"));
    connect(m_advise, &QPushButton::clicked, this, [this] {
        m_advice->setPlainText(tr("Asking the planner…"));
        Q_EMIT adviceRequested(m_fullText);
    });
    auto *adviseTop = new QPushButton(tr("Advise for the top 5 by total time"), tab);
    adviseTop->setObjectName(QStringLiteral("adviseTopButton"));
    connect(adviseTop, &QPushButton::clicked, this, &StatementDetail::topAdviceWanted);
    auto *copyAdvice = new QPushButton(tr("Copy CREATE INDEX"), tab);
    copyAdvice->setObjectName(QStringLiteral("copyAdviceButton"));
    connect(copyAdvice, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_advisedStatements.join(u'\n')); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_advise);
    buttons->addWidget(adviseTop);
    buttons->addStretch();
    buttons->addWidget(copyAdvice);
    layout->addLayout(buttons);
    m_advice = new QTextBrowser(tab);
    m_advice->setObjectName(QStringLiteral("adviceView"));
    layout->addWidget(m_advice, 1);
    return tab;
}

void StatementDetail::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void StatementDetail::showStatement(const QString &text)
{
    m_fullText.clear();
    m_sql->setPlainText(text);
    m_plan->clear();
    m_planSummary->clear();
    m_advice->clear();
    m_advisedStatements.clear();
    qDeleteAll(m_parameters);
    m_parameters.clear();
    for (QPushButton *b : {m_explain, m_analyze, m_advise})
        b->setEnabled(false);
}

void StatementDetail::setFullText(const QString &text)
{
    m_sql->setPlainText(text); // QPlainTextEdit lays out lazily: a long statement does not freeze the window
    m_fullText = text;
    rebuildParameters();
    for (QPushButton *b : {m_explain, m_analyze, m_advise})
        b->setEnabled(!text.isEmpty());
}

void StatementDetail::setCostText(const QString &text)
{
    m_cost->setText(text.toHtmlEscaped());
}

void StatementDetail::rebuildParameters()
{
    qDeleteAll(m_parameters);
    m_parameters.clear();
    const int count = placeholderCount(m_fullText);
    for (int i = 1; i <= count; ++i) {
        auto *edit = new QLineEdit(m_parameterRow);
        edit->setObjectName(QStringLiteral("parameter%1").arg(i));
        edit->setPlaceholderText(QStringLiteral("$%1 = NULL").arg(i));
        edit->setToolTip(tr("Value of $%1; leave empty for NULL. With every field empty the plan is the generic one "
                            "(as for any value).")
                             .arg(i));
        m_parameterRow->layout()->addWidget(edit);
        m_parameters.append(edit);
    }
}

void StatementDetail::requestExplain(bool analyze)
{
    QStringList values;
    bool any = false;
    for (QLineEdit *e : std::as_const(m_parameters)) {
        values.append(e->text().isEmpty() ? QString() : e->text());
        any = any || !e->text().isEmpty();
    }
    if (!any && !analyze)
        values.clear(); // the generic plan
    if (!analyze)
        m_planSummary->setText(tr("Asking the planner…"));
    Q_EMIT explainRequested(m_fullText, values, analyze);
}

void StatementDetail::setPlanStatus(const QString &text)
{
    showTab(Tab::Plan);
    m_planSummary->setText(text.toHtmlEscaped());
}

void StatementDetail::setPlan(const std::optional<Plan> &plan, const QString &error)
{
    m_plan->clear();
    showTab(Tab::Plan);
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

void StatementDetail::setAdvice(const QList<IndexAdvice> &advice)
{
    showTab(Tab::Advice);
    m_advisedStatements.clear();
    m_advice->setHtml(adviceHtml(advice));
}

void StatementDetail::topAdviceAsked(int statements)
{
    m_advice->setPlainText(tr("Asking the planner about %n statement(s)…", nullptr, statements));
    showTab(Tab::Advice);
}

void StatementDetail::setTopAdvice(const QList<std::pair<QString, QList<IndexAdvice>>> &advice)
{
    showTab(Tab::Advice);
    m_advisedStatements.clear();
    QString html;
    for (const auto &[sql, found] : advice)
        html += QStringLiteral("<p><b>%1</b></p>").arg(sql.left(300).simplified().toHtmlEscaped()) + adviceHtml(found) +
            QStringLiteral("<hr>");
    m_advice->setHtml(html);
}

QString StatementDetail::adviceHtml(const QList<IndexAdvice> &advice)
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

} // namespace opsdash
