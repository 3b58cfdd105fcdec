#include "l1cache.h"

namespace eventsd {

L1Cache::L1Cache(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
    m_clock.start();
}

std::optional<QByteArray> L1Cache::get(const QString &key)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend()) {
        ++m_stats.misses;
        return std::nullopt;
    }
    const List::iterator it = *found;
    if (it->expiresAtMs <= m_clock.elapsed()) {
        erase(it);
        ++m_stats.expirations;
        ++m_stats.misses;
        return std::nullopt;
    }
    m_lru.splice(m_lru.begin(), m_lru, it);
    ++m_stats.hits;
    return it->value;
}

void L1Cache::set(const QString &key, const QByteArray &value, int ttlSeconds)
{
    remove(key);
    Entry entry{key, value, m_clock.elapsed() + qint64(ttlSeconds) * 1000};
    if (entry.bytes() > m_maxBytes)
        return; // larger than the whole cache: not worth holding
    m_bytes += entry.bytes();
    m_lru.push_front(std::move(entry));
    m_index.insert(key, m_lru.begin());
    while (m_bytes > m_maxBytes && !m_lru.empty()) {
        erase(std::prev(m_lru.end()));
        ++m_stats.evictions;
    }
}

bool L1Cache::remove(const QString &key)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return false;
    erase(*found);
    return true;
}

int L1Cache::removeMatching(const QString &pattern)
{
    int removed = 0;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        const auto next = std::next(it);
        if (globMatch(pattern, it->key)) {
            erase(it);
            ++removed;
        }
        it = next;
    }
    return removed;
}

qint64 L1Cache::evictExpired()
{
    const qint64 now = m_clock.elapsed();
    const qint64 before = m_bytes;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        const auto next = std::next(it);
        if (it->expiresAtMs <= now) {
            erase(it);
            ++m_stats.expirations;
        }
        it = next;
    }
    return before - m_bytes;
}

void L1Cache::clear()
{
    m_lru.clear();
    m_index.clear();
    m_bytes = 0;
}

L1Cache::Stats L1Cache::stats() const
{
    Stats s = m_stats;
    s.keys = m_index.size();
    s.bytes = m_bytes;
    s.maxBytes = m_maxBytes;
    return s;
}

void L1Cache::erase(List::iterator it)
{
    m_bytes -= it->bytes();
    m_index.remove(it->key);
    m_lru.erase(it);
}

bool L1Cache::globMatch(const QString &pattern, const QString &key)
{
    // Iterative glob with backtracking to the last '*': linear in practice, no recursion on hostile patterns.
    qsizetype p = 0, k = 0, starP = -1, starK = 0;
    while (k < key.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == key[k])) {
            ++p;
            ++k;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starK = k;
        } else if (starP >= 0) {
            p = starP + 1;
            k = ++starK;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace eventsd
