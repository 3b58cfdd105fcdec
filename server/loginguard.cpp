#include "loginguard.h"

#include "auth.h"

#include <QtConcurrent>

#include <algorithm>

namespace eventsd {

LoginThrottle::LoginThrottle(Options options)
    : m_options(options)
{
    m_clock.start();
}

int LoginThrottle::retryAfter(const QHostAddress &network, const QString &account)
{
    const qint64 now = m_clock.elapsed();
    qint64 until = 0;
    if (const auto it = m_networks.constFind(network); it != m_networks.cend())
        until = std::max(until, it->blockedUntilMs);
    if (const auto it = m_accounts.constFind(account); it != m_accounts.cend())
        until = std::max(until, it->blockedUntilMs);
    return until > now ? int((until - now + 999) / 1000) : 0;
}

template<typename Key>
void LoginThrottle::sweep(QHash<Key, Entry> &table, qint64 now)
{
    const qint64 forget = qint64(m_options.forgetAfterSeconds) * 1000;
    table.removeIf([now, forget](const auto &it) { return now - it.value().lastMs > forget; });
    if (table.size() >= m_options.maxEntries) // still full: keep only the clients that are waiting
        table.removeIf([now](const auto &it) { return it.value().blockedUntilMs <= now; });
}

template<typename Key>
void LoginThrottle::fail(QHash<Key, Entry> &table, const Key &key, int freeFailures, qint64 now)
{
    auto it = table.find(key);
    if (it == table.end()) {
        if (table.size() >= m_options.maxEntries)
            sweep(table, now);
        if (table.size() >= m_options.maxEntries)
            return; // every entry is a waiting client; the other table still counts this one
        it = table.insert(key, Entry{});
    }
    it->failures += 1;
    it->lastMs = now;
    const int over = it->failures - freeFailures;
    if (over > 0) {
        const qint64 delay = std::min<qint64>(qint64(1) << std::min(over - 1, 20), m_options.maxDelaySeconds);
        it->blockedUntilMs = now + delay * 1000;
    }
}

void LoginThrottle::failed(const QHostAddress &network, const QString &account)
{
    const qint64 now = m_clock.elapsed();
    fail(m_networks, network, m_options.freeFailuresPerAddress, now);
    fail(m_accounts, account, m_options.freeFailuresPerAccount, now);
}

void LoginThrottle::succeeded(const QHostAddress &network, const QString &account)
{
    m_networks.remove(network);
    m_accounts.remove(account);
}

bool LoginThrottle::isSuspect(const QHostAddress &network, const QString &account) const
{
    return m_networks.contains(network) || m_accounts.contains(account);
}

PasswordHasher::PasswordHasher(int threads, int maxQueued)
    : m_maxQueued(maxQueued)
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setExpiryTimeout(-1);
}

PasswordHasher::~PasswordHasher()
{
    m_pool.waitForDone();
}

std::optional<QFuture<PasswordHasher::Verdict>> PasswordHasher::verify(QString password, QByteArray stored, Lane lane)
{
    std::atomic<int> &queued = m_queued[lane == Lane::Clean ? 0 : 1];
    if (queued.fetch_add(1) >= m_maxQueued) {
        queued.fetch_sub(1);
        return std::nullopt;
    }
    auto check = [&queued, password = std::move(password), stored = std::move(stored)] {
        static const QByteArray decoy = password::hash(QStringLiteral("decoy password"));
        Verdict verdict;
        verdict.ok = password::verify(password, stored.isEmpty() ? decoy : stored);
        if (verdict.ok && !stored.isEmpty() && password::needsRehash(stored))
            verdict.rehashed = password::hash(password);
        queued.fetch_sub(1);
        return verdict;
    };
    return QtConcurrent::task(std::move(check)).onThreadPool(m_pool).withPriority(lane == Lane::Clean ? 1 : 0).spawn();
}

} // namespace eventsd
