// opsdash measured from inside (bench/opsdash-bench drives it):
//   opsdash-probe redraw            24 h of 1 s history for 8 series: chart refresh + paint time (median of 30)
//                                   with LTTB to the plot width, against handing the charts every sample (the
//                                   reference), and the history's memory
//   opsdash-probe live SECONDS      the real window and session (backend + PostgreSQL from OPSDASH_BENCH_BACKEND,
//                                   OPSDASH_TOKEN, OPSDASH_BENCH_DATABASE), refresh 1 s, switching pages every 2 s:
//                                   CPU % of one core, RSS, ticks, first data after start
// Prints `key value` lines.

#include "chartwidget.h"
#include "mainwindow.h"
#include "pgconnection.h"
#include "registrationsql.h"
#include "session.h"
#include "settings.h"
#include "tables.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace opsdash;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int redraw()
{
    const std::size_t day = samplesFor(24, 1000);
    MetricStore store(day);
    const QList<Metric> metrics{Metric::RequestsPerSecond, Metric::ApiAvgMs, Metric::ApiP95Ms, Metric::ApiP99Ms,
                                Metric::ErrorRatePercent,  Metric::HeapUsed, Metric::PoolIdle, Metric::CacheHitRate};
    std::mt19937 rng(42);
    std::normal_distribution<double> noise(0, 5);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - qint64(day) * 1000;
    for (std::size_t i = 0; i < day; ++i) {
        const qint64 t = start + qint64(i) * 1000;
        for (int m = 0; m < metrics.size(); ++m) {
            if (i % 20000 == 10000 && m == 0) { // a few outages
                store.appendGap(metrics[m], t);
                continue;
            }
            store.append(metrics[m], t, 100 + 50 * std::sin(double(i) / 3000.0 + m) + noise(rng));
        }
    }
    QList<ChartWidget::Line> first, second;
    for (int m = 0; m < 4; ++m)
        first.append({metrics[m], QStringLiteral("s%1").arg(m)});
    for (int m = 4; m < 8; ++m)
        second.append({metrics[m], QStringLiteral("s%1").arg(m)});
    ChartWidget a(&store, QStringLiteral("a"), ChartWidget::Unit::Count, first);
    ChartWidget b(&store, QStringLiteral("b"), ChartWidget::Unit::Count, second);
    for (ChartWidget *c : {&a, &b}) {
        c->resize(1100, 300);
        c->setRangeMinutes(24 * 60);
        c->show();
    }
    QApplication::processEvents();

    auto measure = [&](auto &&refreshBoth) {
        std::vector<double> times;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer timer;
            timer.start();
            refreshBoth();
            // The scene's changes reach the views through posted events; then both paint into the backing store.
            QApplication::processEvents();
            a.repaint();
            b.repaint();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return median(times);
    };
    const double lttb = measure([&] {
        a.refresh(now);
        b.refresh(now);
    });
    const qsizetype drawn = a.pointsDrawn() + b.pointsDrawn();
    std::vector<double> refreshOnly;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        a.refresh(now);
        b.refresh(now);
        refreshOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> decimateOnly;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (Metric m : metrics)
            store.series(m).points(start, now, 1100);
        decimateOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("redraw_decimate_only_ms %.2f\n", median(decimateOnly));
    std::printf("redraw_refresh_only_ms %.2f\n", median(refreshOnly));
    // Reference: every sample handed to the charts (what a chart without decimation draws).
    QList<QList<QPointF>> full;
    for (Metric m : metrics)
        full.append(store.series(m).points(start, now, qsizetype(day) + 1));
    ChartWidget ra(&store, QStringLiteral("ra"), ChartWidget::Unit::Count, first);
    ra.resize(1100, 300);
    ra.show();
    QApplication::processEvents();
    const double reference = measure([&] {
        for (int m = 0; m < 4; ++m)
            ra.replaceRaw(m, full[m]);
    });
    std::printf("history_samples_per_series %zu\n", day);
    std::printf("history_series 8\n");
    std::printf("history_bytes %zu\n", store.memoryBytes() * 8 / std::size_t(Metric::Count));
    std::printf("redraw_lttb_ms %.2f\n", lttb);
    std::printf("redraw_points_drawn %lld\n", static_cast<long long>(drawn));
    std::printf("redraw_all_samples_4_series_ms %.2f\n", reference);
    return 0;
}

// The Events table with 10,000 events: sorting by each column through the same proxy the page uses.
int sortEvents()
{
    QList<EventStat> events;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> capacity(50, 100000);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10000; ++i) {
        EventStat e;
        e.id = i + 1;
        e.name = QStringLiteral("Event %1 #%2").arg(QChar(u'A' + i % 26)).arg(rng() % 100000);
        e.date = start.addSecs(qint64(rng() % (365 * 86400)));
        e.venue = QStringLiteral("Venue %1").arg(rng() % 300);
        e.status = i % 7 == 0 ? QStringLiteral("draft") : QStringLiteral("published");
        e.capacity = capacity(rng);
        e.registrations = qint64(rng() % quint32(e.capacity + 1));
        e.checkedIn = e.registrations / 2;
        e.revenue = double(e.registrations) * 20.0;
        e.averagePayment = 20.0;
        events.append(e);
    }
    RowTableModel model(tables::eventColumns());
    model.setRows(tables::eventRows(events));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RowTableModel::SortRole);
    double worst = 0;
    std::vector<double> all;
    for (int column = 0; column < tables::EventColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer timer;
            timer.start();
            proxy.sort(column, order);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            worst = std::max(worst, ms);
            all.push_back(ms);
        }
    }
    // Reference: sorting the names alone, as plain strings (what any sort of this table must at least do).
    QStringList names;
    for (const EventStat &e : std::as_const(events))
        names.append(e.name);
    QElapsedTimer plain;
    plain.start();
    std::sort(names.begin(), names.end());
    std::printf("sort_reference_names_ms %.2f\n", double(plain.nsecsElapsed()) / 1e6);
    std::printf("sort_events 10000\n");
    std::printf("sort_median_ms %.2f\n", median(all));
    std::printf("sort_worst_ms %.2f\n", worst);
    return 0;
}

int live(int seconds, qint64 processStartMs)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("opsdash.ini")));
    QNetworkAccessManager nam;
    Profile profile;
    profile.name = QStringLiteral("bench");
    for (const QString &url : qEnvironmentVariable("OPSDASH_BENCH_BACKEND").split(u',', Qt::SkipEmptyParts))
        profile.backendUrls.append(QUrl(url));
    profile.auth = Profile::Auth::Token;
    profile.refreshMs = 1000;
    Secrets secrets;
    secrets.token = qgetenv("OPSDASH_TOKEN");
    QString error;
    if (const auto db = parseConnInfo(qEnvironmentVariable("OPSDASH_BENCH_DATABASE"), &error)) {
        profile.pgHost = db->host;
        profile.pgPort = db->port;
        profile.pgDatabase = db->database;
        profile.pgUser = db->user;
        secrets.pgPassword = db->password;
    }
    MainWindow window(&settings);
    auto *session = new Session(&nam, profile, secrets);
    window.setSession(session);
    window.show();
    qint64 firstDataMs = -1;
    QObject::connect(session, &Session::firstData, session,
                     [&] { firstDataMs = QDateTime::currentMSecsSinceEpoch() - processStartMs; });
    int ticks = 0;
    QObject::connect(session->poller(), &Poller::backendTick, session, [&ticks] { ++ticks; });
    session->start();

    // Settle for 5 s (first data, caches warm), then measure.
    double cpu0 = 0;
    QElapsedTimer wall;
    int ticks0 = 0;
    QTimer::singleShot(5000, &window, [&] {
        cpu0 = cpuSeconds();
        ticks0 = ticks;
        wall.start();
    });
    QTimer pages;
    int page = 0;
    QObject::connect(&pages, &QTimer::timeout, &window, [&] {
        const QStringList names = MainWindow::pageNames();
        window.showPage(names[++page % names.size()]);
    });
    pages.start(2000);
    QTimer::singleShot(5000 + seconds * 1000, &window, [] { QApplication::quit(); });
    QApplication::exec();
    const double cpu = cpuSeconds() - cpu0;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    std::printf("live_seconds %.1f\n", elapsed);
    std::printf("live_cpu_percent %.2f\n", cpu / elapsed * 100.0);
    std::printf("live_ticks %d\n", ticks - ticks0);
    std::printf("live_rss_kb %lld\n", static_cast<long long>(statusKb("VmRSS:")));
    std::printf("live_hwm_kb %lld\n", static_cast<long long>(statusKb("VmHWM:")));
    std::printf("first_data_ms %lld\n", static_cast<long long>(firstDataMs));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 processStartMs = QDateTime::currentMSecsSinceEpoch();
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.value(1) == u"redraw")
        return redraw();
    if (args.value(1) == u"sql") { // the export's query, for psql \copy in bench/export-bench
        std::printf("%s\n", opsdash::sql::registrationsQuery(args.value(2).toLongLong()).constData());
        return 0;
    }
    if (args.value(1) == u"sort")
        return sortEvents();
    if (args.value(1) == u"live")
        return live(args.value(2, QStringLiteral("60")).toInt(), processStartMs);
    std::fprintf(stderr, "usage: opsdash-probe redraw | live SECONDS | sql EVENT | sort\n");
    return 2;
}
