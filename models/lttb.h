#pragma once

#include <QList>
#include <QPointF>

#include <span>

namespace opsdash {

/// Largest-Triangle-Three-Buckets decimation (Sveinn Steinarsson, 2013): picks at most `threshold` points of
/// `points` (sorted by x) that keep the visual shape of the line. The first and last points are always kept.
/// With threshold < 3 or no more points than the threshold, all points are returned unchanged.
QList<QPointF> lttb(std::span<const QPointF> points, qsizetype threshold);

/// LTTB for a series with gaps: points whose y is NaN mark where a source was down. Each run between gaps is
/// decimated on its own, with a share of the threshold proportional to its length, and the NaN separators are
/// kept so a chart can break the line instead of drawing across the gap.
QList<QPointF> lttbWithGaps(std::span<const QPointF> points, qsizetype threshold);

} // namespace opsdash
