#pragma once

#include <QObject>
#include <QTimer>

namespace eventsd {

/// Tells the service manager (systemd, `Type=notify`) how eventsd stands: its status while it starts, ready once
/// it listens, stopping on SIGTERM; and pings its watchdog from the event loop, so a loop that hangs gets the
/// process restarted. Without $NOTIFY_SOCKET (not run by systemd) every call does nothing.
class ServiceNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ServiceNotifier(QObject *parent = nullptr);

    /// A line for `systemctl status` ("migrating the schema", …).
    static void status(const QString &text);
    /// READY=1 with the status; starts the watchdog pings when the manager asked for them (WatchdogSec=).
    void ready(const QString &text);
    static void stopping();

private:
    QTimer m_watchdog;
};

} // namespace eventsd
