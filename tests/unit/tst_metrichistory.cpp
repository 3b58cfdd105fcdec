#include "metrichistory.h"

#include <QTest>

#include <cmath>

using opsdash::MetricSeries;
using opsdash::RateTracker;

class TestMetricHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHoldADayAtTheRefreshInterval()
    {
        QCOMPARE(opsdash::samplesFor(24, 1000), std::size_t(86400));
        QCOMPARE(opsdash::samplesFor(24, 2000), std::size_t(43200));
        MetricSeries series(opsdash::samplesFor(24, 1000));
        for (qint64 t = 0; t < 100'000; ++t)
            series.append(t * 1000, double(t));
        // The oldest fell out; memory did not grow.
        QCOMPARE(series.size(), std::size_t(86400));
        QCOMPARE(series.capacity(), std::size_t(86400));
        QCOMPARE(series.last()->value, 99'999.0);
    }

    void shouldSplitAtGapsInsteadOfDrawingAcrossThem()
    {
        // Given a source that answered, went down for a minute (many failed polls), and came back
        MetricSeries series(1000);
        for (int t = 0; t < 60; ++t)
            series.append(t * 1000, 10);
        for (int t = 60; t < 120; ++t)
            series.appendGap(t * 1000);
        for (int t = 120; t < 180; ++t)
            series.append(t * 1000, 20);
        // Then the outage is one gap marker, and the points break there
        QCOMPARE(series.size(), std::size_t(121));
        const QList<QPointF> points = series.points(0, 200'000, 1000);
        const auto gaps =
            std::count_if(points.begin(), points.end(), [](const QPointF &p) { return std::isnan(p.y()); });
        QCOMPARE(gaps, 1);
        const auto marker =
            std::find_if(points.begin(), points.end(), [](const QPointF &p) { return std::isnan(p.y()); });
        QCOMPARE((marker - 1)->y(), 10.0);
        QCOMPARE((marker + 1)->y(), 20.0);
    }

    void shouldSelectTheTimeRangeAndDecimate()
    {
        MetricSeries series(100'000);
        for (qint64 t = 0; t < 86'400; ++t)
            series.append(t * 1000, std::sin(double(t) / 600.0));
        const QList<QPointF> lastHour = series.points(82'800'000, 86'400'000, 800);
        QCOMPARE(lastHour.size(), 800);
        QCOMPARE(lastHour.first().x(), 82'800'000.0);
        QCOMPARE(lastHour.last().x(), 86'399'000.0);
        const QList<QPointF> fiveMinutes = series.points(86'100'000, 86'400'000, 800);
        QCOMPARE(fiveMinutes.size(), 300); // fewer samples than pixels: all of them
        const auto range = series.range(0, 86'400'000);
        QVERIFY(range);
        QVERIFY(range->first < -0.99 && range->second > 0.99);
        QVERIFY(!series.range(90'000'000, 95'000'000));
    }

    void shouldNotStartOrEndAWindowWithAGap()
    {
        MetricSeries series(100);
        series.appendGap(0);
        series.append(1000, 1);
        series.append(2000, 2);
        series.appendGap(3000);
        const QList<QPointF> points = series.points(0, 10'000, 100);
        QCOMPARE(points, (QList<QPointF>{{1000, 1}, {2000, 2}}));
    }

    void shouldComputeRatesOverRealElapsedTime()
    {
        RateTracker rate;
        QVERIFY(!rate.update(1000, 100)); // no rate from one sample
        QCOMPARE(*rate.update(3000, 300), 100.0); // 200 in 2 s
        QCOMPARE(*rate.update(3500, 350), 100.0); // polls need not be evenly spaced
        QVERIFY(!rate.update(4500, 10)); // counter reset (restart, clear-metrics): no negative rate
        QCOMPARE(*rate.update(5500, 60), 50.0); // and it carries on from the new base
        QVERIFY(!rate.update(5500, 70)); // no elapsed time, no rate
    }

    void shouldFillWhatItDidNotSeeAndKeepItsOwnSamples()
    {
        // Given a window that polled every second from 100 s to 110 s, missed 110…140 s (asleep: a gap marker at
        // 111 s), and polled again from 140 s
        MetricSeries s(1000);
        for (qint64 t = 100; t <= 110; ++t)
            s.append(t * 1000, 1);
        s.appendGap(111000);
        for (qint64 t = 140; t <= 145; ++t)
            s.append(t * 1000, 1);
        // When Prometheus's points every 5 s from 0 to 150 s fill [0, 150 s]
        std::vector<MetricSeries::Sample> fetched;
        for (qint64 t = 0; t <= 150; t += 5)
            fetched.push_back({t * 1000, 2});
        s.fill(fetched, 0, 150000, 1000);
        // Then the window's own samples stay, Prometheus's fill before and between them, the gap is gone
        const QList<QPointF> all = s.points(0, 200000, 100000);
        int own = 0, filled = 0;
        for (const QPointF &p : all) {
            QVERIFY2(!std::isnan(p.y()), "the filled stretch is no longer a gap");
            (p.y() == 1 ? own : filled) += 1;
        }
        QCOMPARE(own, 17);
        // 0…95 s (20 points), 115…135 s (5), 150 s (1): none within a second of a sample of its own
        QCOMPARE(filled, 26);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i].x() > all[i - 1].x());
        QCOMPARE(*s.firstTimeMs(), 0);

        // A fill that brought nothing for its window leaves the window as it was (a gap stays a gap)
        MetricSeries g(100);
        g.append(1000, 1);
        g.appendGap(2000);
        g.append(9000, 1);
        g.fill({{50000, 3}}, 1500, 8000, 1000);
        QCOMPARE(g.size(), std::size_t(3));

        // And a full ring keeps the newest samples
        MetricSeries small(10);
        for (qint64 t = 100; t < 105; ++t)
            small.append(t * 1000, 1);
        std::vector<MetricSeries::Sample> many;
        for (qint64 t = 0; t < 50; ++t)
            many.push_back({t * 1000, 2});
        small.fill(many, 0, 99000, 500);
        QCOMPARE(small.size(), std::size_t(10));
        QCOMPARE(*small.firstTimeMs(), 45000);
        QCOMPARE(small.last()->timeMs, 104000);
    }
};

QTEST_APPLESS_MAIN(TestMetricHistory)
#include "tst_metrichistory.moc"
