#include "sessionspage.h"

#include "format.h"
#include "richtext.h"
#include "tablepanel.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace opsdash {

SessionsPage::SessionsPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Sessions, std::move(context), parent)
    , m_model(tables::sessionColumns())
    , m_tree(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("Cancel query…"), this))
    , m_terminate(new QPushButton(tr("Terminate session…"), this))
    , m_message(richLabel(this))
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
    m_model.setObjectName(QStringLiteral("sessions"));
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

} // namespace opsdash
