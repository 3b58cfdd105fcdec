// opsdash on Prometheus measured from inside (bench/prometheus-bench drives it):
//   prometheus-probe range PAGE REPEATS   the real window and session (backend, PostgreSQL and Prometheus from
//                                         OPSDASH_BENCH_BACKEND, OPSDASH_TOKEN, OPSDASH_BENCH_DATABASE,
//                                         OPSDASH_BENCH_PROMETHEUS), PAGE shown: the range switched to 30 days
//                                         REPEATS times (15 min between), each timed from the switch until every
//                                         chart of the page has painted the loaded data; the queries of the last
//                                         switch go to OPSDASH_BENCH_QUERY_LOG (`path form` lines, for curl); RSS
//                                         before the first switch and with 30 days loaded
//   prometheus-probe fleet SECONDS        the Fleet page at a 2 s refresh for SECONDS after 10 s of settling: CPU %
//                                         of one core, rows, reads, RSS
// Prints `key value` lines.

#include "benchsession.h"
#include "chartwidget.h"
#include "fleetpage.h"
#include "mainwindow.h"
#include "pages.h"
#include "prometheushistory.h"
#include "session.h"
#include "settings.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace opsdash;

namespace {

constexpr int kThirtyDays = 30 * 24 * 60;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// The query log: PrometheusClient's debug lines while `recording`, as `path form` (what curl replays).
struct QueryLog
{
    static inline bool recording = false;
    static inline QList<QByteArray> lines;
    static inline qint64 bytes = 0;
    static inline QtMessageHandler previous = nullptr;

    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (qstrcmp(context.category, "opsdash.prometheus") != 0) {
            if (previous)
                previous(type, context, message);
            else
                std::fprintf(stderr, "%s\n", qPrintable(message));
            return;
        }
        if (!recording)
            return;
        // "POST /api/v1/query_range query=…&start=…&end=…&step=…" as sent, in that order;
        // "/api/v1/query_range -> 200, 1234 bytes, 5 ms" when answered.
        const QList<QByteArray> parts = message.toUtf8().split(' ');
        if (parts.size() >= 4 && parts[1] == "->")
            bytes += parts[3].toLongLong();
        else if (parts.size() >= 2)
            lines.append(parts[1] + ' ' + parts.value(2));
    }
};

/// A window on a session built from the bench's environment, refresh `refreshMs`.
struct BenchWindow
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;
    Session *session = nullptr;

    explicit BenchWindow(int refreshMs)
        : settings(std::make_unique<Settings>(dir.filePath(QStringLiteral("opsdash.ini"))))
    {
        const auto [profile, secrets] = bench::profileFromEnvironment(refreshMs);
        window = std::make_unique<MainWindow>(settings.get());
        session = new Session(profile, secrets);
        window->setSession(session);
        window->resize(1400, 1000);
        window->show();
    }
};

/// Runs the event loop until `done` (checked every 10 ms: it sleeps in between) or `timeoutMs`; false on the
/// time-out. What is timed is stamped where it happens, not here.
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    bool met = done();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if ((met = done()))
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(10);
    if (!met)
        loop.exec();
    return met;
}

/// Runs the event loop for `ms` (nothing polled meanwhile).
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// When each chart's viewport first painted after the last reset, on the clock given.
class PaintWatch : public QObject
{
public:
    PaintWatch(const QList<QChartView *> &views, const QElapsedTimer *clock)
        : m_views(views)
        , m_clock(clock)
    {
        for (QChartView *view : views)
            view->viewport()->installEventFilter(this);
    }
    void reset() { m_painted.clear(); }
    bool allPainted() const { return m_painted.size() == m_views.size(); }
    /// The last of the charts' first paints (ns on the clock).
    qint64 lastNs() const
    {
        qint64 last = 0;
        for (const qint64 ns : m_painted)
            last = std::max(last, ns);
        return last;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted.contains(watched))
            m_painted.insert(watched, m_clock->nsecsElapsed());
        return false;
    }

private:
    QList<QChartView *> m_views;
    const QElapsedTimer *m_clock;
    QHash<QObject *, qint64> m_painted;
};

int range(const QString &pageName, int repeats)
{
    BenchWindow bench(1000);
    MainWindow &window = *bench.window;
    PrometheusHistory *history = bench.session->history();
    if (!history || !window.showPage(pageName)) {
        std::fprintf(stderr, "prometheus-probe: no Prometheus in the profile, or no page %s\n", qPrintable(pageName));
        return 1;
    }
    bench.session->start();
    idle(5000); // settle: first data, the start's last hour from Prometheus
    const qint64 rssBefore = bench::statusKb("VmRSS:");

    DashboardPage *page = window.page(pageName);
    const QList<QChartView *> views = page->findChildren<QChartView *>();
    QElapsedTimer timer;
    PaintWatch watch(views, &timer);
    // The page's series are in when the long store announces its first update after the switch (the shown
    // page's metrics are read first); every chart's next paint shows them. All 30 days are in at `loaded`.
    int updates = 0;
    int loads = 0;
    qint64 loadedNs = 0;
    QString error;
    QObject::connect(history->longStore(), &MetricStore::updated, &window, [&] {
        if (++updates == 1)
            watch.reset();
    });
    QObject::connect(history, &PrometheusHistory::loaded, &window, [&](const QString &e) {
        ++loads;
        loadedNs = timer.nsecsElapsed();
        error = e;
    });
    std::vector<double> times;
    std::vector<double> allIn;
    for (int i = 0; i < repeats; ++i) {
        window.setRangeMinutes(15);
        idle(1500);
        QueryLog::lines.clear();
        QueryLog::bytes = 0;
        QueryLog::recording = true;
        updates = 0;
        loads = 0;
        timer.start();
        window.setRangeMinutes(kThirtyDays);
        if (!waitFor([&] { return updates > 0 && watch.allPainted() && loads > 0; }, 30000) || !error.isEmpty()) {
            std::fprintf(stderr, "prometheus-probe: 30 days did not arrive or paint: %s\n", qPrintable(error));
            return 1;
        }
        times.push_back(double(watch.lastNs()) / 1e6);
        allIn.push_back(double(loadedNs) / 1e6);
        QueryLog::recording = false;
        idle(500);
    }
    qsizetype pointsDrawn = 0;
    for (ChartWidget *chart : page->findChildren<ChartWidget *>())
        pointsDrawn += chart->pointsDrawn();
    std::printf("range_page %s\n", qPrintable(pageName));
    std::printf("range_charts %lld\n", static_cast<long long>(views.size()));
    std::printf("range_points_drawn %lld\n", static_cast<long long>(pointsDrawn));
    std::printf("range_chart_width_px %d\n", views.isEmpty() ? 0 : views.first()->width());
    std::printf("range_ms_median %.1f\n", median(times));
    std::printf("range_ms_worst %.1f\n", *std::max_element(times.begin(), times.end()));
    std::printf("range_all_in_ms_median %.1f\n", median(allIn));
    std::printf("range_page_metrics %lld\n", static_cast<long long>(page->chartMetrics().size()));
    std::printf("range_queries %lld\n", static_cast<long long>(QueryLog::lines.size()));
    std::printf("range_bytes %lld\n", static_cast<long long>(QueryLog::bytes));
    std::printf("range_samples_per_series %lld\n",
                static_cast<long long>(history->longStore()->series(Metric::RequestsPerSecond).size()));
    std::printf("rss_before_kb %lld\n", static_cast<long long>(rssBefore));
    std::printf("rss_30d_kb %lld\n", static_cast<long long>(bench::statusKb("VmRSS:")));
    if (const QString path = qEnvironmentVariable("OPSDASH_BENCH_QUERY_LOG"); !path.isEmpty()) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            for (const QByteArray &line : std::as_const(QueryLog::lines))
                out.write(line + '\n');
    }
    return 0;
}

int fleet(int seconds)
{
    BenchWindow bench(2000);
    MainWindow &window = *bench.window;
    if (!window.showPage(QStringLiteral("fleet"))) {
        std::fprintf(stderr, "prometheus-probe: no fleet page\n");
        return 1;
    }
    bench.session->start();
    auto *fleetPage = window.findChild<FleetPage *>();
    const QAbstractItemModel *model = fleetPage ? fleetPage->model() : nullptr;
    idle(10000);
    QueryLog::lines.clear();
    QueryLog::recording = true;
    const double cpu0 = bench::cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    idle(seconds * 1000);
    const double cpu = bench::cpuSeconds() - cpu0;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    std::printf("fleet_seconds %.1f\n", elapsed);
    std::printf("fleet_cpu_percent %.2f\n", cpu / elapsed * 100.0);
    std::printf("fleet_rows %d\n", model ? model->rowCount() : -1);
    QueryLog::recording = false;
    const auto reads = std::count_if(QueryLog::lines.cbegin(), QueryLog::lines.cend(),
                                     [](const QByteArray &line) { return line.startsWith("/api/v1/targets"); });
    std::printf("fleet_reads %lld\n", static_cast<long long>(reads));
    std::printf("fleet_requests %lld\n", static_cast<long long>(QueryLog::lines.size()));
    std::printf("fleet_rss_kb %lld\n", static_cast<long long>(bench::statusKb("VmRSS:")));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QueryLog::previous = qInstallMessageHandler(&QueryLog::handler);
    QLoggingCategory::setFilterRules(QStringLiteral("opsdash.prometheus.debug=true"));
    const QStringList args = QApplication::arguments();
    if (args.value(1) == u"range")
        return range(args.value(2, QStringLiteral("api")), args.value(3, QStringLiteral("5")).toInt());
    if (args.value(1) == u"fleet")
        return fleet(args.value(2, QStringLiteral("60")).toInt());
    std::fprintf(stderr, "usage: prometheus-probe range PAGE REPEATS | fleet SECONDS\n");
    return 2;
}
