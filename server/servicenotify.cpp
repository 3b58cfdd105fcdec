#include "servicenotify.h"

#include <systemd/sd-daemon.h>

namespace eventsd {

ServiceNotifier::ServiceNotifier(QObject *parent)
    : QObject(parent)
{
    m_watchdog.setInterval(0);
    connect(&m_watchdog, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
}

void ServiceNotifier::status(const QString &text)
{
    // One line: a newline would start another assignment in the datagram.
    QByteArray line = text.toUtf8();
    line.replace('\n', ' ');
    sd_notifyf(0, "STATUS=%s", line.constData());
}

void ServiceNotifier::ready(const QString &text)
{
    QByteArray line = text.toUtf8();
    line.replace('\n', ' ');
    sd_notifyf(0, "READY=1\nSTATUS=%s\nMAINPID=%lu", line.constData(), static_cast<unsigned long>(getpid()));
    uint64_t timeoutUs = 0;
    // > 0: the manager expects pings (its WATCHDOG_USEC, for this process).
    if (sd_watchdog_enabled(0, &timeoutUs) > 0 && timeoutUs > 0) {
        m_watchdog.setInterval(int(std::max<uint64_t>(timeoutUs / 2000, 1)));
        m_watchdog.start();
        sd_notify(0, "WATCHDOG=1");
    }
}

void ServiceNotifier::stopping()
{
    sd_notify(0, "STOPPING=1\nSTATUS=shutting down");
}

} // namespace eventsd
