#include "queuespage.h"

#include "queuetables.h"
#include "tablepanel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

QueuesPage::QueuesPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Queues, std::move(context), parent)
    , m_queueModel(tables::queueColumns())
    , m_jobModel(tables::queueJobColumns())
    , m_status(new QLabel(this))
    , m_jobsStatus(new QLabel(this))
    , m_queue(new QComboBox(this))
    , m_pause(new QPushButton(this))
    , m_retryAll(new QPushButton(tr("Retry all dead…"), this))
    , m_purge(new QPushButton(tr("Purge dead…"), this))
    , m_retryOne(new QPushButton(tr("Retry selected job…"), this))
{
    QVBoxLayout *layout = scrolledLayout(this);
    m_status->setObjectName(QStringLiteral("queuesStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *box = new QGroupBox(tr("Queue actions"), this);
    auto *row = new QHBoxLayout(box);
    m_queue->setObjectName(QStringLiteral("queueBox"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_retryAll->setObjectName(QStringLiteral("retryAllButton"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_retryOne->setObjectName(QStringLiteral("retryOneButton"));
    row->addWidget(new QLabel(tr("Queue:"), box));
    row->addWidget(m_queue, 1);
    row->addWidget(m_pause);
    row->addWidget(m_retryAll);
    row->addWidget(m_purge);
    layout->addWidget(box);
    connect(m_queue, &QComboBox::currentIndexChanged, this, &QueuesPage::updateButtons);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        const auto queue = selectedQueue();
        requestQueueAction(queue && queue->paused ? QueueAction::Resume : QueueAction::Pause);
    });
    connect(m_retryAll, &QPushButton::clicked, this, [this] { requestQueueAction(QueueAction::RetryAllDead); });
    connect(m_purge, &QPushButton::clicked, this, [this] { requestQueueAction(QueueAction::PurgeDead); });

    m_queueTable = addTable(tr("Queues"), &m_queueModel);
    m_queueTable->setObjectName(QStringLiteral("queuesTable"));
    m_queueTable->setMaximumHeight(220); // a handful of queues: no empty screen below them
    layout->addWidget(m_queueTable);

    auto *charts = new QHBoxLayout;
    QList<ChartWidget::Line> waiting, finished;
    for (const QueueName q : allQueueNames) {
        waiting.append({queueWaitingMetric(q), queueName(q)});
        finished.append({queueThroughputMetric(q), queueName(q)});
    }
    charts->addWidget(addChart(tr("Jobs waiting"), ChartWidget::Unit::Count, waiting));
    charts->addWidget(addChart(tr("Jobs finished per minute"), ChartWidget::Unit::Count, finished));
    charts->addWidget(
        addChart(tr("Dead jobs, all queues"), ChartWidget::Unit::Count, {{Metric::QueueDead, tr("dead")}}));
    layout->addLayout(charts);

    m_jobsStatus->setTextFormat(Qt::PlainText);
    m_jobsStatus->setWordWrap(true);
    layout->addWidget(m_jobsStatus);
    m_jobTable = addTable(tr("Failed jobs"), &m_jobModel);
    m_jobTable->setObjectName(QStringLiteral("jobsTable"));
    layout->addWidget(m_jobTable);
    auto *jobRow = new QHBoxLayout;
    jobRow->addStretch();
    jobRow->addWidget(m_retryOne);
    layout->addLayout(jobRow);
    connect(m_retryOne, &QPushButton::clicked, this, [this] { requestQueueAction(QueueAction::RetryOne); });
    connect(m_jobTable->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuesPage::updateButtons);
    layout->addStretch();
    updateButtons();
}

std::optional<QueueFigures> QueuesPage::selectedQueue() const
{
    const auto &queues = dashboard()->queues();
    if (!queues)
        return std::nullopt;
    for (const QueueFigures &q : *queues)
        if (q.name == m_queue->currentText())
            return q;
    return std::nullopt;
}

std::optional<QString> QueuesPage::selectedJob(int column) const
{
    const QModelIndexList rows = m_jobTable->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_jobTable->proxy()->mapToSource(rows.first());
    return m_jobModel.index(source.row(), column).data(RowTableModel::SortRole).toString();
}

void QueuesPage::requestQueueAction(QueueAction action)
{
    ActionRequest r;
    r.kind = ActionRequest::Kind::Queue;
    r.queueAction = action;
    r.instance = context().instances.value(0);
    r.queue = m_queue->currentText();
    if (action == QueueAction::RetryOne) {
        if (!selectedJob(tables::JobEntry))
            return;
        r.queue = *selectedJob(tables::JobQueue);
        r.entryId = *selectedJob(tables::JobEntry);
        r.jobId = *selectedJob(tables::JobId);
    }
    if (!r.queue.isEmpty())
        Q_EMIT actionRequested(r);
}

void QueuesPage::updateButtons()
{
    const auto queue = selectedQueue();
    m_pause->setText(queue && queue->paused ? tr("Resume…") : tr("Pause…"));
    m_pause->setEnabled(queue.has_value());
    m_retryAll->setEnabled(queue && queue->dead > 0);
    m_purge->setEnabled(queue && queue->dead > 0);
    // Only dead jobs have an entry to retry; a retrying one runs again by itself.
    m_retryOne->setEnabled(!selectedJob(tables::JobEntry).value_or(QString()).isEmpty());
}

void QueuesPage::refresh()
{
    DashboardPage::refresh();
    const QString missing = missingBackendText(BackendExtension::Queues);
    for (ChartWidget *c : charts())
        c->setEmptyText(missing);
    const auto &queues = dashboard()->queues();
    if (!queues) {
        m_status->setText(missing);
        m_queueTable->setUnavailable(missing);
        m_jobTable->setUnavailable(missing);
        updateButtons();
        return;
    }
    m_queueTable->setUnavailable({});
    m_jobTable->setUnavailable({});
    m_queueModel.setRows(tables::queueRows(*queues, dashboard()->thresholds()));
    qint64 waiting = 0, dead = 0;
    int workers = 0;
    QStringList names;
    for (const QueueFigures &q : *queues) {
        waiting += q.waiting;
        dead += q.dead;
        workers = std::max(workers, q.workers);
        names.append(q.name);
    }
    m_status->setText(tr("%1 queues: %2 jobs waiting, %3 dead; up to %4 worker processes per queue.")
                          .arg(queues->size())
                          .arg(QLocale().toString(waiting), QLocale().toString(dead))
                          .arg(workers));
    // The action box offers the queues the backend has, keeping the choice.
    QStringList offered;
    for (int i = 0; i < m_queue->count(); ++i)
        offered.append(m_queue->itemText(i));
    if (offered != names) {
        const QString current = m_queue->currentText();
        m_queue->clear();
        m_queue->addItems(names);
        m_queue->setCurrentIndex(std::max<qsizetype>(0, names.indexOf(current)));
    }
    updateButtons();
}

void QueuesPage::setTroubledJobs(const QList<TroubledJobs> &jobs, const QString &error)
{
    if (!error.isEmpty()) {
        m_jobsStatus->setText(tr("Failed jobs could not be read: %1").arg(error));
        return;
    }
    m_jobModel.setRows(tables::queueJobRows(jobs));
    qsizetype count = 0;
    for (const TroubledJobs &t : jobs)
        count += t.jobs.size();
    m_jobsStatus->setText(count == 0 ? tr("No failed jobs: nothing is dead or waiting for a retry.")
                                     : tr("%n failed job(s): dead ones are out of attempts; select one to retry it.",
                                          nullptr, int(count)));
    updateButtons();
}

} // namespace opsdash
