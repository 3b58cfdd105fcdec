#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace eventsd {

namespace {
/// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 address it is; any other as it is.
QHostAddress unmapped(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}
} // namespace

QHostAddress clientNetwork(const QHostAddress &address)
{
    const QHostAddress plain = unmapped(address);
    if (plain.protocol() != QAbstractSocket::IPv6Protocol)
        return plain;
    Q_IPV6ADDR bytes = plain.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes);
}

std::optional<TrustedProxies> TrustedProxies::parse(const QString &text, QString *error)
{
    TrustedProxies proxies;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = item.trimmed();
        if (entry.isEmpty())
            continue;
        std::pair<QHostAddress, int> subnet;
        if (entry.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(entry);
        } else if (subnet.first.setAddress(entry)) {
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            *error = QStringLiteral("not an address or subnet: %1").arg(entry);
            return std::nullopt;
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress plain = unmapped(address);
    return std::any_of(m_subnets.cbegin(), m_subnets.cend(),
                       [&plain](const auto &subnet) { return plain.isInSubnet(subnet); });
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer, QByteArrayView forwardedFor) const
{
    if (m_subnets.isEmpty() || forwardedFor.isEmpty() || !contains(peer))
        return peer;
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.toByteArray().split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(hop->trimmed())))
            return client;
        client = address;
        if (!contains(address))
            return client;
    }
    return client;
}

QString TrustedProxies::describe() const
{
    QStringList parts;
    for (const auto &[address, prefix] : m_subnets)
        parts << QStringLiteral("%1/%2").arg(address.toString()).arg(prefix);
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
}

RateLimiter::RateLimiter(double ratePerSecond, double burst, int maxKeys)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1.0, burst))
    , m_maxKeys(std::max(1, maxKeys))
{
    m_clock.start();
}

int RateLimiter::admit(const QByteArray &requestKey)
{
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    // Forget idle keys now and then so the table stays small.
    if (now - m_lastSweepMs > 60'000) {
        m_lastSweepMs = now;
        m_buckets.removeIf([now](const auto &it) { return now - it.value().lastMs > 60'000; });
    }
    QByteArray key = requestKey;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys) {
            // A bucket that had time to refill is as good as a new one: drop those first.
            const qint64 refillMs = qint64(m_burst / m_rate * 1000.0);
            m_buckets.removeIf([now, refillMs](const auto &b) { return now - b.value().lastMs > refillMs; });
        }
        if (m_buckets.size() >= m_maxKeys)
            key = QByteArray(); // the overflow bucket, shared by every key the table has no room for
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

RequestLimits::RequestLimits(Rate address, Rate subject, Rate monitoring)
    : m_address(address.perSecond, address.burst)
    , m_subject(subject.perSecond, subject.burst)
    , m_monitoring(monitoring.perSecond, monitoring.burst)
{ }

int RequestLimits::admit(Budget budget, const QByteArray &key)
{
    switch (budget) {
    case Budget::Address:
        return m_address.admit(key);
    case Budget::Subject:
        return m_subject.admit(key);
    case Budget::Monitoring:
        return m_monitoring.admit(key);
    }
    return 0;
}

QByteArray RequestLimits::addressKey(const QHostAddress &client)
{
    const QHostAddress network = clientNetwork(client);
    if (network.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = network.toIPv4Address();
        return QByteArray(reinterpret_cast<const char *>(&v4), sizeof v4);
    }
    const Q_IPV6ADDR v6 = network.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(v6.c), 8);
}

} // namespace eventsd
