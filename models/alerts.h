#pragma once

#include "metricstore.h"
#include "thresholds.h"

#include <QHash>
#include <QList>
#include <QString>

namespace opsdash {

/// "350 ms", "85.2 %", "7": a value with its unit as alerts show it.
QString formatAlertValue(double value, const QString &unit);

/// A threshold on one metric that must hold for `holdMs` before it raises an alert.
struct AlertRule
{
    QString id; ///< stable, e.g. "api.p95"
    QString title; ///< "API p95 latency"
    Metric metric = Metric::ApiP95Ms;
    bool above = true; ///< alert when the value is above the threshold (false: below)
    double threshold = 0;
    qint64 holdMs = 10000;
    QString unit; ///< for messages: "ms", "%", ""
};

struct AlertEvent
{
    QString ruleId;
    QString title;
    bool raised = true; ///< false: the condition cleared
    qint64 timeMs = 0;
    double value = 0;
    double threshold = 0;
    bool above = true;
    QString unit;
    /// "API p95 latency 350 ms > 200 ms" / "… back to 120 ms"
    QString message() const;
};

/// Evaluates rules against the latest values. An alert is raised once when its condition has held for the hold
/// time, and cleared once when it stops holding; while it holds nothing repeats. A missing value (the source is
/// down) neither raises nor clears: it restarts the hold timer of a pending alert.
class AlertEngine
{
public:
    void setRules(QList<AlertRule> rules);
    const QList<AlertRule> &rules() const { return m_rules; }

    /// New events at `nowMs` from the values `valueOf` gives (nullopt: no value).
    template<typename ValueOf>
    QList<AlertEvent> evaluate(qint64 nowMs, ValueOf valueOf)
    {
        QList<AlertEvent> events;
        for (const AlertRule &rule : m_rules)
            step(rule, nowMs, valueOf(rule.metric), events);
        return events;
    }
    QList<AlertEvent> evaluate(qint64 nowMs, const MetricStore &store)
    {
        return evaluate(nowMs, [&store](Metric m) { return store.latest(m); });
    }

    bool isActive(const QString &ruleId) const { return m_state.value(ruleId).active; }
    int activeCount() const;

    /// The rules a profile's thresholds give (the in-app alerts, and the Prometheus alerting rules that
    /// `opsdash rules` prints from the same list).
    static QList<AlertRule> rulesFor(const Thresholds &thresholds);
    /// The seeds' defaults: API p95 > 200 ms, DB query > 100 ms, pool waiting > 5, heap > 80 %, cache hit < 90 %,
    /// error rate > 1 %.
    static QList<AlertRule> defaultRules(qint64 holdMs = 10000);

private:
    struct State
    {
        qint64 since = -1; ///< when the condition started holding; -1 when it does not
        bool active = false;
    };
    void step(const AlertRule &rule, qint64 nowMs, std::optional<double> value, QList<AlertEvent> &events);

    QList<AlertRule> m_rules;
    QHash<QString, State> m_state;
};

} // namespace opsdash
