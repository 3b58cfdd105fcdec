#include "queuescontroller.h"

#include "actionpipeline.h"
#include "backendclient.h"
#include "queuespage.h"
#include "session.h"

#include <QTimer>

namespace opsdash {

QueuesController::QueuesController(Session *session, QueuesPage *page, ActionPipeline *actions, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(std::max(2000, session->profile().refreshMs));
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_page && m_page->isVisible())
            refresh();
    });
    m_timer->start();
    connect(actions, &ActionPipeline::finished, this, [this] {
        if (m_page && m_page->isVisible())
            refresh();
    });
}

QCoro::Task<> QueuesController::refresh()
{
    if (m_busy || !m_session || !m_page)
        co_return;
    const auto queues = m_session->dashboard()->queues();
    BackendClient *client = m_session->clients().value(0);
    if (!queues || !client)
        co_return;
    m_busy = true;
    QPointer<QueuesController> self(this);
    QPointer<BackendClient> guard(client);
    QList<TroubledJobs> all;
    QString error;
    // The figures are the backend's (Redis), the same from every instance: the first one answers for all.
    for (const QueueFigures &q : *queues) {
        if (q.dead == 0 && q.delayed == 0)
            continue;
        if (!guard)
            break;
        QCoro::Task<BackendReply<TroubledJobs>> reading = guard->troubledJobs(q.name);
        const BackendReply<TroubledJobs> reply = co_await reading;
        if (!self)
            co_return;
        if (!reply) {
            error = reply.error;
            break;
        }
        all.append(*reply.value);
    }
    m_busy = false;
    if (m_page)
        m_page->setTroubledJobs(all, error);
}

} // namespace opsdash
