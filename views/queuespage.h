#pragma once

#include "pages.h"
#include "rowtablemodel.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace opsdash {

/// The backend's background job queues (eventsd's extension): per queue its figures, jobs waiting and finished
/// per minute over time, the jobs that failed with their errors and attempts, and the guarded actions — pause or
/// resume a queue, retry one dead job or all of them, purge the dead. A backend without queues: the page says so.
class QueuesPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit QueuesPage(PageContext context, QWidget *parent = nullptr);
    void refresh() override;
    /// The failed jobs (read by the QueuesController while the page is shown); `error` when they could not be.
    void setTroubledJobs(const QList<TroubledJobs> &jobs, const QString &error);

private:
    void requestQueueAction(QueueAction action);
    void updateButtons();
    /// The queue the action box names (its figures, when the backend sent them).
    std::optional<QueueFigures> selectedQueue() const;
    /// A cell (raw value) of the failed job selected in the table; nothing without a selection.
    std::optional<QString> selectedJob(int column) const;

    RowTableModel m_queueModel;
    RowTableModel m_jobModel;
    TablePanel *m_queueTable;
    TablePanel *m_jobTable;
    QLabel *m_status;
    QLabel *m_jobsStatus;
    QComboBox *m_queue;
    QPushButton *m_pause;
    QPushButton *m_retryAll;
    QPushButton *m_purge;
    QPushButton *m_retryOne;
};

} // namespace opsdash
