#include "lttb.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using opsdash::lttb;
using opsdash::lttbWithGaps;

namespace {

std::vector<QPointF> sine(int n)
{
    std::vector<QPointF> points;
    points.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        points.emplace_back(i, std::sin(i / 50.0) * 100);
    return points;
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReturnInputWhenBelowThreshold()
    {
        const auto points = sine(10);
        const auto out = lttb(points, 20);
        QCOMPARE(out.size(), 10);
        QCOMPARE(out.first(), points.front());
    }

    void shouldReturnInputForDegenerateThreshold()
    {
        const auto points = sine(100);
        QCOMPARE(lttb(points, 2).size(), 100);
    }

    void shouldReturnExactlyThresholdPointsKeepingEnds()
    {
        const auto points = sine(86400);
        const auto out = lttb(points, 800);
        QCOMPARE(out.size(), 800);
        QCOMPARE(out.first(), points.front());
        QCOMPARE(out.last(), points.back());
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY2(out[i].x() > out[i - 1].x(), "output must stay sorted by x");
    }

    void shouldKeepASpike()
    {
        // Given a flat line with one spike, the spike is the most significant point of its bucket.
        std::vector<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.emplace_back(i, i == 4321 ? 1000.0 : 0.0);
        const auto out = lttb(points, 100);
        QVERIFY(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == 1000.0; }));
    }

    void shouldMatchReferenceOnSmallInput()
    {
        // Hand-checked: 6 points into 4 leaves buckets {1,2} and {3,4}. Bucket 1: with a=(0,0) and the average
        // of bucket 2 (3.5, 2.5), point 1 (1,5) spans the larger triangle. Bucket 2: with a=(1,5) and c=(5,0),
        // point 4 (4,4) does (area term 11 vs 6 for point 3).
        const std::vector<QPointF> points{{0, 0}, {1, 5}, {2, 1}, {3, 1}, {4, 4}, {5, 0}};
        const auto out = lttb(points, 4);
        QCOMPARE(out, (QList<QPointF>{{0, 0}, {1, 5}, {4, 4}, {5, 0}}));
    }

    void shouldSplitAtGapsAndKeepOneSeparator()
    {
        // Given two runs separated by a gap of three missing samples
        const double nan = std::numeric_limits<double>::quiet_NaN();
        std::vector<QPointF> points;
        for (int i = 0; i < 5000; ++i)
            points.emplace_back(i, 1.0);
        for (int i = 5000; i < 5003; ++i)
            points.emplace_back(i, nan);
        for (int i = 5003; i < 10000; ++i)
            points.emplace_back(i, 2.0);
        // When decimated to 200 points
        const auto out = lttbWithGaps(points, 200);
        // Then exactly one NaN separates the runs and no run crosses it
        const auto gaps = std::count_if(out.begin(), out.end(), [](const QPointF &p) { return std::isnan(p.y()); });
        QCOMPARE(gaps, 1);
        const auto separator = std::find_if(out.begin(), out.end(), [](const QPointF &p) { return std::isnan(p.y()); });
        QVERIFY(std::all_of(out.begin(), separator, [](const QPointF &p) { return p.y() == 1.0; }));
        QVERIFY(std::all_of(separator + 1, out.end(), [](const QPointF &p) { return p.y() == 2.0; }));
        QVERIFY(out.size() <= 210);
        QCOMPARE(out.first().x(), 0.0);
        QCOMPARE(out.last().x(), 9999.0);
    }
};

QTEST_APPLESS_MAIN(TestLttb)
#include "tst_lttb.moc"
