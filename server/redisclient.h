#pragma once

#include "redisurl.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <memory>

struct redisAsyncContext;
class QSocketNotifier;

namespace eventsd {

struct RedisReply
{
    bool ok = false; ///< false: Redis down, timed out, or answered an error
    QString error; ///< why not ok
    bool isNil = true; ///< nil reply (e.g. GET of a missing key)
    QByteArray string; ///< status or bulk string
    qint64 integer = 0;
    QList<RedisReply> elements;
};

/// One asynchronous Redis connection on the Qt event loop (hiredis' async API with a Qt 6 socket-notifier
/// adapter). Reconnects by itself with capped backoff; while disconnected, commands fail at once, so callers
/// fall back instead of waiting. Every command has a deadline: a Redis that hangs costs at most that.
/// Use from the thread that created it.
class RedisClient : public QObject
{
    Q_OBJECT

public:
    explicit RedisClient(RedisEndpoint endpoint, QObject *parent = nullptr);
    ~RedisClient() override;

    bool isConnected() const { return m_connected; }
    QFuture<RedisReply> command(const QList<QByteArray> &args, int timeoutMs = 500);
    /// Subscribes (again after every reconnect); messages arrive as message(). Use a client only for this.
    void subscribe(const QByteArray &channel);

Q_SIGNALS:
    void connectedChanged(bool connected);
    void message(const QByteArray &channel, const QByteArray &payload);

private:
    struct Pending
    {
        QPromise<RedisReply> promise;
        QTimer *timer = nullptr;
    };
    friend struct RedisCallbacks;

    void connectNow();
    void scheduleReconnect();
    void setConnected(bool connected);
    void complete(quint64 id, RedisReply reply);
    void failAll(const QString &why);

    RedisEndpoint m_endpoint;
    redisAsyncContext *m_ctx = nullptr;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    bool m_connected = false;
    bool m_closing = false;
    int m_backoffMs = 100;
    QTimer m_reconnect;
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    QByteArray m_channel;
};

} // namespace eventsd
