#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace eventsd {

QHostAddress clientNetwork(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(v4);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes);
}

RateLimiter::RateLimiter(double ratePerSecond, double burst, int maxClients)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1.0, burst))
    , m_maxClients(std::max(1, maxClients))
{
    m_clock.start();
}

int RateLimiter::admit(const QHostAddress &client)
{
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    // Forget idle clients now and then so the table stays small.
    if (now - m_lastSweepMs > 60'000) {
        m_lastSweepMs = now;
        m_buckets.removeIf([now](const auto &it) { return now - it.value().lastMs > 60'000; });
    }
    QHostAddress key = clientNetwork(client);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxClients) {
            // A bucket that had time to refill is as good as a new one: drop those first.
            const qint64 refillMs = qint64(m_burst / m_rate * 1000.0);
            m_buckets.removeIf([now, refillMs](const auto &b) { return now - b.value().lastMs > refillMs; });
        }
        if (m_buckets.size() >= m_maxClients)
            key = QHostAddress(); // the overflow bucket, shared by every client the table has no room for
        it = m_buckets.find(key);
        if (it == m_buckets.end())
            it = m_buckets.insert(key, Bucket{m_burst, now});
    }
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + double(now - b.lastMs) / 1000.0 * m_rate);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
}

} // namespace eventsd
