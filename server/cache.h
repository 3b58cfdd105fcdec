#pragma once

#include "l1cache.h"
#include "redisclient.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>

namespace eventsd {

/// At most `capacity` distinct keys of one family cached at a time, each for its TTL: a client that makes up
/// pages (2,000 cursors) cannot fill the cache; keys beyond the budget are served uncached. Server thread only.
class KeyBudget
{
public:
    explicit KeyBudget(int capacity);
    /// Whether `key` may be cached for `ttlSeconds` now.
    bool admit(const QString &key, int ttlSeconds);

private:
    int m_capacity;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_until;
};

/// Seed 000's multi-level cache: L1 in process, L2 in Redis shared by every instance. Reads try L1, then L2 (and
/// fill L1 from it); writes go to both. Invalidation drops L1, deletes from L2 (SCAN for patterns, never KEYS) and
/// tells the other instances over pub/sub to drop their L1 entries. When Redis is down, reads and writes use L1
/// alone and nothing fails. Server thread only.
class Cache : public QObject
{
    Q_OBJECT

public:
    enum class Level { Miss, L1, L2 };
    struct Hit
    {
        Level level = Level::Miss;
        QByteArray value;
    };

    /// Every L2 key and the invalidation channel live under `keyNamespace` + ":", and patterns are confined to
    /// it: "*" never touches another application's keys in a shared Redis. `keyNamespace` is [A-Za-z0-9_.-]+.
    Cache(const QString &redisUrl, QString instanceId, qint64 l1MaxBytes,
          QString keyNamespace = QStringLiteral("eventsd"), QObject *parent = nullptr);

    // Coroutines take their parameters by value: a reference to a caller's temporary dangles after the first
    // suspension (docs/architecture.md).
    QCoro::Task<Hit> get(QString key);
    void set(const QString &key, const QByteArray &value, int ttlSeconds);
    /// Drops exact keys everywhere (L1 here, L2, and other instances' L1).
    void invalidateKeys(const QStringList &keys);
    /// Drops keys matching `pattern`: scope "instance" is this instance's L1 only; "all" is L2 and every
    /// instance's L1. Returns how many keys this instance removed (L1 + L2).
    QCoro::Task<qint64> invalidatePattern(QString pattern, bool allInstances);
    qint64 evictExpired() { return m_l1.evictExpired(); }

    bool redisUp() const { return m_redis && m_redis->isConnected(); }
    /// What /metrics needs, without a round trip to Redis.
    struct Counters
    {
        qint64 l1Hits = 0, l2Hits = 0, misses = 0, l1Bytes = 0;
        bool redisUp = false;
    };
    Counters counters() const;
    /// {hitRate, hits, misses, totalKeys, memoryUsage, levels: {l1: {…}, l2: {…}}, redis: "up"/"down"}
    QCoro::Task<QJsonObject> statsJson();
    RedisClient *redis() const { return m_redis; }

private:
    void onMessage(const QByteArray &channel, const QByteArray &payload);
    QByteArray l2Key(const QString &key) const { return m_prefix + key.toUtf8(); }
    void publish(const QJsonObject &message);

    L1Cache m_l1;
    RedisClient *m_redis = nullptr;
    RedisClient *m_subscriber = nullptr;
    QString m_instanceId;
    QByteArray m_prefix; ///< "<namespace>:"
    QByteArray m_channel;
    qint64 m_l2Hits = 0, m_l2Misses = 0, m_l2Errors = 0;
    qint64 m_invalidationsReceived = 0;
};

} // namespace eventsd
