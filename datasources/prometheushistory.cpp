#include "prometheushistory.h"

#include <QDateTime>

#include <array>
#include <cmath>

namespace opsdash {

namespace {

constexpr int kDefaultScrapeSeconds = 15; ///< the shortest scrape interval rates assume (Prometheus's default)
constexpr qint64 kLiveSpanMs = 24LL * 3600 * 1000;
constexpr int kMaxPointsPerQuery = 10000; ///< under Prometheus's own 11,000 points per series

/// Prometheus's points as samples; a stretch without points (no data there, or NaN: no requests to divide by)
/// gets one gap marker, so the chart breaks the line instead of drawing across it.
std::vector<MetricSeries::Sample> samplesOf(const QList<prom::Series> &series, qint64 stepMs)
{
    std::vector<MetricSeries::Sample> out;
    if (series.isEmpty())
        return out;
    const QList<prom::Point> &points = series.first().points;
    out.reserve(std::size_t(points.size()));
    std::optional<qint64> previous;
    for (const prom::Point &p : points) {
        if (!std::isfinite(p.value))
            continue;
        if (previous && p.timeMs - *previous > 2 * stepMs)
            out.push_back({*previous + stepMs, std::nan("")});
        out.push_back({p.timeMs, p.value});
        previous = p.timeMs;
    }
    return out;
}

} // namespace

PrometheusHistory::PrometheusHistory(PrometheusClient *client, promql::Scope scope, MetricStore *live, int refreshMs,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_live(live)
    , m_long(4096)
    , m_compare(4096)
    , m_refreshMs(std::max(250, refreshMs))
{ }

QList<Metric> PrometheusHistory::metrics()
{
    QList<Metric> out;
    for (int m = 0; m < int(Metric::Count); ++m)
        if (promql::metricExpr(Metric(m), promql::Scope{}, promql::Grouping::Overall, 60))
            out.append(Metric(m));
    return out;
}

int PrometheusHistory::rateWindowSeconds(int stepSeconds) const
{
    // Grafana's $__rate_interval: a window always holding a few scrapes, and never shorter than a step. As in
    // Grafana, the scrape interval counts as at least 15 s: history written at a coarser resolution than the live
    // scrapes (a backfill, downsampled storage) still has two points in every window.
    const int scrape = std::max(m_scrapeSeconds, kDefaultScrapeSeconds);
    return std::max(stepSeconds + scrape, 4 * scrape);
}

QCoro::Task<bool> PrometheusHistory::fillLive(qint64 fromMs, qint64 toMs)
{
    fromMs = std::max(fromMs, toMs - kLiveSpanMs);
    const qint64 slackMs = 3LL * m_refreshMs;
    if (m_coveredToMs > 0 && fromMs >= m_coveredFromMs && toMs <= m_coveredToMs + slackMs)
        co_return true;
    if (m_coveredToMs == 0 || fromMs > m_coveredToMs + slackMs || toMs < m_coveredFromMs) {
        m_coveredFromMs = fromMs; // a stretch apart from what was read: it is what is covered now
        m_coveredToMs = toMs;
    } else {
        m_coveredFromMs = std::min(m_coveredFromMs, fromMs);
        m_coveredToMs = std::max(m_coveredToMs, toMs);
    }
    const int minStep = (m_refreshMs + 999) / 1000;
    const int step = PrometheusClient::stepFor(toMs - fromMs, kMaxPointsPerQuery, minStep);
    QPointer<PrometheusHistory> self(this);
    QCoro::Task<bool> reading = read(Target{m_live, false, 0, {}}, fromMs, toMs, step);
    const bool ok = co_await reading;
    if (self && !ok)
        m_coveredToMs = 0; // not read after all: the next ask tries again
    co_return ok;
}

QCoro::Task<bool> PrometheusHistory::loadLong(int minutes, int widthPx, QList<Metric> first)
{
    const qint64 toMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 fromMs = toMs - qint64(minutes) * 60000;
    const int step =
        PrometheusClient::stepFor(toMs - fromMs, std::clamp(widthPx, 100, 4000), (m_refreshMs + 999) / 1000);
    QCoro::Task<bool> reading = read(Target{&m_long, true, 0, std::move(first)}, fromMs, toMs, step);
    co_return co_await reading;
}

QCoro::Task<bool> PrometheusHistory::loadCompare(int minutes, qint64 offsetSeconds, int widthPx, QList<Metric> first)
{
    const qint64 shiftMs = offsetSeconds * 1000;
    const qint64 toMs = QDateTime::currentMSecsSinceEpoch() - shiftMs;
    const qint64 fromMs = toMs - qint64(minutes) * 60000;
    const int step =
        PrometheusClient::stepFor(toMs - fromMs, std::clamp(widthPx, 100, 4000), (m_refreshMs + 999) / 1000);
    QCoro::Task<bool> reading = read(Target{&m_compare, true, shiftMs, std::move(first)}, fromMs, toMs, step);
    co_return co_await reading;
}

QCoro::Task<QList<Annotation>> PrometheusHistory::loadAnnotations(qint64 fromMs, qint64 toMs, int widthPx)
{
    QPointer<PrometheusHistory> self(this);
    if (!m_client)
        co_return {};
    const int step = PrometheusClient::stepFor(toMs - fromMs, std::clamp(widthPx, 100, 4000), kDefaultScrapeSeconds);
    promql::Scope scope = m_scope;
    scope.database.clear();
    QCoro::Task<BackendReply<QList<prom::Series>>> startsTask =
        m_client->queryRange(promql::startTimes(scope), fromMs, toMs, step);
    QCoro::Task<BackendReply<QList<prom::Series>>> buildsTask =
        m_client->queryRange(promql::buildInfo(scope), fromMs, toMs, step);
    const auto starts = co_await startsTask;
    const auto builds = co_await buildsTask;
    if (!self || !starts || !builds)
        co_return {};
    co_return instanceAnnotations(*starts.value, *builds.value, fromMs, toMs);
}

QCoro::Task<bool> PrometheusHistory::read(Target target, qint64 fromMs, qint64 toMs, int stepSeconds)
{
    QPointer<PrometheusHistory> self(this);
    if (!m_client)
        co_return false;
    if (m_scrapeSeconds == 0) {
        QCoro::Task<BackendReply<QList<prom::Target>>> asking = m_client->targets();
        const auto targets = co_await asking;
        if (!self || !m_client)
            co_return false;
        for (const prom::Target &t : targets.value.value_or(QList<prom::Target>{}))
            if (t.labels.value(QStringLiteral("job")) == m_scope.job && t.scrapeIntervalSeconds > 0) {
                m_scrapeSeconds = t.scrapeIntervalSeconds;
                break;
            }
    }
    // The shown page's metrics first, all at once (the client queues what is over its connections), so the page
    // paints while the rest is read; then the rest, all at once: a long range costs about its slowest queries, not
    // their sum.
    const QList<Metric> all = metrics();
    QList<Metric> first;
    for (const Metric metric : std::as_const(target.first))
        if (all.contains(metric) && !first.contains(metric))
            first.append(metric);
    QList<Metric> rest;
    for (const Metric metric : all)
        if (!first.contains(metric))
            rest.append(metric);
    QString error;
    const std::array<QList<Metric>, 2> batches{first, rest};
    for (const QList<Metric> &batch : batches) {
        if (batch.isEmpty())
            continue;
        QCoro::Task<QString> reading = readBatch(target, batch, fromMs, toMs, stepSeconds);
        error = co_await reading;
        if (!self)
            co_return false;
        if (!error.isEmpty())
            break;
        target.store->notify();
    }
    if (!error.isEmpty()) {
        m_lastError = tr("history from Prometheus: %1").arg(error);
        Q_EMIT loaded(m_lastError);
        co_return false;
    }
    m_lastError.clear();
    Q_EMIT loaded(QString());
    co_return true;
}

QCoro::Task<QString> PrometheusHistory::readBatch(Target target, QList<Metric> batch, qint64 fromMs, qint64 toMs,
                                                  int stepSeconds)
{
    QPointer<PrometheusHistory> self(this);
    if (!m_client)
        co_return tr("Prometheus is no longer configured");
    const int window = rateWindowSeconds(stepSeconds);
    const qint64 stepMs = qint64(stepSeconds) * 1000;
    std::vector<std::pair<Metric, QCoro::Task<BackendReply<QList<prom::Series>>>>> queries;
    for (const Metric metric : std::as_const(batch)) {
        if (promql::isDatabaseMetric(metric) && m_scope.database.isEmpty())
            continue; // the profile has no database: its charts stay as they are
        const QString expr = *promql::metricExpr(metric, m_scope, promql::Grouping::Overall, window);
        queries.emplace_back(metric, m_client->queryRange(expr, fromMs, toMs, stepSeconds));
    }
    // Each is awaited, also after a failure or after this object went away.
    QString error;
    for (auto &query : queries) {
        const Metric metric = query.first;
        const auto reply = co_await query.second;
        if (!self || !error.isEmpty())
            continue;
        if (!reply) {
            error = reply.error;
            continue;
        }
        const auto samples = samplesOf(*reply.value, stepMs);
        MetricStore *store = target.store;
        if (target.replace) {
            store->clear(metric);
            for (const MetricSeries::Sample &s : samples)
                std::isnan(s.value) ? store->appendGap(metric, s.timeMs + target.shiftMs)
                                    : store->append(metric, s.timeMs + target.shiftMs, s.value);
        } else {
            store->fill(metric, samples, fromMs, toMs, std::max<qint64>(m_refreshMs, stepMs));
        }
    }
    co_return error;
}

} // namespace opsdash
