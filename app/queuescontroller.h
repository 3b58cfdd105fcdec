#pragma once

#include <QObject>
#include <QPointer>

#include <QCoroTask>

class QTimer;

namespace opsdash {

class ActionPipeline;
class QueuesPage;
class Session;

/// Reads the failed jobs of every queue for the Queues page, every refresh interval (at least 2 s) while the page
/// is shown and at once after a queue action ended; one read at a time. The queues' figures come with the
/// dashboard's poll.
class QueuesController : public QObject
{
    Q_OBJECT

public:
    QueuesController(Session *session, QueuesPage *page, ActionPipeline *actions, QObject *parent = nullptr);

    QCoro::Task<> refresh();

private:
    QPointer<Session> m_session;
    QPointer<QueuesPage> m_page;
    QTimer *m_timer;
    bool m_busy = false;
};

} // namespace opsdash
