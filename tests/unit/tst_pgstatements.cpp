// pg_stat_statements over time: deltas over a range from sparse points, statements that appear, restart or go,
// and per-statement rates that do not smear a burst over a quiet stretch.

#include "pgstatements.h"

#include <QTest>

using namespace opsdash;

namespace {

PgStatement statement(const char *key, qint64 calls, double totalMs, qint64 rows = 0)
{
    PgStatement s;
    s.key = QString::fromLatin1(key);
    s.queryId = qint64(qstrlen(key));
    s.user = QStringLiteral("app");
    s.counters.calls = calls;
    s.counters.totalMs = totalMs;
    s.counters.rows = rows;
    s.counters.sharedHit = calls * 10;
    s.counters.sharedRead = calls;
    return s;
}

PgStatementsSample sample(qint64 seconds, QList<PgStatement> statements)
{
    return {seconds * 1000, std::move(statements), {}};
}

std::optional<PgStatementDelta> find(const QList<PgStatementDelta> &deltas, const char *key)
{
    for (const PgStatementDelta &d : deltas)
        if (d.key == QLatin1String(key))
            return d;
    return std::nullopt;
}

} // namespace

class TestPgStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveTheGrowthOverTheRange()
    {
        PgStatementHistory h;
        h.add(sample(0, {statement("a", 100, 1000), statement("b", 5, 50)}));
        h.add(sample(10, {statement("a", 110, 1100), statement("b", 5, 50)}));
        h.add(sample(20, {statement("a", 130, 1500), statement("b", 5, 50), statement("c", 3, 3)}));
        h.add(sample(30, {statement("a", 160, 1800), statement("b", 7, 90), statement("c", 4, 4)}));

        // From 15 s: a's counters at 15 s are those of 10 s (no point in between)
        const QList<PgStatementDelta> d = h.deltas(15000);
        QCOMPARE(find(d, "a")->delta.calls, 50);
        QCOMPARE(find(d, "a")->delta.totalMs, 700.0);
        QCOMPARE(find(d, "a")->meanMs(), 14.0);
        QCOMPARE(*find(d, "a")->hitRatio(), 10.0 / 11.0);
        QCOMPARE(find(d, "b")->delta.calls, 2); // quiet until 30 s: its 10 s point holds at 15 s
        QCOMPARE(find(d, "c")->delta.calls, 4); // new inside the range: all of its calls count
        QVERIFY(!find(d, "a")->sinceReset);

        // A range longer than the history: the growth since watching began
        const QList<PgStatementDelta> all = h.deltas(-3600 * 1000);
        QCOMPARE(find(all, "a")->delta.calls, 60);
        QCOMPARE(find(all, "b")->delta.calls, 2);
        QCOMPARE(find(all, "c")->delta.calls, 4);

        // Nothing ran after 30 s: an empty range
        QVERIFY(h.deltas(30000).isEmpty());
        // b has points only where it changed (0 s, then 20 s as it was and 30 s)
        QCOMPARE(h.pointCount(), qsizetype(4 + 3 + 2));
    }

    void shouldCountFromTheRestartAfterAReset()
    {
        PgStatementHistory h;
        h.add(sample(0, {statement("a", 100, 1000)}));
        h.add(sample(10, {statement("a", 120, 1200)}));
        h.add(sample(20, {statement("a", 6, 60)})); // pg_stat_statements_reset() in between
        const auto d = find(h.deltas(5000), "a");
        QVERIFY(d->sinceReset);
        QCOMPARE(d->delta.calls, 6);
        QCOMPARE(d->delta.totalMs, 60.0);
        // From after the reset on, an ordinary delta again
        h.add(sample(30, {statement("a", 10, 100)}));
        const auto later = find(h.deltas(25000), "a");
        QVERIFY(!later->sinceReset);
        QCOMPARE(later->delta.calls, 4);
    }

    void shouldDropStatementsThatAreGone()
    {
        PgStatementHistory h(100, 60 * 1000);
        h.add(sample(0, {statement("a", 1, 1), statement("gone", 1, 1)}));
        h.add(sample(10, {statement("a", 2, 2)}));
        QVERIFY(!find(h.deltas(-1), "gone")); // evicted: not shown
        QCOMPARE(h.statementCount(), 2); // but kept a while (it may come back)
        h.add(sample(100, {statement("a", 3, 3)}));
        QCOMPARE(h.statementCount(), 1); // quiet for longer than the span: forgotten
    }

    void shouldNotSmearABurstOverAQuietStretch()
    {
        PgStatementHistory h;
        h.add(sample(0, {statement("a", 0, 0)}));
        h.add(sample(10, {statement("a", 0, 0)}));
        h.add(sample(20, {statement("a", 0, 0)}));
        h.add(sample(30, {statement("a", 100, 500)})); // 100 calls in the last 10 s, not over 30 s
        h.add(sample(40, {statement("a", 100, 500)}));
        const PgStatementHistory::Rates r = h.rates(QStringLiteral("a"), 0);
        QVERIFY(!r.callsPerSecond.isEmpty());
        QCOMPARE(r.callsPerSecond.first(), QPointF(20000, 0)); // quiet 0..20 s
        QCOMPARE(r.callsPerSecond[1], QPointF(30000, 10)); // 100 calls / 10 s
        QCOMPARE(r.callsPerSecond.last(), QPointF(40000, 0)); // quiet since
        QCOMPARE(r.meanMs, QList<QPointF>{QPointF(30000, 5)});
        QVERIFY(h.rates(QStringLiteral("nope"), 0).callsPerSecond.isEmpty());
    }

    void shouldKeepABoundedNumberOfPoints()
    {
        PgStatementHistory h(10);
        for (int i = 0; i < 100; ++i)
            h.add(sample(i, {statement("busy", i, i)}));
        QCOMPARE(h.pointCount(), 10);
        // The range reaches past the oldest point kept: the growth over what is kept
        QCOMPARE(find(h.deltas(0), "busy")->delta.calls, 9);
    }
};

QTEST_GUILESS_MAIN(TestPgStatements)
#include "tst_pgstatements.moc"
