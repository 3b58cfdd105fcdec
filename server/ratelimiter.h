#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

#include <optional>
#include <utility>

namespace eventsd {

/// The network a client is counted by: an IPv4 address as it is (also when IPv4-mapped), an IPv6 address by its
/// /64, since one host is usually handed a whole /64.
QHostAddress clientNetwork(const QHostAddress &address);

/// The proxies whose X-Forwarded-For eventsd believes (`--trusted-proxies`). From anyone else the header is
/// ignored, so a client cannot pick the address it is counted by.
class TrustedProxies
{
public:
    /// "10.0.0.0/8, 192.0.2.7, ::1": addresses or subnets separated by commas; empty text trusts no one.
    static std::optional<TrustedProxies> parse(const QString &text, QString *error);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    /// The client behind `peer`: the peer itself unless it is trusted, else the rightmost address of
    /// `forwardedFor` that is not a trusted proxy (every hop to its right appended what it saw). A malformed
    /// entry stops the walk at the last hop that could be checked.
    QHostAddress clientOf(const QHostAddress &peer, QByteArrayView forwardedFor) const;
    QString describe() const;

private:
    QList<std::pair<QHostAddress, int>> m_subnets;
};

/// Token bucket per key: `ratePerSecond` sustained, `burst` at once; a rate of 0 admits everything. admit()
/// answers 0 when the request may go on, else the seconds to wait (for Retry-After). Used on the server thread
/// only.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst, int maxKeys = 100'000);
    int admit(const QByteArray &key);

private:
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    double m_rate;
    double m_burst;
    int m_maxKeys; ///< beyond it, new keys share one bucket: memory stays bounded
    QElapsedTimer m_clock;
    QHash<QByteArray, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

/// The budget a request is counted in. Chosen once per request by the HTTP server.
enum class Budget {
    Address, ///< no valid token: per client network
    Subject, ///< a valid token: per token subject, whatever address it comes from
    Monitoring, ///< an operator's or admin's /performance/* and /metrics: per subject, apart from everything else
};

/// The three budgets, so public load never throttles monitoring and one address never throttles a user.
class RequestLimits
{
public:
    struct Rate
    {
        double perSecond = 0; ///< 0: unlimited
        double burst = 1;
    };
    RequestLimits(Rate address, Rate subject, Rate monitoring);
    /// 0 when admitted, else seconds to wait.
    int admit(Budget budget, const QByteArray &key);
    static QByteArray addressKey(const QHostAddress &client);

private:
    RateLimiter m_address;
    RateLimiter m_subject;
    RateLimiter m_monitoring;
};

} // namespace eventsd
