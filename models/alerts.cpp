#include "alerts.h"

#include <QCoreApplication>
#include <QLocale>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::AlertEngine)
};

} // namespace

QString formatAlertValue(double value, const QString &unit)
{
    const QLocale locale;
    const QString number = locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 1);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

QString AlertEvent::message() const
{
    if (raised)
        return Text::tr("%1 %2 %3 %4")
            .arg(title, formatAlertValue(value, unit), above ? QStringLiteral(">") : QStringLiteral("<"),
                 formatAlertValue(threshold, unit));
    return Text::tr("%1 back to %2").arg(title, formatAlertValue(value, unit));
}

void AlertEngine::setRules(QList<AlertRule> rules)
{
    m_rules = std::move(rules);
    QHash<QString, State> kept;
    for (const AlertRule &rule : m_rules)
        kept.insert(rule.id, m_state.value(rule.id));
    m_state = std::move(kept);
}

int AlertEngine::activeCount() const
{
    int n = 0;
    for (const State &s : m_state)
        n += s.active ? 1 : 0;
    return n;
}

void AlertEngine::step(const AlertRule &rule, qint64 nowMs, std::optional<double> value, QList<AlertEvent> &events)
{
    State &state = m_state[rule.id];
    if (!value) {
        if (!state.active)
            state.since = -1;
        return;
    }
    const bool holds = rule.above ? *value > rule.threshold : *value < rule.threshold;
    AlertEvent event{rule.id, rule.title, true, nowMs, *value, rule.threshold, rule.above, rule.unit};
    if (holds) {
        if (state.since < 0)
            state.since = nowMs;
        if (!state.active && nowMs - state.since >= rule.holdMs) {
            state.active = true;
            events.append(event);
        }
        return;
    }
    state.since = -1;
    if (state.active) {
        state.active = false;
        event.raised = false;
        events.append(event);
    }
}

QList<AlertRule> AlertEngine::rulesFor(const Thresholds &t)
{
    const qint64 holdMs = qint64(t.holdSeconds) * 1000;
    return {
        {QStringLiteral("api.p95"), Text::tr("API p95 latency"), Metric::ApiP95Ms, true, t.apiP95Ms, holdMs,
         QStringLiteral("ms")},
        {QStringLiteral("db.query"), Text::tr("DB query time"), Metric::DbAvgQueryMs, true, t.dbQueryMs, holdMs,
         QStringLiteral("ms")},
        {QStringLiteral("pool.waiting"),
         Text::tr("Pool waiting clients"),
         Metric::PoolWaiting,
         true,
         t.poolWaiting,
         holdMs,
         {}},
        {QStringLiteral("heap"), Text::tr("Heap usage"), Metric::HeapUsagePercent, true, t.heapPercent, holdMs,
         QStringLiteral("%")},
        {QStringLiteral("cache.hit"), Text::tr("Cache hit rate"), Metric::CacheHitRate, false, t.cacheHitPercent,
         holdMs, QStringLiteral("%")},
        {QStringLiteral("api.errors"), Text::tr("Error rate"), Metric::ErrorRatePercent, true, t.errorRatePercent,
         holdMs, QStringLiteral("%")},
        {QStringLiteral("queue.waiting"),
         Text::tr("Jobs waiting"),
         Metric::QueueWaiting,
         true,
         t.queueWaiting,
         holdMs,
         {}},
        {QStringLiteral("queue.dead"), Text::tr("Dead jobs"), Metric::QueueDead, true, t.queueDead, holdMs, {}},
    };
}

QList<AlertRule> AlertEngine::defaultRules(qint64 holdMs)
{
    Thresholds t;
    t.holdSeconds = int(holdMs / 1000);
    QList<AlertRule> rules = rulesFor(t);
    for (AlertRule &rule : rules)
        rule.holdMs = holdMs;
    return rules;
}

} // namespace opsdash
