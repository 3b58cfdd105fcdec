#pragma once

#include "annotations.h"
#include "metricstore.h"
#include "prometheusclient.h"
#include "promql.h"

#include <QObject>
#include <QPointer>

#include <QCoroTask>

namespace opsdash {

/// The dashboard's history from Prometheus: what the window did not see itself. At start it fills the live
/// store's last hours, so a restarted window shows them at once; when the window missed ticks (the machine slept,
/// polling was paused) it fills that stretch instead of leaving a hole; and for ranges beyond the live store's 24 h
/// it keeps a store of its own at one point per pixel. Every dashboard metric Prometheus has (promql.h) is read
/// with one range query each; samples the window polled itself win over Prometheus's. GUI thread.
class PrometheusHistory : public QObject
{
    Q_OBJECT

public:
    PrometheusHistory(PrometheusClient *client, promql::Scope scope, MetricStore *live, int refreshMs,
                      QObject *parent = nullptr);

    /// Fills the live store over [fromMs, toMs] (at most its 24 h) at about the refresh interval.
    QCoro::Task<bool> fillLive(qint64 fromMs, qint64 toMs);
    /// Reads [now - minutes, now] at `widthPx` points into longStore() (ranges over 24 h). The metrics in `first`
    /// (the shown page's) are asked for first and announced (MetricStore::updated) as soon as they are in.
    QCoro::Task<bool> loadLong(int minutes, int widthPx, QList<Metric> first = {});
    const MetricStore *longStore() const { return &m_long; }
    /// Reads [now - minutes, now] as it was `offsetSeconds` earlier (one day, one week) into compareStore(), its
    /// times moved forward by the offset so it lies under the current range.
    QCoro::Task<bool> loadCompare(int minutes, qint64 offsetSeconds, int widthPx, QList<Metric> first = {});
    const MetricStore *compareStore() const { return &m_compare; }
    /// Restarts and version changes of the job's instances in [fromMs, toMs] (empty on failure).
    QCoro::Task<QList<Annotation>> loadAnnotations(qint64 fromMs, qint64 toMs, int widthPx);
    /// Reads only `hostPort`'s series from now on (the fleet page's narrowing); empty: every instance again. What
    /// the long-range and comparison stores hold is read again by the next load.
    void setInstance(const QString &hostPort) { m_scope.instance = hostPort; }
    QString instance() const { return m_scope.instance; }
    /// The last failure as a sentence; empty after a success.
    QString lastError() const { return m_lastError; }
    /// The metrics Prometheus has an expression for, in the order they are read.
    static QList<Metric> metrics();

Q_SIGNALS:
    /// After each fill or load: an error sentence, or empty.
    void loaded(const QString &error);

private:
    /// Where read() puts what it reads.
    struct Target
    {
        MetricStore *store = nullptr;
        bool replace = false; ///< the stretch's samples replace the metric's (else they fill what it lacks)
        qint64 shiftMs = 0; ///< added to every time
        QList<Metric> first; ///< asked for first, announced as soon as they are in
    };
    /// One range query per metric into `target`, the target's `first` before the rest; false with lastError() on a
    /// failure.
    QCoro::Task<bool> read(Target target, qint64 fromMs, qint64 toMs, int stepSeconds);
    /// The batch's queries all in flight at once, into `target`; the first failure's sentence, or empty.
    QCoro::Task<QString> readBatch(Target target, QList<Metric> batch, qint64 fromMs, qint64 toMs, int stepSeconds);
    int rateWindowSeconds(int stepSeconds) const;

    QPointer<PrometheusClient> m_client;
    promql::Scope m_scope;
    MetricStore *m_live;
    MetricStore m_long;
    MetricStore m_compare;
    int m_refreshMs;
    int m_scrapeSeconds = 0; ///< learnt from the targets; 0 until then
    QString m_lastError;
    /// The stretch of the live store already asked for (the session's start and the window's range both ask for
    /// the recent past at once: read once).
    qint64 m_coveredFromMs = 0;
    qint64 m_coveredToMs = 0;
};

} // namespace opsdash
