#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

namespace eventsd {

/// The network a client is counted by: an IPv4 address as it is (also when IPv4-mapped), an IPv6 address by its
/// /64, since one host is usually handed a whole /64.
QHostAddress clientNetwork(const QHostAddress &address);

/// Token bucket per client network (clientNetwork()): `ratePerSecond` sustained, `burst` at once. admit() answers 0
/// when the request may go on, else the seconds to wait (for Retry-After). Used on the server thread only.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst, int maxClients = 100'000);
    int admit(const QHostAddress &client);

private:
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    double m_rate;
    double m_burst;
    int m_maxClients; ///< beyond it, new clients share one bucket: memory stays bounded
    QElapsedTimer m_clock;
    QHash<QHostAddress, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace eventsd
