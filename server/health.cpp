#include "health.h"

#include <QDateTime>
#include <QFile>

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
    memory.heapTotal = qint64(info.arena) + qint64(info.hblkhd);
    memory.heapUsed = qint64(info.uordblks) + qint64(info.hblkhd);
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
