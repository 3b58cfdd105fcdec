#include "apicontroller.h"

#include "apipage.h"
#include "backendclient.h"
#include "queriespage.h"
#include "session.h"

#include <QTimer>

namespace opsdash {

ApiController::ApiController(Session *session, ApiPage *page, std::function<QueriesPage *()> queries, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_queries(std::move(queries))
    , m_timer(new QTimer(this))
{
    connect(page, &ApiPage::statementRequested, this, &ApiController::openStatement);
    connect(page, &ApiPage::breakdownRequested, this,
            [this](const QString &instance, const QString &route) { fetch(instance, route); });
    m_timer->setInterval(std::max(5000, session->profile().refreshMs));
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_page || !m_page->isVisible())
            return;
        const auto [instance, route] = m_page->selectedEndpoint();
        if (!route.isEmpty())
            fetch(instance, route);
    });
    m_timer->start();
}

void ApiController::openStatement(const QString &sql)
{
    if (!m_page)
        return;
    QueriesPage *queries = m_queries();
    if (!queries)
        m_page->setStatementMessage(tr("This profile has no database: the Queries page is not there."));
    else if (queries->selectStatementByText(sql))
        Q_EMIT m_page->pageRequested(PageId::Queries);
    else
        m_page->setStatementMessage(tr("Not on the Queries page: pg_stat_statements has no calls of it in the "
                                       "selected range, or the page's filters hide it."));
}

QCoro::Task<> ApiController::fetch(QString instance, QString route)
{
    if (m_busy || !m_session || !m_page)
        co_return;
    QPointer<BackendClient> client = m_session->client(instance);
    if (!client)
        co_return;
    m_busy = true;
    QPointer<ApiController> self(this);
    QCoro::Task<BackendReply<QList<EndpointBreakdown>>> reading = client->endpointBreakdown();
    const BackendReply<QList<EndpointBreakdown>> reply = co_await reading;
    if (!self)
        co_return;
    m_busy = false;
    if (!m_page)
        co_return;
    if (!reply) {
        m_page->setBreakdown(instance, route, nullptr,
                             reply.notOffered ? tr("Not offered by this backend (an eventsd extension; it answers "
                                                   "404).")
                                              : reply.error);
        co_return;
    }
    const auto it = std::find_if(reply.value->cbegin(), reply.value->cend(),
                                 [&route](const EndpointBreakdown &b) { return b.route == route; });
    m_page->setBreakdown(instance, route, it == reply.value->cend() ? nullptr : &*it);
}

} // namespace opsdash
