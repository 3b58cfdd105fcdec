#pragma once

// A field of /proc/<pid>/status in KiB (VmRSS:, VmHWM:), for tests that bound a process's memory.

#include <QFile>
#include <QString>

namespace testenv {

/// `field` including its colon ("VmRSS:"); -1 when the process or the field is not there.
inline qint64 procStatusKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace testenv
