#pragma once

#include "backendclient.h"
#include "httpapi.h"
#include "prometheusparser.h"

namespace opsdash {

/// A Prometheus server through its HTTP API v1 and nothing else, so Thanos, Mimir and VictoriaMetrics work the
/// same: instant and range queries (as POSTed forms: long PromQL does not meet URL limits), targets, alerts, rules
/// and build info. Answers are bounded in bytes, series and points; every failure is a sentence. GUI thread.
class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusClient(HttpApi::Options options, QObject *parent = nullptr);

    const HttpApi::Options &options() const { return m_api.options(); }

    QCoro::Task<BackendReply<QList<prom::Series>>> query(QString expr, std::optional<qint64> atMs = std::nullopt);
    QCoro::Task<BackendReply<QList<prom::Series>>> queryRange(QString expr, qint64 startMs, qint64 endMs,
                                                              int stepSeconds);
    QCoro::Task<BackendReply<QList<prom::Target>>> targets();
    QCoro::Task<BackendReply<QList<prom::Alert>>> alerts();
    QCoro::Task<BackendReply<QList<prom::RuleGroup>>> rules();
    QCoro::Task<BackendReply<prom::BuildInfo>> buildInfo();

    /// Aborts every request in flight; their tasks finish with an error.
    void abortAll() { m_api.abortAll(); }

    /// The step of a range drawn `widthPx` wide: one point per pixel, whole seconds, at least `minSeconds`.
    static int stepFor(qint64 rangeMs, int widthPx, int minSeconds = 1);

private:
    template<typename T>
    QCoro::Task<BackendReply<T>> call(QByteArray method, QString path, QByteArray form,
                                      backend::Parsed<T> (*parse)(const QByteArray &));

    HttpApi m_api;
};

/// An Alertmanager through its HTTP API v2: alerts (with their silenced/inhibited state) and silences — list,
/// create, expire. GUI thread.
class AlertmanagerClient : public QObject
{
    Q_OBJECT

public:
    explicit AlertmanagerClient(HttpApi::Options options, QObject *parent = nullptr);

    const HttpApi::Options &options() const { return m_api.options(); }

    QCoro::Task<BackendReply<QList<am::Alert>>> alerts();
    QCoro::Task<BackendReply<QList<am::Silence>>> silences();
    /// The new silence's id.
    QCoro::Task<BackendReply<QString>> createSilence(am::Silence silence);
    QCoro::Task<BackendReply<bool>> expireSilence(QString id);

    void abortAll() { m_api.abortAll(); }

private:
    HttpApi m_api;
};

} // namespace opsdash
