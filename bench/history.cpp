// Seven days of realistic history for Prometheus, as OpenMetrics text for `promtool tsdb create-blocks-from
// openmetrics`: what the demo's eventsd instances and the PostgreSQL exporter would have reported — a daily
// rhythm with quiet weekends and nights, an evening peak, a noisy minute here and there, a slower release day, one
// restart (counters start again, start time and version change). Written to standard output; series carry the
// labels Prometheus gives the live scrapes, so the history joins them.
//
//   eventsd-history --instance 127.0.0.1:5434 [--instance …] --postgres 127.0.0.1:40002 --days 7 > history.om
//
// Resolution: every 15 s over the last day (ranges up to 24 h read rates over a minute), every 5 min before.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

struct Route
{
    const char *pattern;
    const char *method;
    double share; ///< of the instance's requests
    double meanSeconds; ///< at low load
    double errors4xx, errors5xx; ///< shares
};

constexpr std::array<Route, 4> kRoutes{{
    {"/events", "GET", 0.55, 0.004, 0.0, 0.0},
    {"/events/:id", "GET", 0.30, 0.008, 0.02, 0.0},
    {"/registrations", "POST", 0.12, 0.045, 0.03, 0.004},
    {"/auth/login", "POST", 0.03, 0.09, 0.08, 0.0},
}};

/// Requests per second at `t` (seconds since the epoch, local time of day): nights and weekends quiet, a peak at
/// lunch and one in the evening.
double load(qint64 t)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(t);
    const double hour = at.time().hour() + at.time().minute() / 60.0;
    const bool weekend = at.date().dayOfWeek() >= 6;
    const double day =
        0.15 + 0.85 * std::exp(-std::pow((hour - 12.5) / 3.0, 2)) + 0.7 * std::exp(-std::pow((hour - 19.5) / 2.0, 2));
    return 22.0 * day * (weekend ? 0.55 : 1.0);
}

struct Counters
{
    std::vector<std::array<double, kBuckets.size() + 1>> buckets; ///< per route × status: cumulative counts
    std::vector<double> sum;
    double cpu = 0, statements = 0, statementSeconds = 0, slow = 0, hitsL1 = 0, hitsL2 = 0, misses = 0;
};

class Writer
{
public:
    void line(const std::string &name, const std::string &labels, double value, qint64 t)
    {
        std::printf("%s{%s} %.10g %lld\n", name.c_str(), labels.c_str(), value, static_cast<long long>(t));
    }
};

struct Instance
{
    std::string address;
    std::string labels; ///< job, instance, deployment
    Counters counters;
    qint64 restartAt = 0;
};

std::string statusOf(int s)
{
    return s == 0 ? "2xx" : s == 1 ? "4xx" : "5xx";
}

/// One family at a time (OpenMetrics wants a family's samples together), every time step inside.
template<typename Each>
void family(const char *help, const char *type, const char *name, Each each)
{
    std::printf("# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
    each();
}

} // namespace

/// The generated series: shared figures per instance and time step, then each family written in turn.
struct History
{
    std::vector<qint64> times;
    std::size_t steps = 0;
    qint64 start = 0;
    std::vector<Instance> instances;
    std::vector<std::vector<double>> requests; ///< per instance and step: requests in the step
    std::vector<std::vector<double>> slowness; ///< per instance and step: the latency factor
    QRandomGenerator random{20261201};
    Writer w;

    void histogram();
    void instanceSeries();
    void postgres(const std::string &address);
};

void History::histogram()
{

    // The request histogram: one family for buckets, sum and count.
    family("Request durations by route pattern, method and status class.", "histogram",
           "eventsd_http_request_duration_seconds", [&] {
               for (std::size_t k = 0; k < instances.size(); ++k) {
                   Instance &in = instances[k];
                   const std::size_t series = kRoutes.size() * 3;
                   std::vector<std::array<double, kBuckets.size() + 1>> cum(series);
                   std::vector<double> sum(series, 0);
                   for (std::size_t s = 0; s < steps; ++s) {
                       if (times[s] >= in.restartAt && (s == 0 || times[s - 1] < in.restartAt)) {
                           cum.assign(series, {});
                           sum.assign(series, 0);
                       }
                       for (std::size_t r = 0; r < kRoutes.size(); ++r) {
                           const Route &route = kRoutes[r];
                           for (int st = 0; st < 3; ++st) {
                               const double share = st == 0 ? 1 - route.errors4xx - route.errors5xx
                                   : st == 1                ? route.errors4xx
                                                            : route.errors5xx;
                               if (share <= 0)
                                   continue;
                               const std::size_t i = r * 3 + std::size_t(st);
                               const double n = requests[k][s] * route.share * share;
                               const double mean = route.meanSeconds * slowness[k][s] * (st == 0 ? 1 : 0.4);
                               for (std::size_t b = 0; b < kBuckets.size(); ++b)
                                   cum[i][b] += n * (1 - std::exp(-kBuckets[b] / mean));
                               cum[i][kBuckets.size()] += n;
                               sum[i] += n * mean;
                               const std::string l = in.labels + ",route=\"" + route.pattern + "\",method=\"" +
                                   route.method + "\",status=\"" + statusOf(st) + '"';
                               for (std::size_t b = 0; b < kBuckets.size(); ++b) {
                                   char le[32];
                                   std::snprintf(le, sizeof le, "%g", kBuckets[b]);
                                   std::printf("eventsd_http_request_duration_seconds_bucket{%s,le=\"%s\"} %.0f %lld\n",
                                               l.c_str(), le, std::floor(cum[i][b]), static_cast<long long>(times[s]));
                               }
                               std::printf("eventsd_http_request_duration_seconds_bucket{%s,le=\"+Inf\"} %.0f %lld\n"
                                           "eventsd_http_request_duration_seconds_sum{%s} %.6f %lld\n"
                                           "eventsd_http_request_duration_seconds_count{%s} %.0f %lld\n",
                                           l.c_str(), std::floor(cum[i][kBuckets.size()]),
                                           static_cast<long long>(times[s]), l.c_str(), sum[i],
                                           static_cast<long long>(times[s]), l.c_str(),
                                           std::floor(cum[i][kBuckets.size()]), static_cast<long long>(times[s]));
                           }
                       }
                   }
               }
           });
}

void History::instanceSeries()
{
    // Gauges and counters of each instance, one family at a time: each of `parts` is a label and its values.
    using Value = std::function<double(std::size_t k, std::size_t s, double running, bool restarted)>;
    auto perInstance = [&](const char *help, const char *type, const char *name,
                           std::vector<std::pair<const char *, Value>> parts) {
        family(help, type, name, [&] {
            const std::string sample = std::string(name) + (std::string(type) == "counter" ? "_total" : "");
            for (const auto &[extra, value] : parts)
                for (std::size_t k = 0; k < instances.size(); ++k) {
                    const Instance &in = instances[k];
                    const std::string labels = in.labels + (extra[0] ? std::string(",") + extra : std::string());
                    double running = 0;
                    for (std::size_t s = 0; s < steps; ++s) {
                        const bool restarted = times[s] >= in.restartAt;
                        if (restarted && (s == 0 || times[s - 1] < in.restartAt))
                            running = 0;
                        running = value(k, s, running, restarted);
                        w.line(sample, labels, running, times[s]);
                    }
                }
        });
    };
    auto add = [&](double perRequest) -> Value {
        return [&, perRequest](std::size_t k, std::size_t s, double running, bool) {
            return running + requests[k][s] * perRequest;
        };
    };
    auto gauge = [&](double base, double perLoad, double jitter) -> Value {
        return [&, base, perLoad, jitter](std::size_t, std::size_t s, double, bool) {
            return std::round(base + perLoad * load(times[s]) + jitter * random.generateDouble());
        };
    };
    perInstance("Statements run.", "counter", "eventsd_db_statements", {{"", add(1.6)}});
    perInstance("Time spent in statements.", "counter", "eventsd_db_statement_seconds",
                {{"", [&](std::size_t k, std::size_t s, double running, bool) {
                      return running + requests[k][s] * 1.6 * 0.003 * slowness[k][s];
                  }}});
    perInstance("Statements over the slow-query threshold.", "counter", "eventsd_db_slow_statements",
                {{"", [&](std::size_t k, std::size_t s, double running, bool) {
                      return running + (slowness[k][s] > 3 ? requests[k][s] * 0.05 : 0.0);
                  }}});
    perInstance("Cache hits by level.", "counter", "eventsd_cache_hits",
                {{"level=\"l1\"", add(0.55)}, {"level=\"l2\"", add(0.25)}});
    perInstance("Reads that neither level answered.", "counter", "eventsd_cache_misses", {{"", add(0.08)}});
    perInstance("Total user and system CPU time spent in seconds.", "counter", "process_cpu_seconds",
                {{"", add(0.0009)}});
    perInstance("Resident memory size in bytes.", "gauge", "process_resident_memory_bytes",
                {{"", gauge(52e6, 0.6e6, 3e6)}});
    perInstance("malloc heap held from the system and in use.", "gauge", "eventsd_heap_bytes",
                {{"kind=\"total\"", gauge(9e6, 0.2e6, 0.5e6)}, {"kind=\"used\"", gauge(4e6, 0.15e6, 0.8e6)}});
    perInstance("Database connections by state.", "gauge", "eventsd_pool_connections",
                {{"state=\"open\"", gauge(10, 0, 0)},
                 {"state=\"idle\"", [&](std::size_t k, std::size_t s, double, bool) {
                      return std::max(0.0, 10 - std::round(load(times[s]) / 6.0 * slowness[k][s]));
                  }}});
    perInstance("Jobs waiting for a database connection.", "gauge", "eventsd_pool_waiting",
                {{"", [&](std::size_t k, std::size_t s, double, bool) {
                      return slowness[k][s] > 4 ? std::round(2 + 6 * random.generateDouble()) : 0.0;
                  }}});
    perInstance("Start time of the process since unix epoch in seconds.", "gauge", "process_start_time_seconds",
                {{"", [&](std::size_t k, std::size_t, double, bool restarted) {
                      return double(restarted ? instances[k].restartAt : start - 3600);
                  }}});
    family("Always 1: the version and revision of this eventsd, and its instance id.", "gauge", "eventsd_build_info",
           [&] {
               for (const Instance &in : instances)
                   for (std::size_t s = 0; s < steps; ++s) {
                       const bool restarted = times[s] >= in.restartAt;
                       w.line("eventsd_build_info",
                              in.labels + ",version=\"" + (restarted ? "0.1.0" : "0.0.9") + "\",revision=\"" +
                                  (restarted ? "demo" : "demo-previous") + "\",instance_id=\"" + in.address + '"',
                              1, times[s]);
                   }
           });
    family("1 while scraped.", "gauge", "up", [&] {
        for (const Instance &in : instances)
            for (const qint64 t : times)
                w.line("up", in.labels, 1, t);
    });
}

void History::postgres(const std::string &address)
{
    const std::string pg = "job=\"postgres\",instance=\"" + address + "\",stack=\"private\",datname=\"events\"";
    auto total = [&](double sumOfRequests, std::size_t s) {
        double r = 0;
        for (std::size_t k = 0; k < instances.size(); ++k)
            r += requests[k][s];
        return sumOfRequests + r;
    };
    const std::pair<const char *, double> counters[] = {{"pg_stat_database_xact_commit", 1.7},
                                                        {"pg_stat_database_xact_rollback", 0.01},
                                                        {"pg_stat_database_blks_hit", 42},
                                                        {"pg_stat_database_blks_read", 0.9}};
    // The exporter's counters carry no _total: written as the exporter names them.
    for (const auto &[name, per] : counters)
        family("PostgreSQL's pg_stat_database.", "unknown", name, [&, name = name, per = per] {
            double requestsSoFar = 0;
            for (std::size_t s = 0; s < steps; ++s) {
                requestsSoFar = total(requestsSoFar, s);
                w.line(name, pg, std::round(requestsSoFar * per), times[s]);
            }
        });
    family("Sessions by state.", "gauge", "pg_stat_activity_count", [&] {
        for (const char *state : {"active", "idle", "idle in transaction"})
            for (std::size_t s = 0; s < steps; ++s) {
                const double l = load(times[s]);
                const double v = std::string(state) == "active" ? std::round(1 + l / 8.0)
                    : std::string(state) == "idle"              ? std::round(18 - l / 8.0)
                                                                : (random.generateDouble() < 0.02 ? 1.0 : 0.0);
                w.line("pg_stat_activity_count", pg + ",state=\"" + state + '"', v, times[s]);
            }
    });
    family("1 while the exporter reaches PostgreSQL.", "gauge", "pg_up", [&] {
        for (const qint64 t : times)
            w.line("pg_up", "job=\"postgres\",instance=\"" + address + "\",stack=\"private\"", 1, t);
    });
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generated eventsd and PostgreSQL history as OpenMetrics."));
    parser.addHelpOption();
    const QCommandLineOption instanceOption(QStringLiteral("instance"), QStringLiteral("host:port (repeat)."),
                                            QStringLiteral("address"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"), QStringLiteral("the exporter's host:port."),
                                            QStringLiteral("address"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("days back (default 7)."),
                                        QStringLiteral("days"), QStringLiteral("7"));
    const QCommandLineOption endOption(QStringLiteral("end"),
                                       QStringLiteral("last sample, seconds since the epoch "
                                                      "(default: a minute ago)."),
                                       QStringLiteral("seconds"));
    parser.addOptions({instanceOption, postgresOption, daysOption, endOption});
    parser.process(app);

    const qint64 end =
        parser.isSet(endOption) ? parser.value(endOption).toLongLong() : QDateTime::currentSecsSinceEpoch() - 60;
    const qint64 start = end - qint64(parser.value(daysOption).toInt()) * 86400;
    History h;
    h.start = start;
    for (qint64 t = start - start % 300; t < end - 86400; t += 300)
        h.times.push_back(t);
    for (qint64 t = end - 86400 - (end - 86400) % 15; t <= end; t += 15)
        h.times.push_back(t);
    h.steps = h.times.size();
    for (const QString &address : parser.values(instanceOption)) {
        Instance i;
        i.address = address.toStdString();
        i.labels = "job=\"eventsd\",instance=\"" + i.address + "\",deployment=\"demo\"";
        i.restartAt = start + qint64((3.4 + 0.3 * double(h.instances.size())) * 86400);
        h.instances.push_back(std::move(i));
    }
    // Per instance and step: requests in the step, a latency factor (load and the odd slow minute).
    h.requests.assign(h.instances.size(), std::vector<double>(h.steps));
    h.slowness.assign(h.instances.size(), std::vector<double>(h.steps));
    for (std::size_t k = 0; k < h.instances.size(); ++k)
        for (std::size_t s = 1; s < h.steps; ++s) {
            const double dt = double(h.times[s] - h.times[s - 1]);
            const double noise = 0.85 + 0.3 * h.random.generateDouble();
            h.requests[k][s] = load(h.times[s]) * noise * dt / double(h.instances.size());
            const bool hiccup = h.random.generateDouble() < 0.004;
            h.slowness[k][s] = (1.0 + load(h.times[s]) / 30.0) * (hiccup ? 6.0 : 1.0);
        }

    h.histogram();
    h.instanceSeries();
    if (parser.isSet(postgresOption))
        h.postgres(parser.value(postgresOption).toStdString());
    std::printf("# EOF\n");
    return std::fflush(stdout) == 0 ? 0 : 1;
}
