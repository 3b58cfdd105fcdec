#include "lttb.h"

#include <algorithm>
#include <cmath>

namespace opsdash {

QList<QPointF> lttb(std::span<const QPointF> points, qsizetype threshold)
{
    const auto n = static_cast<qsizetype>(points.size());
    if (threshold < 3 || n <= threshold)
        return QList<QPointF>(points.begin(), points.end());

    QList<QPointF> out;
    out.reserve(threshold);
    out.append(points.front());

    // The first and last points are fixed; the n - 2 points between them fall into threshold - 2 buckets.
    const double bucketSize = double(n - 2) / double(threshold - 2);
    qsizetype selected = 0;
    for (qsizetype bucket = 0; bucket < threshold - 2; ++bucket) {
        const auto begin = static_cast<qsizetype>(std::floor(bucket * bucketSize)) + 1;
        const auto end = static_cast<qsizetype>(std::floor((bucket + 1) * bucketSize)) + 1;

        // The third vertex of the triangle is the average of the next bucket (or the last point).
        const auto nextBegin = end;
        const auto nextEnd = std::min(static_cast<qsizetype>(std::floor((bucket + 2) * bucketSize)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        if (bucket == threshold - 3) {
            avgX = points[n - 1].x();
            avgY = points[n - 1].y();
        } else {
            for (qsizetype i = nextBegin; i < nextEnd; ++i) {
                avgX += points[i].x();
                avgY += points[i].y();
            }
            const auto count = double(nextEnd - nextBegin);
            avgX /= count;
            avgY /= count;
        }

        const QPointF a = points[selected];
        double maxArea = -1;
        qsizetype best = begin;
        for (qsizetype i = begin; i < end; ++i) {
            const double area =
                std::abs((a.x() - avgX) * (points[i].y() - a.y()) - (a.x() - points[i].x()) * (avgY - a.y()));
            if (area > maxArea) {
                maxArea = area;
                best = i;
            }
        }
        out.append(points[best]);
        selected = best;
    }

    out.append(points.back());
    return out;
}

QList<QPointF> lttbWithGaps(std::span<const QPointF> points, qsizetype threshold)
{
    const auto n = static_cast<qsizetype>(points.size());
    if (n <= threshold)
        return QList<QPointF>(points.begin(), points.end());

    QList<QPointF> out;
    out.reserve(threshold + 16);
    qsizetype runStart = 0;
    auto flushRun = [&](qsizetype runEnd) {
        const qsizetype length = runEnd - runStart;
        if (length <= 0)
            return;
        const auto share = std::max<qsizetype>(3, qsizetype(double(threshold) * double(length) / double(n)));
        out.append(lttb(points.subspan(std::size_t(runStart), std::size_t(length)), share));
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (std::isnan(points[i].y())) {
            flushRun(i);
            if (out.isEmpty() || !std::isnan(out.last().y()))
                out.append(points[i]);
            runStart = i + 1;
        }
    }
    flushRun(n);
    return out;
}

} // namespace opsdash
