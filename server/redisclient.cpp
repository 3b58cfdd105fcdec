#include "redisclient.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

Q_LOGGING_CATEGORY(lcRedis, "eventsd.redis")

namespace eventsd {

namespace {

RedisReply convert(const redisReply *r)
{
    RedisReply out;
    if (!r) {
        out.error = QStringLiteral("no reply (connection lost)");
        return out;
    }
    switch (r->type) {
    case REDIS_REPLY_ERROR:
        out.error = QString::fromUtf8(r->str, int(r->len));
        return out;
    case REDIS_REPLY_NIL:
        out.ok = true;
        return out;
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_STRING:
        out.ok = true;
        out.isNil = false;
        out.string = QByteArray(r->str, qsizetype(r->len));
        return out;
    case REDIS_REPLY_INTEGER:
        out.ok = true;
        out.isNil = false;
        out.integer = r->integer;
        return out;
    case REDIS_REPLY_ARRAY:
        out.ok = true;
        out.isNil = false;
        for (size_t i = 0; i < r->elements; ++i)
            out.elements.append(convert(r->element[i]));
        return out;
    default:
        out.error = QStringLiteral("unexpected reply type %1").arg(r->type);
        return out;
    }
}

} // namespace

// hiredis calls these C callbacks; they reach the client through ac->data / ac->ev.data.
struct RedisCallbacks
{
    static RedisClient *client(const redisAsyncContext *ac) { return static_cast<RedisClient *>(ac->data); }

    // A notifier may be removed from inside its own activated(): disable now, delete later.
    static void drop(QSocketNotifier *&n)
    {
        if (!n)
            return;
        n->setEnabled(false);
        n->deleteLater();
        n = nullptr;
    }
    static void addRead(void *data)
    {
        auto *c = static_cast<RedisClient *>(data);
        if (c->m_read)
            return;
        c->m_read = new QSocketNotifier(c->m_ctx->c.fd, QSocketNotifier::Read, c);
        QObject::connect(c->m_read, &QSocketNotifier::activated, c, [c] {
            if (c->m_ctx)
                redisAsyncHandleRead(c->m_ctx);
        });
    }
    static void delRead(void *data) { drop(static_cast<RedisClient *>(data)->m_read); }
    static void addWrite(void *data)
    {
        auto *c = static_cast<RedisClient *>(data);
        if (c->m_write)
            return;
        c->m_write = new QSocketNotifier(c->m_ctx->c.fd, QSocketNotifier::Write, c);
        QObject::connect(c->m_write, &QSocketNotifier::activated, c, [c] {
            if (c->m_ctx)
                redisAsyncHandleWrite(c->m_ctx);
        });
    }
    static void delWrite(void *data) { drop(static_cast<RedisClient *>(data)->m_write); }
    static void cleanup(void *data)
    {
        auto *c = static_cast<RedisClient *>(data);
        drop(c->m_read);
        drop(c->m_write);
    }

    static void onConnect(const redisAsyncContext *ac, int status)
    {
        RedisClient *c = client(ac);
        if (!c)
            return;
        if (status != REDIS_OK) {
            // hiredis frees the context after this callback.
            qCDebug(lcRedis) << "connect failed:" << ac->errstr;
            c->m_ctx = nullptr;
            c->setConnected(false);
            c->failAll(QStringLiteral("Redis unreachable"));
            c->scheduleReconnect();
            return;
        }
        c->m_backoffMs = 100;
        c->setConnected(true);
    }
    static void onDisconnect(const redisAsyncContext *ac, int status)
    {
        RedisClient *c = client(ac);
        if (!c)
            return;
        c->m_ctx = nullptr;
        c->setConnected(false);
        c->failAll(QStringLiteral("Redis connection lost"));
        if (!c->m_closing) {
            qCWarning(lcRedis).noquote() << "disconnected" << (status == REDIS_OK ? "" : ac->errstr)
                                         << "- reconnecting";
            c->scheduleReconnect();
        }
    }
    static void onReply(redisAsyncContext *ac, void *reply, void *privdata)
    {
        RedisClient *c = client(ac);
        if (c)
            c->complete(quint64(reinterpret_cast<quintptr>(privdata)), convert(static_cast<redisReply *>(reply)));
    }
    static void onMessage(redisAsyncContext *ac, void *reply, void *)
    {
        RedisClient *c = client(ac);
        const auto *r = static_cast<redisReply *>(reply);
        // ["message", channel, payload]; the subscribe confirmation is ["subscribe", channel, count].
        if (!c || !r || r->type != REDIS_REPLY_ARRAY || r->elements != 3)
            return;
        if (QByteArray(r->element[0]->str, qsizetype(r->element[0]->len)) != "message")
            return;
        Q_EMIT c->message(QByteArray(r->element[1]->str, qsizetype(r->element[1]->len)),
                          QByteArray(r->element[2]->str, qsizetype(r->element[2]->len)));
    }
};

RedisClient::RedisClient(RedisEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RedisClient::connectNow);
    connectNow();
}

RedisClient::~RedisClient()
{
    m_closing = true;
    failAll(QStringLiteral("shutting down"));
    if (m_ctx) {
        redisAsyncContext *ctx = m_ctx;
        ctx->data = nullptr; // no callbacks into a half-destroyed client
        m_ctx = nullptr;
        redisAsyncFree(ctx);
    }
}

void RedisClient::connectNow()
{
    if (m_ctx || m_closing)
        return;
    redisAsyncContext *ctx = redisAsyncConnect(m_endpoint.host.toUtf8().constData(), m_endpoint.port);
    if (!ctx || ctx->err) {
        qCDebug(lcRedis) << "cannot connect:" << (ctx ? ctx->errstr : "out of memory");
        if (ctx)
            redisAsyncFree(ctx);
        scheduleReconnect();
        return;
    }
    m_ctx = ctx;
    ctx->data = this;
    ctx->ev.data = this;
    ctx->ev.addRead = &RedisCallbacks::addRead;
    ctx->ev.delRead = &RedisCallbacks::delRead;
    ctx->ev.addWrite = &RedisCallbacks::addWrite;
    ctx->ev.delWrite = &RedisCallbacks::delWrite;
    ctx->ev.cleanup = &RedisCallbacks::cleanup;
    redisAsyncSetConnectCallback(ctx, &RedisCallbacks::onConnect);
    redisAsyncSetDisconnectCallback(ctx, &RedisCallbacks::onDisconnect);
    // Queued behind the connect; hiredis sends them once the socket is up.
    if (!m_endpoint.password.isEmpty()) {
        const QByteArray password = m_endpoint.password.toUtf8();
        const char *argv[] = {"AUTH", password.constData()};
        const size_t len[] = {4, size_t(password.size())};
        redisAsyncCommandArgv(ctx, nullptr, nullptr, 2, argv, len);
    }
    if (m_endpoint.db != 0) {
        const QByteArray db = QByteArray::number(m_endpoint.db);
        const char *argv[] = {"SELECT", db.constData()};
        const size_t len[] = {6, size_t(db.size())};
        redisAsyncCommandArgv(ctx, nullptr, nullptr, 2, argv, len);
    }
    if (!m_channel.isEmpty()) {
        const char *argv[] = {"SUBSCRIBE", m_channel.constData()};
        const size_t len[] = {9, size_t(m_channel.size())};
        redisAsyncCommandArgv(ctx, &RedisCallbacks::onMessage, nullptr, 2, argv, len);
    }
}

void RedisClient::scheduleReconnect()
{
    if (m_closing || m_reconnect.isActive())
        return;
    m_reconnect.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, 5000);
}

void RedisClient::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    qCInfo(lcRedis).noquote() << (connected ? "connected to" : "lost") << m_endpoint.host << m_endpoint.port;
    Q_EMIT connectedChanged(connected);
}

QFuture<RedisReply> RedisClient::command(const QList<QByteArray> &args, int timeoutMs)
{
    auto pending = std::make_shared<Pending>();
    QFuture<RedisReply> future = pending->promise.future();
    pending->promise.start();
    if (!m_ctx || !m_connected) {
        RedisReply down;
        down.error = QStringLiteral("Redis unavailable");
        pending->promise.addResult(down);
        pending->promise.finish();
        return future;
    }
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &a : args) {
        argv.push_back(a.constData());
        lengths.push_back(size_t(a.size()));
    }
    const quint64 id = m_nextId++;
    // The request id travels as hiredis's privdata pointer, never dereferenced.
    // NOLINTNEXTLINE(performance-no-int-to-ptr)
    if (redisAsyncCommandArgv(m_ctx, &RedisCallbacks::onReply, reinterpret_cast<void *>(quintptr(id)), int(argv.size()),
                              argv.data(), lengths.data()) != REDIS_OK) {
        RedisReply failed;
        failed.error = QStringLiteral("Redis command not sent");
        pending->promise.addResult(failed);
        pending->promise.finish();
        return future;
    }
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    connect(pending->timer, &QTimer::timeout, this, [this, id, timeoutMs] {
        RedisReply late;
        late.error = QStringLiteral("Redis did not answer within %1 ms").arg(timeoutMs);
        complete(id, late);
    });
    pending->timer->start(timeoutMs);
    m_pending.insert(id, pending);
    return future;
}

void RedisClient::complete(quint64 id, RedisReply reply)
{
    const auto pending = m_pending.take(id);
    if (!pending)
        return; // already timed out; the late answer is dropped
    if (pending->timer)
        pending->timer->deleteLater();
    pending->promise.addResult(std::move(reply));
    pending->promise.finish();
}

void RedisClient::failAll(const QString &why)
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids) {
        RedisReply failed;
        failed.error = why;
        complete(id, failed);
    }
}

void RedisClient::subscribe(const QByteArray &channel)
{
    m_channel = channel;
    if (m_ctx) {
        const char *argv[] = {"SUBSCRIBE", m_channel.constData()};
        const size_t len[] = {9, size_t(m_channel.size())};
        redisAsyncCommandArgv(m_ctx, &RedisCallbacks::onMessage, nullptr, 2, argv, len);
    }
}

} // namespace eventsd
