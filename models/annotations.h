#pragma once

#include "prometheustypes.h"

#include <QList>
#include <QString>

namespace opsdash {

/// A moment drawn on the time charts as a marker with a tooltip.
struct Annotation
{
    enum class Kind { Restart, Version, Action };
    Kind kind = Kind::Action;
    qint64 timeMs = 0;
    QString text; ///< the tooltip: "127.0.0.1:3000 restarted", "… 0.0.9 → 0.1.0", "Force GC on …: done"
    bool operator==(const Annotation &) const = default;
};

/// Restarts and version changes in [fromMs, toMs] from range queries of `process_start_time_seconds` (a new value
/// is a start, at the time it says) and `eventsd_build_info` (an instance's series of a new version begins), both
/// with an `instance` label; sorted by time.
QList<Annotation> instanceAnnotations(const QList<prom::Series> &startTimes, const QList<prom::Series> &buildInfo,
                                      qint64 fromMs, qint64 toMs);

} // namespace opsdash
