#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <list>
#include <optional>

namespace eventsd {

/// In-process LRU cache with a TTL per entry and a bound on the bytes it holds (keys + values). Not thread-safe:
/// eventsd uses it from the HTTP thread only.
class L1Cache
{
public:
    struct Stats
    {
        qint64 hits = 0, misses = 0, evictions = 0, expirations = 0;
        qint64 keys = 0, bytes = 0, maxBytes = 0;
    };

    explicit L1Cache(qint64 maxBytes = 64 * 1024 * 1024);

    std::optional<QByteArray> get(const QString &key);
    void set(const QString &key, const QByteArray &value, int ttlSeconds);
    bool remove(const QString &key);
    /// Removes the keys matching a glob pattern (`*` any run, `?` one character); returns how many.
    int removeMatching(const QString &pattern);
    /// Drops expired entries; returns the bytes freed.
    qint64 evictExpired();
    void clear();
    Stats stats() const;

    /// Redis-style glob match, shared with L2 invalidation so both levels agree on what a pattern means.
    static bool globMatch(const QString &pattern, const QString &key);

private:
    struct Entry
    {
        QString key;
        QByteArray value;
        qint64 expiresAtMs;
        qint64 bytes() const { return key.size() * 2 + value.size() + 64; }
    };
    using List = std::list<Entry>;

    void erase(List::iterator it);

    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    QElapsedTimer m_clock;
    List m_lru; ///< most recently used first
    QHash<QString, List::iterator> m_index;
    Stats m_stats;
};

} // namespace eventsd
