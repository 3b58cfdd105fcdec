#pragma once

#include "backendparser.h"
#include "prometheustypes.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace opsdash {

/// Prometheus's HTTP API v1 (what Thanos, Mimir and VictoriaMetrics serve too).
namespace prom {

/// Each takes the body of a 2xx answer: the `{"status": "success", "data": …}` envelope is checked and its data
/// read. A body over limits that Prometheus itself keeps (more than `maxSeries` series, more than `maxPoints`
/// points in all) is an error rather than a window that stops answering.
backend::Parsed<QList<Series>> parseQuery(const QByteArray &body, int maxSeries = 10000, qint64 maxPoints = 2000000);
backend::Parsed<QList<Target>> parseTargets(const QByteArray &body);
backend::Parsed<QList<Alert>> parseAlerts(const QByteArray &body);
backend::Parsed<QList<RuleGroup>> parseRules(const QByteArray &body);
backend::Parsed<BuildInfo> parseBuildInfo(const QByteArray &body);
/// The error of an error envelope (`{"status": "error", "errorType": …, "error": …}`), as "bad_data: parse error
/// at char 4…", cut to a sentence's length; empty when the body is not one.
QString errorMessage(const QByteArray &body);

/// "2026-12-01T18:00:00.123456789Z" (RFC 3339 with up to nanoseconds, as Go writes it) in ms; nullopt if not one.
std::optional<qint64> parseRfc3339(const QString &text);

} // namespace prom

/// Alertmanager's HTTP API v2.
namespace am {

backend::Parsed<QList<Alert>> parseAlerts(const QByteArray &body);
backend::Parsed<QList<Silence>> parseSilences(const QByteArray &body);
/// POST /api/v2/silences answers `{"silenceID": "…"}`.
backend::Parsed<QString> parseSilenceId(const QByteArray &body);
/// The body of POST /api/v2/silences.
QByteArray silenceBody(const Silence &silence);
/// Alertmanager's error bodies are a JSON string or plain text; cut to a sentence's length.
QString errorMessage(const QByteArray &body);

} // namespace am

} // namespace opsdash
