#pragma once

#include "prometheusclient.h"

#include <QObject>
#include <QPointer>

#include <QCoroTask>

namespace opsdash {

/// One eventsd instance as Prometheus sees it.
struct FleetInstance
{
    QString instance; ///< Prometheus's instance label (host:port)
    prom::TargetHealth health = prom::TargetHealth::Unknown;
    QString scrapeError;
    qint64 lastScrapeMs = 0;
    std::optional<double> requestsPerSecond;
    std::optional<double> serverErrorRatio; ///< 0..1
    std::optional<double> p95Ms;
    std::optional<double> heapBytes;
    std::optional<double> heapUsage; ///< 0..1
    std::optional<double> poolWaiting;
    QString version;
};

struct FleetSnapshot
{
    QList<FleetInstance> instances; ///< every target of the job, sorted by instance
    QString error; ///< why the figures are missing; the targets may still be there
};

/// Reads the fleet from Prometheus: the job's targets (up or down, last scrape) and, with one instant query per
/// figure for all instances at once, their request rate, 5xx share, p95, heap, pool waiting and version. The cost
/// does not grow with the instances in requests: seven per read, whatever the fleet's size.
class PrometheusFleet : public QObject
{
    Q_OBJECT

public:
    PrometheusFleet(PrometheusClient *client, QString job, QObject *parent = nullptr);
    QCoro::Task<FleetSnapshot> read();

private:
    QPointer<PrometheusClient> m_client;
    QString m_job;
};

} // namespace opsdash
