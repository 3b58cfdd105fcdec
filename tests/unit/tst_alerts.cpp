// Alert rules: raised once after the hold time, cleared once, never repeated while the condition holds, and
// not fooled by a source going quiet.

#include "alerts.h"

#include <QTest>

using namespace opsdash;

namespace {

AlertRule p95Rule()
{
    return {QStringLiteral("api.p95"), QStringLiteral("API p95"), Metric::ApiP95Ms, true, 200, 10'000,
            QStringLiteral("ms")};
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRaiseOnlyAfterTheHoldTimeAndOnlyOnce()
    {
        AlertEngine engine;
        engine.setRules({p95Rule()});
        std::optional<double> value = 350;
        auto valueOf = [&value](Metric) { return value; };

        // Given the condition holds from t = 0
        QVERIFY(engine.evaluate(0, valueOf).isEmpty());
        QVERIFY(engine.evaluate(9'999, valueOf).isEmpty()); // not yet held 10 s
        // When it has held 10 s
        const QList<AlertEvent> raised = engine.evaluate(10'000, valueOf);
        // Then one event, with a message a person reads
        QCOMPARE(raised.size(), 1);
        QVERIFY(raised[0].raised);
        QCOMPARE(raised[0].message(), QStringLiteral("API p95 350 ms > 200 ms"));
        QVERIFY(engine.isActive(QStringLiteral("api.p95")));
        // And nothing more while it holds
        for (qint64 t = 11'000; t < 60'000; t += 1000)
            QVERIFY(engine.evaluate(t, valueOf).isEmpty());
    }

    void shouldClearOnceWhenTheConditionStops()
    {
        AlertEngine engine;
        engine.setRules({p95Rule()});
        std::optional<double> value = 350;
        auto valueOf = [&value](Metric) { return value; };
        engine.evaluate(0, valueOf);
        QCOMPARE(engine.evaluate(10'000, valueOf).size(), 1);

        value = 120;
        const QList<AlertEvent> cleared = engine.evaluate(11'000, valueOf);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared[0].raised);
        QCOMPARE(cleared[0].message(), QStringLiteral("API p95 back to 120 ms"));
        QVERIFY(engine.evaluate(12'000, valueOf).isEmpty());
        QCOMPARE(engine.activeCount(), 0);
    }

    void shouldNotRaiseForABlipShorterThanTheHold()
    {
        AlertEngine engine;
        engine.setRules({p95Rule()});
        std::optional<double> value;
        auto valueOf = [&value](Metric) { return value; };
        for (qint64 t = 0; t < 100'000; t += 1000) {
            value = (t / 1000) % 5 == 0 ? 500.0 : 100.0; // 1 s spikes every 5 s
            QVERIFY(engine.evaluate(t, valueOf).isEmpty());
        }
    }

    void shouldNeitherRaiseNorClearWithoutValues()
    {
        AlertEngine engine;
        engine.setRules({p95Rule()});
        std::optional<double> value = 350;
        auto valueOf = [&value](Metric) { return value; };
        engine.evaluate(0, valueOf);
        // The source goes quiet before the hold is over: the hold starts again when it is back.
        value.reset();
        QVERIFY(engine.evaluate(5'000, valueOf).isEmpty());
        value = 350;
        QVERIFY(engine.evaluate(12'000, valueOf).isEmpty());
        QCOMPARE(engine.evaluate(22'000, valueOf).size(), 1);
        // An active alert stays active through an outage and does not repeat after it.
        value.reset();
        QVERIFY(engine.evaluate(30'000, valueOf).isEmpty());
        QVERIFY(engine.isActive(QStringLiteral("api.p95")));
        value = 350;
        QVERIFY(engine.evaluate(40'000, valueOf).isEmpty());
    }

    void shouldAlertBelowForHitRates()
    {
        AlertEngine engine;
        engine.setRules(AlertEngine::defaultRules(0));
        QCOMPARE(engine.rules().size(), 8); // the seeds' six, the job backlog and dead jobs
        auto valueOf = [](Metric m) -> std::optional<double> {
            return m == Metric::CacheHitRate ? std::optional(85.0) : std::nullopt;
        };
        const QList<AlertEvent> events = engine.evaluate(0, valueOf);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].ruleId, QStringLiteral("cache.hit"));
        QCOMPARE(events[0].message(), QStringLiteral("Cache hit rate 85.0 % < 90.0 %"));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
