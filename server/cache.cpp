#include "cache.h"

#include <QCoroFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCache, "eventsd.cache")

namespace eventsd {

KeyBudget::KeyBudget(int capacity)
    : m_capacity(capacity)
{
    m_clock.start();
}

bool KeyBudget::admit(const QString &key, int ttlSeconds)
{
    const qint64 now = m_clock.elapsed();
    if (const auto it = m_until.constFind(key); it != m_until.cend() && *it > now)
        return true;
    if (m_until.size() >= m_capacity)
        m_until.removeIf([now](const auto &it) { return it.value() <= now; });
    if (m_until.size() >= m_capacity)
        return false;
    m_until.insert(key, now + qint64(ttlSeconds) * 1000);
    return true;
}

Cache::Cache(const QString &redisUrl, QString instanceId, qint64 l1MaxBytes, QString keyNamespace, QObject *parent)
    : QObject(parent)
    , m_l1(l1MaxBytes)
    , m_instanceId(std::move(instanceId))
    , m_prefix(keyNamespace.toUtf8() + ':')
    , m_channel(m_prefix + "invalidate")
{
    QString error;
    const auto endpoint = RedisEndpoint::parse(redisUrl, &error);
    if (!endpoint) {
        qCWarning(lcCache) << "no L2 cache:" << error;
        return;
    }
    m_redis = new RedisClient(*endpoint, this);
    m_subscriber = new RedisClient(*endpoint, this);
    m_subscriber->subscribe(m_channel);
    connect(m_subscriber, &RedisClient::message, this, &Cache::onMessage);
}

QCoro::Task<Cache::Hit> Cache::get(QString key)
{
    if (auto value = m_l1.get(key))
        co_return Hit{Level::L1, std::move(*value)};
    if (!redisUp())
        co_return Hit{};
    QFuture<RedisReply> pending = m_redis->command({QByteArrayLiteral("GET"), l2Key(key)});
    const RedisReply reply = co_await pending;
    if (!reply.ok) {
        ++m_l2Errors;
        co_return Hit{};
    }
    if (reply.isNil) {
        ++m_l2Misses;
        co_return Hit{};
    }
    ++m_l2Hits;
    // Seed 000: an L2 hit fills L1 for at most five minutes.
    m_l1.set(key, reply.string, 300);
    co_return Hit{Level::L2, reply.string};
}

void Cache::set(const QString &key, const QByteArray &value, int ttlSeconds)
{
    m_l1.set(key, value, std::min(ttlSeconds, 300));
    if (redisUp())
        m_redis->command({QByteArrayLiteral("SETEX"), l2Key(key), QByteArray::number(ttlSeconds), value});
}

void Cache::invalidateKeys(const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    for (const QString &k : keys)
        m_l1.remove(k);
    if (!redisUp())
        return;
    QList<QByteArray> del{QByteArrayLiteral("UNLINK")};
    for (const QString &k : keys)
        del.append(l2Key(k));
    m_redis->command(del);
    publish({{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}});
}

QCoro::Task<qint64> Cache::invalidatePattern(QString pattern, bool allInstances)
{
    qint64 removed = m_l1.removeMatching(pattern);
    if (!allInstances || !redisUp())
        co_return removed;
    // SCAN in steps, deleting each batch: never KEYS, which blocks Redis for as long as it walks every key.
    QByteArray cursor = "0";
    int rounds = 0;
    do {
        QFuture<RedisReply> scanning =
            m_redis->command({QByteArrayLiteral("SCAN"), cursor, QByteArrayLiteral("MATCH"), l2Key(pattern),
                              QByteArrayLiteral("COUNT"), QByteArrayLiteral("500")},
                             2000);
        const RedisReply scan = co_await scanning;
        if (!scan.ok || scan.elements.size() != 2)
            break;
        cursor = scan.elements[0].string;
        QList<QByteArray> del{QByteArrayLiteral("UNLINK")};
        for (const RedisReply &k : scan.elements[1].elements)
            del.append(k.string);
        if (del.size() > 1) {
            QFuture<RedisReply> deleting = m_redis->command(del, 2000);
            const RedisReply deleted = co_await deleting;
            removed += deleted.integer;
        }
    } while (cursor != "0" && ++rounds < 100000);
    publish({{QStringLiteral("pattern"), pattern}});
    co_return removed;
}

void Cache::publish(const QJsonObject &message)
{
    QJsonObject m = message;
    m.insert(QStringLiteral("origin"), m_instanceId);
    m_redis->command({QByteArrayLiteral("PUBLISH"), m_channel, QJsonDocument(m).toJson(QJsonDocument::Compact)});
}

void Cache::onMessage(const QByteArray &, const QByteArray &payload)
{
    const QJsonObject m = QJsonDocument::fromJson(payload).object();
    if (m.value(u"origin").toString() == m_instanceId)
        return;
    ++m_invalidationsReceived;
    for (const auto &k : m.value(u"keys").toArray())
        m_l1.remove(k.toString());
    const QString pattern = m.value(u"pattern").toString();
    if (!pattern.isEmpty())
        m_l1.removeMatching(pattern);
}

Cache::Counters Cache::counters() const
{
    const L1Cache::Stats l1 = m_l1.stats();
    return Counters{l1.hits, m_l2Hits, l1.misses - m_l2Hits, l1.bytes, redisUp()};
}

QCoro::Task<QJsonObject> Cache::statsJson()
{
    const L1Cache::Stats l1 = m_l1.stats();
    qint64 l2Keys = 0, l2Bytes = 0;
    if (redisUp()) {
        QFuture<RedisReply> size = m_redis->command({QByteArrayLiteral("DBSIZE")});
        QFuture<RedisReply> info = m_redis->command({QByteArrayLiteral("INFO"), QByteArrayLiteral("memory")});
        const RedisReply sizeReply = co_await size;
        const RedisReply infoReply = co_await info;
        l2Keys = sizeReply.integer;
        for (const QByteArray &line : infoReply.string.split('\n'))
            if (line.startsWith("used_memory:"))
                l2Bytes = line.mid(12).trimmed().toLongLong();
    }
    // A request is a hit when either level answered it; an L1 miss that L2 answered counts once, as a hit.
    const qint64 hits = l1.hits + m_l2Hits;
    const qint64 misses = l1.misses - m_l2Hits;
    co_return QJsonObject{
        {QStringLiteral("hitRate"), hits + misses > 0 ? double(hits) / double(hits + misses) : 0.0},
        {QStringLiteral("hits"), hits},
        {QStringLiteral("misses"), misses},
        {QStringLiteral("totalKeys"), l1.keys + l2Keys},
        {QStringLiteral("memoryUsage"), l1.bytes + l2Bytes},
        {QStringLiteral("redis"), redisUp() ? QStringLiteral("up") : QStringLiteral("down")},
        {QStringLiteral("levels"),
         QJsonObject{{QStringLiteral("l1"),
                      QJsonObject{{QStringLiteral("hits"), l1.hits},
                                  {QStringLiteral("misses"), l1.misses},
                                  {QStringLiteral("keys"), l1.keys},
                                  {QStringLiteral("bytes"), l1.bytes},
                                  {QStringLiteral("maxBytes"), l1.maxBytes},
                                  {QStringLiteral("evictions"), l1.evictions},
                                  {QStringLiteral("expirations"), l1.expirations}}},
                     {QStringLiteral("l2"),
                      QJsonObject{{QStringLiteral("hits"), m_l2Hits},
                                  {QStringLiteral("misses"), m_l2Misses},
                                  {QStringLiteral("errors"), m_l2Errors},
                                  {QStringLiteral("keys"), l2Keys},
                                  {QStringLiteral("bytes"), l2Bytes},
                                  {QStringLiteral("invalidationsReceived"), m_invalidationsReceived}}}}}};
}

} // namespace eventsd
