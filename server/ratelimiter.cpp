#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace eventsd {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1.0, burst))
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
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{m_burst, now});
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
