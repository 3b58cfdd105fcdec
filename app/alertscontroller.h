#pragma once

#include "prometheustypes.h"

#include <QObject>
#include <QPointer>

#include <QCoroTask>

class QTimer;

namespace opsdash {

class ActionPipeline;
class AlertsPage;
class Session;

/// Feeds the Alerts page from the session's Alertmanager (alerts and silences, every 5 s while shown) and runs
/// its requests — create a silence, expire one — as guarded actions, confirmed and kept in the actions log.
class AlertsController : public QObject
{
    Q_OBJECT

public:
    AlertsController(Session *session, AlertsPage *page, ActionPipeline *actions, QObject *parent = nullptr);

    QCoro::Task<> refresh();

private:
    void createSilence(const am::Silence &silence);
    void expireSilence(const QString &id, const QString &matchers);

    QPointer<Session> m_session;
    QPointer<AlertsPage> m_page;
    QPointer<ActionPipeline> m_actions;
    QTimer *m_timer;
    bool m_busy = false;
};

} // namespace opsdash
