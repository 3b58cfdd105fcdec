#include "metricstore.h"

#include <cmath>

namespace opsdash {

QString queueName(QueueName queue)
{
    switch (queue) {
    case QueueName::Email:
        return QStringLiteral("email");
    case QueueName::Badge:
        return QStringLiteral("badge-generation");
    case QueueName::Report:
        break;
    }
    return QStringLiteral("report-generation");
}

std::optional<QueueName> queueFromName(const QString &name)
{
    for (const QueueName q : allQueueNames)
        if (queueName(q) == name)
            return q;
    return std::nullopt;
}

Metric queueWaitingMetric(QueueName queue)
{
    return Metric(int(Metric::QueueEmailWaiting) + int(queue));
}

Metric queueThroughputMetric(QueueName queue)
{
    return Metric(int(Metric::QueueEmailThroughput) + int(queue));
}

MetricStore::MetricStore(std::size_t capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(capacity)
{
    m_series.reserve(std::size_t(Metric::Count));
    for (int i = 0; i < int(Metric::Count); ++i)
        m_series.emplace_back(capacity);
}

void MetricStore::append(Metric metric, qint64 timeMs, double value)
{
    m_series[std::size_t(metric)].append(timeMs, value);
}

void MetricStore::appendGap(Metric metric, qint64 timeMs)
{
    m_series[std::size_t(metric)].appendGap(timeMs);
}

std::optional<double> MetricStore::latest(Metric metric) const
{
    const auto last = series(metric).last();
    if (!last || std::isnan(last->value))
        return std::nullopt;
    return last->value;
}

std::optional<double> MetricStore::mean(Metric metric, qint64 fromMs, qint64 toMs) const
{
    const MetricSeries &s = series(metric);
    const QList<QPointF> points = s.points(fromMs, toMs, qsizetype(s.size()) + 1);
    double sum = 0;
    int n = 0;
    for (const QPointF &p : points) {
        if (std::isnan(p.y()))
            continue;
        sum += p.y();
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

std::size_t MetricStore::memoryBytes() const
{
    return m_series.size() * (sizeof(MetricSeries) + m_capacity * sizeof(MetricSeries::Sample));
}

} // namespace opsdash
