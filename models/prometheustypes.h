#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

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

/// "alertname=EventsdDown, instance=~\"db-.*\", severity!=info": matchers as amtool and Alertmanager's UI write
/// them (=, !=, =~, !~; values bare or double-quoted). nullopt with `error` for anything else.
std::optional<QList<Matcher>> parseMatchers(const QString &text, QString *error);
/// The same written back ("alertname=\"EventsdDown\", …").
QString formatMatchers(const QList<Matcher> &matchers);

} // namespace am

} // namespace opsdash
