#pragma once

#include <QJsonObject>
#include <QString>

namespace eventsd {

/// RSS from /proc/self/statm and the allocator's view from mallinfo2(), in bytes, with Node's
/// process.memoryUsage() names so the seed's clients read them unchanged.
struct ProcessMemory
{
    qint64 rss = 0;
    qint64 heapTotal = 0; ///< bytes the allocator holds from the system (arena + mmapped blocks)
    qint64 heapUsed = 0; ///< bytes in allocated blocks
    qint64 external = 0;
    qint64 arrayBuffers = 0;

    static ProcessMemory read();
    QJsonObject toJson() const;
};

/// Whether the database and Redis answered /health's probes (the pool's SELECT 1, the Redis client's PING).
struct ServiceProbe
{
    bool database = false;
    bool redis = false;
};

/// Seed 004's HealthCheckService body: {status, timestamp, services: {database, redis}, uptime, memory, version}.
QJsonObject healthBody(const ServiceProbe &probe, double uptimeSeconds, const ProcessMemory &memory);

} // namespace eventsd
