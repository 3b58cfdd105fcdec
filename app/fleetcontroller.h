#pragma once

#include "prometheusfleet.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace opsdash {

class FleetPage;
class Session;

/// Feeds the Fleet page from the session's Prometheus every refresh interval (at least 2 s) while the page is
/// shown; one read at a time. Without a Prometheus the page says how to add one.
class FleetController : public QObject
{
    Q_OBJECT

public:
    FleetController(Session *session, FleetPage *page, QObject *parent = nullptr);

    QCoro::Task<> refresh();

private:
    QPointer<FleetPage> m_page;
    PrometheusFleet *m_fleet = nullptr;
    QTimer *m_timer;
    bool m_busy = false;
};

} // namespace opsdash
