#include "health.h"

#include "redisurl.h"

#include <QDateTime>
#include <QFile>

#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <malloc.h>
#include <unistd.h>

namespace eventsd {

ProcessMemory ProcessMemory::read()
{
    ProcessMemory memory;
    // statm: size resident shared text lib data dt, in pages
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        if (fields.size() > 1)
            memory.rss = fields[1].toLongLong() * sysconf(_SC_PAGESIZE);
    }
    const struct mallinfo2 info = mallinfo2();
    memory.heapTotal = qint64(info.arena + info.hblkhd);
    memory.heapUsed = qint64(info.uordblks + info.hblkhd);
    return memory;
}

QJsonObject ProcessMemory::toJson() const
{
    return {{QStringLiteral("rss"), rss},
            {QStringLiteral("heapTotal"), heapTotal},
            {QStringLiteral("heapUsed"), heapUsed},
            {QStringLiteral("external"), external},
            {QStringLiteral("arrayBuffers"), arrayBuffers}};
}

ServiceProbe ServiceProbe::run(const QString &databaseUrl, const QString &redisUrl)
{
    ServiceProbe probe;
    // PQping answers whether the server accepts connections, without needing to authenticate.
    const QByteArray conninfo = databaseUrl.toUtf8();
    const char *keywords[] = {"dbname", "connect_timeout", nullptr};
    const char *values[] = {conninfo.constData(), "2", nullptr};
    probe.database = PQpingParams(keywords, values, /*expand_dbname=*/1) == PQPING_OK;

    probe.redis = pingRedis(redisUrl);
    return probe;
}

bool ServiceProbe::pingRedis(const QString &redisUrl)
{
    QString error;
    const auto endpoint = RedisEndpoint::parse(redisUrl, &error);
    if (!endpoint)
        return false;
    const timeval timeout{1, 0};
    redisContext *context = redisConnectWithTimeout(endpoint->host.toUtf8().constData(), endpoint->port, timeout);
    bool pong = false;
    if (context && !context->err) {
        redisSetTimeout(context, timeout);
        auto *reply = static_cast<redisReply *>(redisCommand(context, "PING"));
        pong = reply && reply->type == REDIS_REPLY_STATUS && qstrcmp(reply->str, "PONG") == 0;
        if (reply)
            freeReplyObject(reply);
    }
    if (context)
        redisFree(context);
    return pong;
}

QJsonObject healthBody(const ServiceProbe &probe, double uptimeSeconds, const ProcessMemory &memory)
{
    auto upDown = [](bool up) { return up ? QStringLiteral("up") : QStringLiteral("down"); };
    return {
        {QStringLiteral("status"),
         probe.database && probe.redis ? QStringLiteral("healthy") : QStringLiteral("unhealthy")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("services"),
         QJsonObject{{QStringLiteral("database"), upDown(probe.database)},
                     {QStringLiteral("redis"), upDown(probe.redis)}}},
        {QStringLiteral("uptime"), uptimeSeconds},
        {QStringLiteral("memory"), memory.toJson()},
        {QStringLiteral("version"), QStringLiteral(OPSDASH_VERSION)},
    };
}

} // namespace eventsd
