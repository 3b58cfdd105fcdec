#include "pgstatements.h"

#include <algorithm>

namespace opsdash {

PgStatementCounters PgStatementCounters::operator-(const PgStatementCounters &o) const
{
    return {calls - o.calls,
            totalMs - o.totalMs,
            rows - o.rows,
            sharedHit - o.sharedHit,
            sharedRead - o.sharedRead,
            tempRead - o.tempRead,
            tempWritten - o.tempWritten};
}

bool PgStatementCounters::isBelow(const PgStatementCounters &o) const
{
    return calls < o.calls || rows < o.rows || sharedHit < o.sharedHit || sharedRead < o.sharedRead ||
        tempRead < o.tempRead || tempWritten < o.tempWritten || totalMs < o.totalMs - 1e-6;
}

std::optional<double> PgStatementDelta::hitRatio() const
{
    const qint64 touched = delta.sharedHit + delta.sharedRead;
    if (touched <= 0)
        return std::nullopt;
    return double(delta.sharedHit) / double(touched);
}

PgStatementHistory::PgStatementHistory(int maxPointsPerStatement, qint64 spanMs)
    : m_maxPoints(std::max(4, maxPointsPerStatement))
    , m_spanMs(spanMs)
{ }

void PgStatementHistory::clear()
{
    m_statements.clear();
    m_firstMs = m_latestMs = 0;
}

void PgStatementHistory::add(const PgStatementsSample &sample)
{
    const qint64 previousMs = m_latestMs;
    if (m_firstMs == 0)
        m_firstMs = sample.timeMs;
    m_latestMs = sample.timeMs;
    m_statsReset = sample.statsReset;
    for (auto it = m_statements.begin(); it != m_statements.end(); ++it)
        it->present = false;
    for (const PgStatement &s : sample.statements) {
        Track &track = m_statements[s.key];
        track.queryId = s.queryId;
        track.user = s.user;
        track.present = true;
        if (!track.points.empty() && track.points.back().counters == s.counters)
            continue; // unchanged: no point, the last one still holds
        // Changed after a quiet stretch: the counters as they were at the previous poll, so the rate of this step
        // covers one poll interval, not the whole quiet stretch.
        if (!track.points.empty() && previousMs > track.points.back().timeMs)
            track.points.push_back({previousMs, track.points.back().counters});
        track.points.push_back({sample.timeMs, s.counters});
        if (track.points.size() > std::size_t(m_maxPoints)) {
            track.capped = true;
            track.points.erase(track.points.begin(),
                               track.points.begin() + std::ptrdiff_t(track.points.size() - std::size_t(m_maxPoints)));
        }
    }
    // Statements gone from pg_stat_statements and quiet for longer than the span are forgotten.
    const qint64 horizon = m_latestMs - m_spanMs;
    m_statements.removeIf([horizon](const QHash<QString, Track>::iterator &it) {
        return !it->present && (it->points.empty() || it->points.back().timeMs < horizon);
    });
}

QList<PgStatementDelta> PgStatementHistory::deltas(qint64 fromMs) const
{
    QList<PgStatementDelta> out;
    for (auto it = m_statements.cbegin(); it != m_statements.cend(); ++it) {
        const Track &t = it.value();
        if (!t.present || t.points.empty())
            continue;
        const Point &latest = t.points.back();
        // The counters at fromMs: the last point at or before it (nothing changed until the next point).
        const auto after = std::upper_bound(t.points.begin(), t.points.end(), fromMs,
                                            [](qint64 ms, const Point &p) { return ms < p.timeMs; });
        PgStatementCounters base; // zero: first seen inside the range
        auto from = t.points.begin();
        if (after != t.points.begin()) {
            base = std::prev(after)->counters;
            from = std::prev(after);
        } else if (t.capped || t.points.front().timeMs <= m_firstMs) {
            // There before watching began (or before the oldest point kept): the range is longer than the history.
            base = t.points.front().counters;
        }
        PgStatementDelta d;
        d.key = it.key();
        d.queryId = t.queryId;
        d.user = t.user;
        // A drop inside the range: the counters restarted; count from the restart.
        for (auto p = std::next(from); p < t.points.end(); ++p) {
            if (p->counters.isBelow(std::prev(p)->counters)) {
                base = {};
                d.sinceReset = true;
            }
        }
        d.delta = latest.counters - base;
        if (d.delta.calls > 0 || d.sinceReset)
            out.append(d);
    }
    return out;
}

QList<PgStatementDelta> PgStatementHistory::totals() const
{
    QList<PgStatementDelta> out;
    for (auto it = m_statements.cbegin(); it != m_statements.cend(); ++it) {
        if (!it->present || it->points.empty() || it->points.back().counters.calls == 0)
            continue;
        PgStatementDelta d;
        d.key = it.key();
        d.queryId = it->queryId;
        d.user = it->user;
        d.delta = it->points.back().counters;
        d.sinceReset = true;
        out.append(d);
    }
    return out;
}

PgStatementHistory::Rates PgStatementHistory::rates(const QString &key, qint64 fromMs) const
{
    Rates out;
    const auto it = m_statements.constFind(key);
    if (it == m_statements.cend())
        return out;
    const std::vector<Point> &points = it->points;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const Point &a = points[i - 1];
        const Point &b = points[i];
        if (b.timeMs < fromMs || b.timeMs <= a.timeMs || b.counters.isBelow(a.counters))
            continue;
        const PgStatementCounters d = b.counters - a.counters;
        const double seconds = double(b.timeMs - a.timeMs) / 1000.0;
        out.callsPerSecond.append(QPointF(double(b.timeMs), double(d.calls) / seconds));
        if (d.calls > 0)
            out.meanMs.append(QPointF(double(b.timeMs), d.totalMs / double(d.calls)));
    }
    // Quiet since the last change: the rate is zero up to now.
    if (!points.empty() && m_latestMs > points.back().timeMs && m_latestMs >= fromMs)
        out.callsPerSecond.append(QPointF(double(m_latestMs), 0));
    return out;
}

qsizetype PgStatementHistory::pointCount() const
{
    qsizetype n = 0;
    for (const Track &t : m_statements)
        n += qsizetype(t.points.size());
    return n;
}

} // namespace opsdash
