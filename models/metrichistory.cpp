#include "metrichistory.h"

#include "lttb.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace opsdash {

MetricSeries::MetricSeries(std::size_t capacity)
    : m_samples(capacity)
{ }

void MetricSeries::append(qint64 timeMs, double value)
{
    m_samples.append(Sample{timeMs, value});
}

void MetricSeries::appendGap(qint64 timeMs)
{
    if (!m_samples.isEmpty() && std::isnan(m_samples.last().value))
        return;
    m_samples.append(Sample{timeMs, std::numeric_limits<double>::quiet_NaN()});
}

void MetricSeries::fill(const std::vector<Sample> &samples, qint64 fromMs, qint64 toMs, qint64 spacingMs)
{
    if (std::none_of(samples.begin(), samples.end(),
                     [&](const Sample &s) { return s.timeMs >= fromMs && s.timeMs <= toMs; }))
        return; // nothing came for the window: what is missing stays marked missing
    std::vector<Sample> own;
    own.reserve(m_samples.size());
    m_samples.forEach([&](const Sample &s) {
        const bool inside = s.timeMs >= fromMs && s.timeMs <= toMs;
        if (!(inside && std::isnan(s.value)))
            own.push_back(s);
    });
    std::vector<Sample> merged;
    merged.reserve(own.size() + samples.size());
    std::size_t i = 0;
    std::optional<qint64> lastOwn; ///< the latest real sample of its own before the filled one
    for (const Sample &f : samples) {
        if (f.timeMs < fromMs || f.timeMs > toMs)
            continue;
        for (; i < own.size() && own[i].timeMs <= f.timeMs; ++i) {
            if (!std::isnan(own[i].value))
                lastOwn = own[i].timeMs;
            merged.push_back(own[i]);
        }
        const bool nearPrevious = lastOwn && f.timeMs - *lastOwn < spacingMs;
        const bool nearNext = i < own.size() && !std::isnan(own[i].value) && own[i].timeMs - f.timeMs < spacingMs;
        if (!nearPrevious && !nearNext)
            merged.push_back(f);
    }
    while (i < own.size())
        merged.push_back(own[i++]);
    m_samples.clear();
    const std::size_t skip = merged.size() > m_samples.capacity() ? merged.size() - m_samples.capacity() : 0;
    for (std::size_t k = skip; k < merged.size(); ++k)
        m_samples.append(merged[k]);
}

std::optional<MetricSeries::Sample> MetricSeries::last() const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    return m_samples.last();
}

std::optional<qint64> MetricSeries::firstTimeMs() const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    return m_samples.first().timeMs;
}

QList<QPointF> MetricSeries::points(qint64 fromMs, qint64 toMs, qsizetype maxPoints) const
{
    std::vector<QPointF> window;
    window.reserve(m_samples.size());
    m_samples.forEach([&](const Sample &s) {
        if (s.timeMs < fromMs || s.timeMs > toMs)
            return;
        // A window never starts or ends with a gap marker: there is nothing to separate.
        if (std::isnan(s.value) && window.empty())
            return;
        window.emplace_back(double(s.timeMs), s.value);
    });
    while (!window.empty() && std::isnan(window.back().y()))
        window.pop_back();
    return lttbWithGaps(window, maxPoints);
}

std::optional<std::pair<double, double>> MetricSeries::range(qint64 fromMs, qint64 toMs) const
{
    std::optional<std::pair<double, double>> out;
    m_samples.forEach([&](const Sample &s) {
        if (s.timeMs < fromMs || s.timeMs > toMs || std::isnan(s.value))
            return;
        if (!out)
            out = std::pair{s.value, s.value};
        else
            out = std::pair{std::min(out->first, s.value), std::max(out->second, s.value)};
    });
    return out;
}

std::optional<double> RateTracker::update(qint64 timeMs, double counter)
{
    const auto previous = m_last;
    m_last = std::pair{timeMs, counter};
    if (!previous || timeMs <= previous->first || counter < previous->second)
        return std::nullopt;
    return (counter - previous->second) * 1000.0 / double(timeMs - previous->first);
}

std::size_t samplesFor(int hours, int refreshMs)
{
    return std::size_t(qint64(hours) * 3'600'000 / std::max(1, refreshMs));
}

} // namespace opsdash
