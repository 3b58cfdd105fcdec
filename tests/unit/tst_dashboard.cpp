// Dashboard: what the pages show is computed here from value structs: rates from counter deltas over real time,
// gaps while a source is down, aggregates over instances, alerts, and merged tables.

#include "backendparser.h"
#include "dashboard.h"
#include "queuetables.h"
#include "tables.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "fixtures.h"

#include <cmath>

using namespace opsdash;

namespace {

InstanceSample eventsdSample(const QString &instance, qint64 t)
{
    InstanceSample s;
    s.instance = instance;
    s.timeMs = t;
    s.overview = *backend::parseOverview(testenv::fixture("eventsd/overview.json")).value;
    s.endpoints = *backend::parseEndpoints(testenv::fixture("eventsd/api-endpoints.json")).value;
    s.pool = *backend::parsePoolStats(testenv::fixture("eventsd/database-pool.json")).value;
    s.cache = *backend::parseCacheStats(testenv::fixture("eventsd/cache-stats.json")).value;
    s.health = *backend::parseHealth(testenv::fixture("eventsd/health.json")).value;
    return s;
}

EndpointPercentiles endpoint(qint64 count, double min, double median, double p95, double p99, double max)
{
    EndpointPercentiles e;
    e.route = QStringLiteral("GET /x");
    e.count = count;
    e.min = min;
    e.median = median;
    e.p95 = p95;
    e.p99 = p99;
    e.max = max;
    return e;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTurnCountersIntoRatesOverRealElapsedTime()
    {
        Dashboard dashboard(1000);
        QAbstractItemModelTester t1(dashboard.endpointsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(dashboard.instancesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(dashboard.slowQueriesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(dashboard.frequencyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(dashboard.alertsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Given a first tick (no rate yet) and a second one 2.5 s later with 500 more requests, 5 more errors,
        // 90 more cache hits and 10 more misses
        InstanceSample a = eventsdSample(QStringLiteral("http://a"), 1'000'000);
        dashboard.addBackendTick(a.timeMs, {a});
        QVERIFY(!dashboard.store().latest(Metric::RequestsPerSecond));
        InstanceSample b = eventsdSample(QStringLiteral("http://a"), 1'002'500);
        const double errorsBefore = a.overview->api.errorRatePercent / 100.0 * double(a.overview->api.totalRequests);
        b.overview->api.totalRequests += 500;
        b.overview->api.errorRatePercent = (errorsBefore + 5) / double(b.overview->api.totalRequests) * 100.0;
        b.cache->hits += 90;
        b.cache->misses += 10;
        dashboard.addBackendTick(b.timeMs, {b});

        // Then the rates are deltas over 2.5 s
        QCOMPARE(*dashboard.store().latest(Metric::RequestsPerSecond), 200.0);
        QVERIFY(std::abs(*dashboard.store().latest(Metric::ErrorRatePercent) - 1.0) < 1e-6);
        QVERIFY(std::abs(*dashboard.store().latest(Metric::CacheHitRate) - 90.0) < 1e-6);
        QCOMPARE(*dashboard.store().latest(Metric::PoolWaiting), 0.0);
        QVERIFY(*dashboard.store().latest(Metric::ApiP95Ms) > 0);
        QCOMPARE(dashboard.instancesModel()->rowCount(), 1);
        QCOMPARE(
            dashboard.instancesModel()->data(dashboard.instancesModel()->index(0, tables::InstanceStatus)).toString(),
            QStringLiteral("up"));
        QVERIFY(dashboard.endpointsModel()->rowCount() > 0);
        QVERIFY(dashboard.frequencyModel()->rowCount() > 0);
    }

    void shouldLeaveAGapWhileTheBackendIsDown()
    {
        Dashboard dashboard(1000);
        dashboard.addBackendTick(0, {eventsdSample(QStringLiteral("http://a"), 0)});
        dashboard.addBackendTick(1000, {eventsdSample(QStringLiteral("http://a"), 1000)});
        InstanceSample down;
        down.instance = QStringLiteral("http://a");
        down.timeMs = 2000;
        down.errors = {QStringLiteral("127.0.0.1 refused the connection")};
        dashboard.addBackendTick(2000, {down});
        dashboard.addBackendTick(3000, {eventsdSample(QStringLiteral("http://a"), 3000)});

        // The history has the gap marker between the two runs; the latest heap value is back.
        const QList<QPointF> heap = dashboard.store().series(Metric::HeapUsed).points(0, 3000, 100);
        QCOMPARE(heap.size(), 4);
        QVERIFY(std::isnan(heap[2].y()));
        QVERIFY(dashboard.store().latest(Metric::HeapUsed));
        // While it was down the instance row said so, with the reason.
        dashboard.addBackendTick(4000, {down});
        auto *instances = dashboard.instancesModel();
        QCOMPARE(instances->data(instances->index(0, tables::InstanceStatus)).toString(), QStringLiteral("down"));
        QVERIFY(instances->data(instances->index(0, tables::InstanceMessage)).toString().contains(u"refused"));
        QVERIFY(!dashboard.store().latest(Metric::HeapUsed));
    }

    void shouldAddUpInstancesAndKeepTheWorstLatency()
    {
        Dashboard dashboard(1000);
        InstanceSample a0 = eventsdSample(QStringLiteral("http://a"), 0),
                       b0 = eventsdSample(QStringLiteral("http://b"), 0);
        dashboard.addBackendTick(0, {a0, b0});
        InstanceSample a1 = eventsdSample(QStringLiteral("http://a"), 1000),
                       b1 = eventsdSample(QStringLiteral("http://b"), 1000);
        a1.overview->api.totalRequests += 100;
        b1.overview->api.totalRequests += 300;
        for (EndpointPercentiles &e : *b1.endpoints)
            e.p95 = e.p99 = e.max = 5000; // b is much slower
        dashboard.addBackendTick(1000, {a1, b1});
        QCOMPARE(*dashboard.store().latest(Metric::RequestsPerSecond), 400.0);
        QVERIFY(*dashboard.store().latest(Metric::ApiP95Ms) > 1000);
        QCOMPARE(dashboard.instancesModel()->rowCount(), 2);
        QCOMPARE(*dashboard.store().latest(Metric::Rss), double(a1.overview->memory.rss + b1.overview->memory.rss));
    }

    void shouldRaiseAndLogAnAlertAfterTheHold()
    {
        Dashboard dashboard(1000);
        Thresholds t;
        t.heapPercent = 10; // the fixture's heap is at 65 %
        t.cacheHitPercent = 50; // and its cache hit rate at 83 %
        t.holdSeconds = 2;
        dashboard.setThresholds(t);
        QSignalSpy alerts(&dashboard, &Dashboard::alertEvent);
        for (qint64 time = 0; time <= 3000; time += 1000)
            dashboard.addBackendTick(time, {eventsdSample(QStringLiteral("http://a"), time)});
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(dashboard.alertsModel()->rowCount(), 1);
        QCOMPARE(dashboard.tile(Metric::HeapUsagePercent).severity, Severity::Critical);
    }

    void shouldTakeTheQueuesOnceAndAlertOnDeadJobs()
    {
        Dashboard dashboard(1000);
        Thresholds t;
        t.cacheHitPercent = 50; // the fixture's 83 % would alert too
        t.holdSeconds = 2;
        dashboard.setThresholds(t);
        QSignalSpy alerts(&dashboard, &Dashboard::alertEvent);
        // Two instances report the same Redis figures: they count once, not twice.
        const auto queues = *backend::parseQueues(testenv::fixture("eventsd/queues.json")).value;
        for (qint64 time = 0; time <= 3000; time += 1000) {
            InstanceSample a = eventsdSample(QStringLiteral("http://a"), time);
            InstanceSample b = eventsdSample(QStringLiteral("http://b"), time);
            a.queues = b.queues = queues;
            dashboard.addBackendTick(time, {a, b});
        }
        qint64 waiting = 0, dead = 0;
        for (const QueueFigures &q : queues) {
            waiting += q.waiting;
            dead += q.dead;
        }
        QVERIFY(dead > 0);
        QCOMPARE(dashboard.store().latest(Metric::QueueDead), double(dead));
        QCOMPARE(dashboard.store().latest(Metric::QueueWaiting), double(waiting));
        QCOMPARE(dashboard.store().latest(queueWaitingMetric(QueueName::Badge)), double(queues.at(1).waiting));
        QCOMPARE(dashboard.store().latest(queueThroughputMetric(QueueName::Email)), queues.at(0).throughputPerMin);
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(alerts.first().first().value<AlertEvent>().ruleId, QStringLiteral("queue.dead"));
        QCOMPARE(dashboard.tile(Metric::QueueDead).severity, Severity::Critical);

        // The page's tables: the email queue red (dead jobs), the paused badge queue amber.
        RowTableModel model(tables::queueColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(tables::queueRows(*dashboard.queues(), t));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowAt(0)->severity, Severity::Critical);
        QCOMPARE(model.rowAt(1)->severity, Severity::Warning);
        QCOMPARE(model.rowAt(1)->values[tables::QueueState].toString(), QStringLiteral("paused"));
        RowTableModel jobs(tables::queueJobColumns());
        QAbstractItemModelTester jobTester(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        jobs.setRows(
            tables::queueJobRows({*backend::parseTroubledJobs(testenv::fixture("eventsd/queue-jobs.json")).value}));
        QCOMPARE(jobs.rowCount(), 3);
        QVERIFY(jobs.rowAt(0)->key.startsWith(u"email/"));
        QCOMPARE(jobs.rowAt(0)->severity, Severity::Critical);
        // A backend that stops sending them: no figures, a gap, not zero.
        dashboard.addBackendTick(4000, {eventsdSample(QStringLiteral("http://a"), 4000)});
        QVERIFY(!dashboard.queues());
        QVERIFY(!dashboard.store().latest(Metric::QueueDead));
    }

    void shouldComputeDatabaseRatesFromPostgres()
    {
        Dashboard dashboard(1000);
        PgSnapshot s;
        s.counters.xactCommit = 1000;
        s.counters.blocksHit = 900;
        s.counters.blocksRead = 100;
        s.sessions.active = 3;
        dashboard.addPgSample(0, s, {});
        s.counters.xactCommit = 1500;
        s.counters.blocksHit = 1890;
        s.counters.blocksRead = 110;
        dashboard.addPgSample(2000, s, {});
        QCOMPARE(*dashboard.store().latest(Metric::DbCommitsPerSecond), 250.0);
        QCOMPARE(*dashboard.store().latest(Metric::DbCacheHitRatio), 99.0);
        QCOMPARE(*dashboard.store().latest(Metric::SessionsActive), 3.0);
        dashboard.addPgSample(4000, std::nullopt, QStringLiteral("connection refused"));
        QVERIFY(!dashboard.store().latest(Metric::SessionsActive));
        QCOMPARE(dashboard.pgError(), QStringLiteral("connection refused"));
    }

    void shouldEstimateQuantilesOfTheMixture()
    {
        // One endpoint: its own percentiles come back.
        QCOMPARE(*estimateQuantile({endpoint(100, 1, 10, 50, 90, 100)}, 0.95) - 50 < 1e-3, true);
        // Two endpoints of equal traffic, one fast (all ≤ 10 ms) and one slow (all ≥ 100 ms): the overall median
        // lies between them and the p95 inside the slow one.
        const QList<EndpointPercentiles> mix{endpoint(100, 1, 5, 9, 10, 10), endpoint(100, 100, 200, 400, 500, 500)};
        const double median = *estimateQuantile(mix, 0.5);
        QVERIFY(median >= 10 && median <= 100);
        const double p95 = *estimateQuantile(mix, 0.95);
        QVERIFY(p95 > 200 && p95 <= 500);
        // Monotone in q.
        double last = 0;
        for (double q = 0.05; q < 1.0; q += 0.05) {
            const double v = *estimateQuantile(mix, q);
            QVERIFY(v >= last - 1e-6);
            last = v;
        }
        QVERIFY(!estimateQuantile({}, 0.95));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
