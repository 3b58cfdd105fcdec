#pragma once

#include "backendparser.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace opsdash {

/// Label names to values, sorted by name (a series' identity).
using Labels = QMap<QString, QString>;

/// Prometheus's HTTP API v1 (what Thanos, Mimir and VictoriaMetrics serve too).
namespace prom {

struct Point
{
    qint64 timeMs = 0;
    double value = 0; ///< NaN and ±Inf as Prometheus sends them
};

/// One series of a query: a vector's element has one point, a matrix's many.
struct Series
{
    Labels labels;
    QList<Point> points;
};

enum class TargetHealth { Unknown, Up, Down };
enum class AlertState { Inactive, Pending, Firing };

struct Target
{
    Labels labels; ///< after relabelling: job, instance, …
    QString scrapePool;
    QString scrapeUrl;
    TargetHealth health = TargetHealth::Unknown;
    QString lastError;
    qint64 lastScrapeMs = 0; ///< 0: never scraped
    double lastScrapeSeconds = 0;
    int scrapeIntervalSeconds = 0; ///< 0: the server did not say (older versions)
};

struct Alert
{
    Labels labels;
    Labels annotations;
    AlertState state = AlertState::Inactive;
    qint64 activeAtMs = 0;
    double value = 0;
};

struct Rule
{
    QString name;
    QString query;
    bool alerting = false;
    QString health; ///< "ok", "err", "unknown"
    QString lastError;
    AlertState state = AlertState::Inactive; ///< alerting rules only
    double holdSeconds = 0; ///< alerting rules' `for`
    Labels labels;
    QList<Alert> alerts;
};

struct RuleGroup
{
    QString name;
    QString file;
    double intervalSeconds = 0;
    QList<Rule> rules;
};

struct BuildInfo
{
    QString version;
    QString revision;
    QString goVersion;
};

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

struct Matcher
{
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true; ///< false: != or !~
    bool operator==(const Matcher &) const = default;
};

enum class AlertState { Unprocessed, Active, Suppressed };
enum class SilenceState { Pending, Active, Expired };

struct Alert
{
    Labels labels;
    Labels annotations;
    QString fingerprint;
    AlertState state = AlertState::Unprocessed;
    QStringList silencedBy;
    QStringList inhibitedBy;
    qint64 startsAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct Silence
{
    QString id; ///< empty for a new one
    QList<Matcher> matchers;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    QString createdBy;
    QString comment;
    SilenceState state = SilenceState::Pending;
};

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
