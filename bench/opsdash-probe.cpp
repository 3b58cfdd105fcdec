// opsdash measured from inside (bench/opsdash-bench drives it):
//   opsdash-probe redraw            24 h of 1 s history for 8 series: chart refresh + paint time (median of 30)
//                                   with LTTB to the plot width, against handing the charts every sample (the
//                                   reference), and the history's memory
//   opsdash-probe live SECONDS      the real window and session (backend + PostgreSQL from OPSDASH_BENCH_BACKEND,
//                                   OPSDASH_TOKEN, OPSDASH_BENCH_DATABASE), refresh 1 s, switching pages every 2 s:
//                                   CPU % of one core, RSS, ticks, first data after start
//   opsdash-probe statements        the Queries page with 5,000 statements: refresh (deltas + rows), sort by each
//                                   column both ways, filter by text and minimum calls (median, worst), against
//                                   sorting the 5,000 texts alone
//   opsdash-probe internals TICKS   PgInternalsSource on OPSDASH_BENCH_DATABASE (conninfo, monitoring role): the
//                                   first statements poll (it reads every text), then TICKS ticks of statements +
//                                   sessions; the server-side time of its tagged statements from
//                                   pg_stat_statements, against `SELECT * FROM pg_stat_statements` (what a tool
//                                   reading the whole view each tick costs), same run
// Prints `key value` lines.

#include "benchsession.h"
#include "chartwidget.h"
#include "healthpage.h"
#include "mainwindow.h"
#include "pgconnection.h"
#include "pginternalssource.h"
#include "queriespage.h"
#include "registrationsql.h"
#include "session.h"
#include "sessionspage.h"
#include "settings.h"
#include "tablepanel.h"
#include "tables.h"

#include <QApplication>
#include <QCoroTask>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace opsdash;

namespace {

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

PgStatementsSample syntheticStatements(qint64 timeMs, int scale, std::mt19937 &rng)
{
    PgStatementsSample sample;
    sample.timeMs = timeMs;
    for (int i = 0; i < 5000; ++i) {
        PgStatement s;
        s.key = QStringLiteral("10:%1:true").arg(i);
        s.queryId = i;
        s.user = i % 3 ? QStringLiteral("eventsd") : QStringLiteral("reports");
        s.counters.calls = qint64(i % 97 + 1) * scale + qint64(rng() % 5);
        s.counters.totalMs = double(s.counters.calls) * double(i % 13 + 1) * 0.37;
        s.counters.rows = s.counters.calls * (i % 7);
        s.counters.sharedHit = s.counters.calls * 40;
        s.counters.sharedRead = s.counters.calls * (i % 5);
        sample.statements.append(s);
    }
    return sample;
}

int sortStatements()
{
    std::mt19937 rng(11);
    PgStatementHistory history;
    history.add(syntheticStatements(1000, 1, rng));
    history.add(syntheticStatements(61000, 3, rng));
    QHash<QString, QString> texts;
    for (int i = 0; i < 5000; ++i)
        texts.insert(QStringLiteral("10:%1:true").arg(i),
                     QStringLiteral("SELECT c%1, c%2 FROM schema_%3.table_%4 WHERE c%5 = $1 AND c%6 > $2 ORDER BY c%7")
                         .arg(i % 10)
                         .arg(i % 9)
                         .arg(i % 5)
                         .arg(i)
                         .arg(i % 8)
                         .arg(i % 6)
                         .arg(i % 4));
    Dashboard dashboard(100);
    PageContext context;
    context.dashboard = &dashboard;
    context.hasDatabase = true;
    QueriesPage page(context, &history, [&texts](const QString &key) {
        return StatementText{texts.value(key), false};
    });
    page.resize(1200, 800);
    QElapsedTimer timer;
    timer.start();
    page.refresh(); // before show(): showing refreshes, and the page computes the same history only once
    const double refreshMs = double(timer.nsecsElapsed()) / 1e6;
    page.show();
    QSortFilterProxyModel *proxy = page.tables().first()->proxy();
    std::vector<double> sorts;
    for (int column = 0; column < tables::StatementColumnCount; ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            proxy->sort(column, order);
            sorts.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    std::vector<double> filters;
    for (const QString &text :
         {QStringLiteral("table_42"), QStringLiteral("schema_3"), QStringLiteral("c7 ="), QString()}) {
        timer.restart();
        page.tables().first()->setFilterText(text);
        filters.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    for (int minimum : {10, 100, 0}) {
        timer.restart();
        page.findChild<QSpinBox *>(QStringLiteral("minCalls"))->setValue(minimum);
        filters.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QStringList plain = texts.values();
    timer.restart();
    std::sort(plain.begin(), plain.end());
    std::printf("statements_rows %d\n", page.tables().first()->view()->model()->rowCount()); // filters cleared above
    std::printf("statements_refresh_ms %.2f\n", refreshMs);
    std::printf("statements_sort_median_ms %.2f\n", median(sorts));
    std::printf("statements_sort_worst_ms %.2f\n", *std::max_element(sorts.begin(), sorts.end()));
    std::printf("statements_filter_median_ms %.2f\n", median(filters));
    std::printf("statements_filter_worst_ms %.2f\n", *std::max_element(filters.begin(), filters.end()));
    std::printf("statements_reference_sort_texts_ms %.2f\n", double(timer.nsecsElapsed()) / 1e6);
    return 0;
}

// Server-side milliseconds and calls of the statements whose text matches `like`, run by `user`.
std::pair<double, qint64> serverCost(QSqlDatabase &db, const QString &like, const QString &user)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(s.total_exec_time), 0), coalesce(sum(s.calls), 0) FROM "
                             "pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE s.query LIKE ? AND "
                             "r.rolname = ?"));
    q.addBindValue(like);
    q.addBindValue(user);
    if (!q.exec() || !q.next())
        return {0, 0};
    return {q.value(0).toDouble(), q.value(1).toLongLong()};
}

int internals(int ticks)
{
    QString error;
    const auto params = parseConnInfo(qEnvironmentVariable("OPSDASH_BENCH_DATABASE"), &error);
    if (!params) {
        std::fprintf(stderr, "OPSDASH_BENCH_DATABASE: %s\n", qPrintable(error));
        return 2;
    }
    QSqlDatabase meter = openPgConnection(QStringLiteral("meter"), *params, &error);
    if (!meter.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QString tagged = QStringLiteral("%/* opsdash */%");
    PgInternalsSource source(*params);
    auto before = serverCost(meter, tagged, params->user);
    QElapsedTimer wall;
    wall.start();
    const PgInternalsSource::Statements first = QCoro::waitFor(source.statements());
    const double firstWallMs = double(wall.nsecsElapsed()) / 1e6;
    if (!first.sample) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error));
        return 1;
    }
    auto afterFirst = serverCost(meter, tagged, params->user);
    std::vector<double> tickWall;
    for (int i = 0; i < ticks; ++i) {
        wall.restart();
        const PgInternalsSource::Statements s = QCoro::waitFor(source.statements());
        const PgInternalsSource::Sessions sessions = QCoro::waitFor(source.sessions());
        tickWall.push_back(double(wall.nsecsElapsed()) / 1e6);
        if (!s.sample || !sessions.error.isEmpty())
            return 1;
    }
    auto afterTicks = serverCost(meter, tagged, params->user);
    // Reference: the whole view, texts and all, as a tool that reads it every tick does.
    const QString reference = QStringLiteral("SELECT * FROM pg_stat_statements /* reference read */");
    auto refBefore = serverCost(meter, QStringLiteral("%reference read%"), params->user);
    QSqlQuery q(meter);
    q.setForwardOnly(true);
    std::vector<double> referenceWall;
    for (int i = 0; i < ticks; ++i) {
        wall.restart();
        q.exec(reference);
        while (q.next()) { }
        referenceWall.push_back(double(wall.nsecsElapsed()) / 1e6);
    }
    auto refAfter = serverCost(meter, QStringLiteral("%reference read%"), params->user);
    std::printf("internals_statements %lld\n", static_cast<long long>(first.sample->statements.size()));
    std::printf("internals_first_poll_server_ms %.2f\n", afterFirst.first - before.first);
    std::printf("internals_first_poll_wall_ms %.2f\n", firstWallMs);
    std::printf("internals_tick_server_ms %.3f\n", (afterTicks.first - afterFirst.first) / ticks);
    std::printf("internals_tick_statements %.1f\n", double(afterTicks.second - afterFirst.second) / ticks);
    std::printf("internals_tick_wall_median_ms %.2f\n", median(tickWall));
    std::printf("internals_reference_server_ms %.3f\n", (refAfter.first - refBefore.first) / ticks);
    std::printf("internals_reference_wall_median_ms %.2f\n", median(referenceWall));
    return 0;
}

int live(int seconds, qint64 processStartMs)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("opsdash.ini")));
    const auto [profile, secrets] = bench::profileFromEnvironment(1000);
    MainWindow window(&settings);
    auto *session = new Session(profile, secrets);
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
        cpu0 = bench::cpuSeconds();
        ticks0 = ticks;
        wall.start();
    });
    QTimer pages;
    int page = 0;
    QObject::connect(&pages, &QTimer::timeout, &window, [&] {
        const QStringList names = allPageNames();
        window.showPage(names[++page % names.size()]);
    });
    pages.start(2000);
    QTimer::singleShot(5000 + seconds * 1000, &window, [] { QApplication::quit(); });
    QApplication::exec();
    const double cpu = bench::cpuSeconds() - cpu0;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    std::printf("live_seconds %.1f\n", elapsed);
    std::printf("live_cpu_percent %.2f\n", cpu / elapsed * 100.0);
    std::printf("live_ticks %d\n", ticks - ticks0);
    std::printf("live_rss_kb %lld\n", static_cast<long long>(bench::statusKb("VmRSS:")));
    std::printf("live_hwm_kb %lld\n", static_cast<long long>(bench::statusKb("VmHWM:")));
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
    if (args.value(1) == u"statements")
        return sortStatements();
    if (args.value(1) == u"internals")
        return internals(args.value(2, QStringLiteral("20")).toInt());
    if (args.value(1) == u"live")
        return live(args.value(2, QStringLiteral("60")).toInt(), processStartMs);
    std::fprintf(stderr,
                 "usage: opsdash-probe redraw | live SECONDS | sql EVENT | sort | statements | internals TICKS\n");
    return 2;
}
