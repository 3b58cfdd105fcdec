#pragma once

#include "prometheusfleet.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace opsdash {

class FleetPage;
class MessageBar;
class Session;

/// Feeds the Fleet page from the session's Prometheus every refresh interval (at least 2 s) while the page is
/// shown; one read at a time. Without a Prometheus the page says how to add one. An instance chosen on the page
/// narrows the session to it (said in `messages`).
class FleetController : public QObject
{
    Q_OBJECT

public:
    FleetController(Session *session, FleetPage *page, MessageBar *messages, QObject *parent = nullptr);

    QCoro::Task<> refresh();

Q_SIGNALS:
    /// The session now watches `instance` alone (empty: every instance again).
    void narrowed(const QString &instance);

private:
    void narrowTo(const QString &instance);

    QPointer<Session> m_session;
    QPointer<MessageBar> m_messages;
    QPointer<FleetPage> m_page;
    PrometheusFleet *m_fleet = nullptr;
    QTimer *m_timer;
    bool m_busy = false;
};

} // namespace opsdash
