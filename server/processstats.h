#pragma once

#include <QtGlobal>

namespace eventsd {

/// The standard `process_*` figures of Prometheus' client libraries, read from /proc for this process (resident
/// memory is ProcessMemory's, in health.h).
struct ProcessStats
{
    double cpuSeconds = 0; ///< user + system CPU time
    double startTimeSeconds = 0; ///< since the Unix epoch
    qint64 virtualBytes = 0;
    qint64 openFds = 0;
    qint64 maxFds = 0; ///< the soft limit

    static ProcessStats read();
};

/// Fields of a /proc/<pid>/stat line after the command name (which may hold spaces and parentheses): index 0 is
/// the state (field 3 of proc(5)). Empty when the line has no ')'.
QList<QByteArray> procStatFields(const QByteArray &line);

} // namespace eventsd
