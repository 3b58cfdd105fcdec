#include "processstats.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <sys/resource.h>
#include <unistd.h>

namespace eventsd {

namespace {

QByteArray readSmallFile(const char *path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 * 1024); // /proc files are small; never read more than this
}

qint64 bootTimeSeconds()
{
    for (const QByteArray &line : readSmallFile("/proc/stat").split('\n'))
        if (line.startsWith("btime "))
            return line.mid(6).trimmed().toLongLong();
    return 0;
}

} // namespace

QList<QByteArray> procStatFields(const QByteArray &line)
{
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 1).simplified().split(' ');
}

ProcessStats ProcessStats::read()
{
    ProcessStats s;
    const QList<QByteArray> f = procStatFields(readSmallFile("/proc/self/stat").trimmed());
    // proc(5) numbers the fields from 1; f[0] is field 3 (state).
    auto field = [&f](int number) { return number - 3 < f.size() ? f[number - 3].toLongLong() : 0; };
    const double ticks = double(sysconf(_SC_CLK_TCK));
    if (f.size() >= 21 && ticks > 0) {
        s.cpuSeconds = double(field(14) + field(15)) / ticks;
        s.startTimeSeconds = double(bootTimeSeconds()) + double(field(22)) / ticks;
        s.virtualBytes = field(23);
    }
    s.openFds = qint64(QDir(QStringLiteral("/proc/self/fd"))
                           .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)
                           .size());
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0)
        s.maxFds = limit.rlim_cur == RLIM_INFINITY ? -1 : qint64(limit.rlim_cur);
    return s;
}

} // namespace eventsd
