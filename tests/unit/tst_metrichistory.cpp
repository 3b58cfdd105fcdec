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
};

QTEST_APPLESS_MAIN(TestMetricHistory)
#include "tst_metrichistory.moc"
