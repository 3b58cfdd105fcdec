#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

namespace eventsd {

/// Token bucket per client address: `ratePerSecond` sustained, `burst` at once. admit() answers 0 when the
/// request may go on, else the seconds to wait (for Retry-After). Used on the server thread only.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst);
    int admit(const QHostAddress &client);

private:
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QHostAddress, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace eventsd
