#pragma once

#include "ringbuffer.h"

#include <QList>
#include <QPointF>

#include <optional>

namespace opsdash {

/// One series of (time, value) samples in a fixed ring: 24 h at the refresh interval costs the same memory from
/// the first sample on. A gap (the source was down) is kept as a NaN sample, so a chart breaks the line there
/// instead of drawing across the outage.
class MetricSeries
{
public:
    struct Sample
    {
        qint64 timeMs = 0; ///< milliseconds since the epoch
        double value = 0; ///< NaN marks a gap
    };

    explicit MetricSeries(std::size_t capacity);

    void append(qint64 timeMs, double value);
    /// The source had no answer at `timeMs`: one gap marker, however long the outage lasts.
    void appendGap(qint64 timeMs);
    void clear() { m_samples.clear(); }
    /// Fills [fromMs, toMs] with `samples` (sorted by time, from elsewhere: Prometheus) where this series has
    /// none of its own: a sample of its own within `spacingMs` of a filled one wins, and the gap markers inside the
    /// window go (the stretch is no longer missing). Keeps time order; a full ring drops its oldest.
    void fill(const std::vector<Sample> &samples, qint64 fromMs, qint64 toMs, qint64 spacingMs);

    std::size_t size() const { return m_samples.size(); }
    std::size_t capacity() const { return m_samples.capacity(); }
    std::optional<Sample> last() const;
    /// Time of the oldest sample held; nullopt when empty.
    std::optional<qint64> firstTimeMs() const;

    /// The samples in [fromMs, toMs] as chart points (x = time in ms), decimated with LTTB to about `maxPoints`
    /// per run between gaps; gap markers are kept (y = NaN).
    QList<QPointF> points(qint64 fromMs, qint64 toMs, qsizetype maxPoints) const;
    /// Smallest and largest value in [fromMs, toMs], gaps ignored; nullopt without values.
    std::optional<std::pair<double, double>> range(qint64 fromMs, qint64 toMs) const;

private:
    RingBuffer<Sample> m_samples;
};

/// Turns a monotonically growing counter (requests, commits) into a rate per second over the real time between
/// two samples. A counter that went down (a restart, a metrics clear) gives no rate for that step rather than a
/// negative one; so does a first sample or no elapsed time.
class RateTracker
{
public:
    std::optional<double> update(qint64 timeMs, double counter);
    void reset() { m_last.reset(); }

private:
    std::optional<std::pair<qint64, double>> m_last;
};

/// Samples a series needs to hold `hours` at one sample per `refreshMs`.
std::size_t samplesFor(int hours, int refreshMs);

} // namespace opsdash
