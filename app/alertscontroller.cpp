#include "alertscontroller.h"

#include "actionpipeline.h"
#include "alertspage.h"
#include "format.h"
#include "session.h"
#include "tables.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace opsdash {

AlertsController::AlertsController(Session *session, AlertsPage *page, ActionPipeline *actions, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_actions(actions)
    , m_timer(new QTimer(this))
{
    if (!session->alertmanager()) {
        page->setUnavailable(tr("This profile has no Alertmanager: add its URL in the profile (or start with "
                                "--alertmanager URL) to see its alerts and silences here."));
        page->setStatus(tr("opsdash's own alerts exist only while this window is open."));
        return;
    }
    connect(page, &AlertsPage::silenceRequested, this, &AlertsController::createSilence);
    connect(page, &AlertsPage::expireRequested, this, &AlertsController::expireSilence);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_page && m_page->isVisible())
            refresh();
    });
    m_timer->start();
    refresh();
}

QCoro::Task<> AlertsController::refresh()
{
    if (m_busy || !m_session || !m_session->alertmanager())
        co_return;
    m_busy = true;
    QPointer<AlertsController> self(this);
    AlertmanagerClient *client = m_session->alertmanager();
    QCoro::Task<BackendReply<QList<am::Alert>>> alertsTask = client->alerts();
    QCoro::Task<BackendReply<QList<am::Silence>>> silencesTask = client->silences();
    const auto alerts = co_await alertsTask;
    const auto silences = co_await silencesTask;
    if (!self || !m_page)
        co_return;
    m_busy = false;
    if (alerts)
        m_page->alertmanagerAlerts()->setRows(tables::amAlertRows(*alerts.value));
    if (silences)
        m_page->silences()->setRows(tables::silenceRows(*silences.value, QDateTime::currentMSecsSinceEpoch()));
    const QString error = !alerts ? alerts.error : silences.error;
    int active = 0;
    for (const am::Alert &a : alerts.value.value_or(QList<am::Alert>{}))
        active += a.state == am::AlertState::Active ? 1 : 0;
    const QLocale locale;
    m_page->setStatus(error.isEmpty() ? tr("Alertmanager: %1 alerts (%2 active) · read at %3")
                                            .arg(locale.toString(alerts.value->size()), locale.toString(active),
                                                 QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                                      : tr("Alertmanager: %1").arg(error));
}

void AlertsController::createSilence(const am::Silence &silence)
{
    if (!m_session || !m_actions || !m_session->alertmanager())
        return;
    const QString matchers = am::formatMatchers(silence.matchers);
    const QString duration = format::durationMs(double(silence.endsAtMs - silence.startsAtMs));
    GuardedAction action;
    action.name = tr("Create silence");
    action.description =
        tr("Alertmanager will hold back notifications of every alert matching %1 for %2.").arg(matchers, duration);
    action.target = m_session->profile().alertmanagerUrl.toString();
    action.instance = tr("Alertmanager");
    action.parameters = tr("%1 for %2: %3").arg(matchers, duration, silence.comment);
    action.dialogParent = m_page.data();
    QPointer<AlertmanagerClient> client(m_session->alertmanager());
    action.run = [client, silence]() -> QCoro::Task<ActionOutcome> {
        if (!client)
            co_return ActionOutcome{false, tr("no Alertmanager")};
        QCoro::Task<BackendReply<QString>> creating = client->createSilence(silence);
        const auto reply = co_await creating;
        co_return reply ? ActionOutcome{true, tr("silence %1").arg(*reply.value)} : ActionOutcome{false, reply.error};
    };
    QPointer<AlertsController> self(this);
    action.onFinished = [self](const ActionRecord &) {
        if (self)
            self->refresh();
    };
    m_actions->submit(action);
}

void AlertsController::expireSilence(const QString &id, const QString &matchers)
{
    if (!m_session || !m_actions || !m_session->alertmanager())
        return;
    GuardedAction action;
    action.name = tr("Expire silence");
    action.description = tr("Alerts matching %1 notify again at once.").arg(matchers);
    action.target = m_session->profile().alertmanagerUrl.toString();
    action.instance = tr("Alertmanager");
    action.parameters = tr("silence %1 (%2)").arg(id, matchers);
    action.dialogParent = m_page.data();
    QPointer<AlertmanagerClient> client(m_session->alertmanager());
    action.run = [client, id]() -> QCoro::Task<ActionOutcome> {
        if (!client)
            co_return ActionOutcome{false, tr("no Alertmanager")};
        QCoro::Task<BackendReply<bool>> expiring = client->expireSilence(id);
        const auto reply = co_await expiring;
        co_return ActionOutcome{bool(reply), reply ? tr("expired") : reply.error};
    };
    QPointer<AlertsController> self(this);
    action.onFinished = [self](const ActionRecord &) {
        if (self)
            self->refresh();
    };
    m_actions->submit(action);
}

} // namespace opsdash
