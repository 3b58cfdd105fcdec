#include "prometheusparser.h"

#include "jsonreader.h"

#include <QDateTime>
#include <QRegularExpression>

#include <limits>

namespace opsdash {

using backend::Parsed;
using backend::detail::Reader;

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::prom)
};

Labels readLabels(Reader &r, const QJsonObject &o, const QString &path, const char *key)
{
    Labels labels;
    const QJsonObject object = r.object(o, path, key);
    for (auto it = object.begin(); it != object.end() && r.ok(); ++it) {
        if (!it->isString()) {
            r.fail(Reader::join(path, key) + u'.' + it.key(), Text::tr("expected a label value (text)"));
            break;
        }
        labels.insert(it.key(), it->toString());
    }
    return labels;
}

/// A sample value: Prometheus sends numbers as strings ("1.5", "NaN", "+Inf").
std::optional<double> sampleValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString().trimmed();
    if (s == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (s == u"+Inf" || s == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (s == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double d = s.toDouble(&ok);
    return ok ? std::optional(d) : std::nullopt;
}

/// [1733076000.123, "42"]
std::optional<prom::Point> readPoint(Reader &r, const QJsonValue &v, const QString &path)
{
    const QJsonArray pair = v.toArray();
    if (!v.isArray() || pair.size() != 2 || !pair[0].isDouble()) {
        r.fail(path, Text::tr("expected [time, \"value\"]"));
        return std::nullopt;
    }
    const auto value = sampleValue(pair[1]);
    if (!value) {
        r.fail(path, Text::tr("expected a sample value"));
        return std::nullopt;
    }
    const double seconds = pair[0].toDouble();
    if (!std::isfinite(seconds) || std::abs(seconds) > 1e11) {
        r.fail(path, Text::tr("time out of range"));
        return std::nullopt;
    }
    return prom::Point{qint64(std::llround(seconds * 1000.0)), *value};
}

/// Checks the envelope and hands its `data` to `read`.
template<typename T, typename F>
Parsed<T> enveloped(const QByteArray &body, F &&read)
{
    return backend::detail::parseObjectBody<T>(body, [&](Reader &r, const QJsonObject &o, const QString &) {
        const QString status = r.text(o, {}, "status");
        if (r.ok() && status != u"success") {
            const QString error = r.text(o, {}, "error");
            r.fail({}, error.isEmpty() ? Text::tr("the answer's status is not \"success\"") : error.left(300));
            return T{};
        }
        if (!o.contains(QLatin1String("data"))) {
            r.fail({}, Text::tr("no data in the answer"));
            return T{};
        }
        return read(r, o.value(QLatin1String("data")));
    });
}

prom::AlertState alertState(const QString &s)
{
    if (s == u"firing")
        return prom::AlertState::Firing;
    if (s == u"pending")
        return prom::AlertState::Pending;
    return prom::AlertState::Inactive;
}

qint64 timeField(Reader &r, const QJsonObject &o, const QString &path, const char *key)
{
    const QString text = r.text(o, path, key);
    if (text.isEmpty())
        return 0;
    const auto ms = prom::parseRfc3339(text);
    if (!ms)
        r.fail(Reader::join(path, key), Text::tr("expected an RFC 3339 time"));
    return ms.value_or(0);
}

/// "1m30s", "5m", "10s", "1h": Go's durations as Prometheus writes them; 0 when not one.
double goDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    double seconds = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        seconds += unit == u"h" ? n * 3600 : unit == u"m" ? n * 60 : unit == u"ms" ? n / 1000 : n;
    }
    return seconds;
}

prom::Alert readPromAlert(Reader &r, const QJsonObject &o, const QString &path)
{
    prom::Alert a;
    a.labels = readLabels(r, o, path, "labels");
    a.annotations = readLabels(r, o, path, "annotations");
    a.state = alertState(r.text(o, path, "state"));
    a.activeAtMs = timeField(r, o, path, "activeAt");
    a.value = sampleValue(o.value(QLatin1String("value"))).value_or(0);
    return a;
}

QList<prom::Alert> readPromAlerts(Reader &r, const QJsonArray &array, const QString &path)
{
    QList<prom::Alert> alerts;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i)
        alerts.append(readPromAlert(r, array[i].toObject(), QStringLiteral("%1[%2]").arg(path).arg(i)));
    return alerts;
}

} // namespace

namespace prom {

std::optional<qint64> parseRfc3339(const QString &text)
{
    // Qt reads milliseconds at most: cut the fraction to three digits.
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|[+-]\\d\\d:\\d\\d)$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = QString(m.captured(2) + QStringLiteral("000")).left(3);
    const QDateTime t = QDateTime::fromString(m.captured(1) + u'.' + fraction + m.captured(3), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

Parsed<QList<Series>> parseQuery(const QByteArray &body, int maxSeries, qint64 maxPoints)
{
    return enveloped<QList<Series>>(body, [&](Reader &r, const QJsonValue &dataValue) {
        QList<Series> out;
        const QJsonObject data = dataValue.toObject();
        const QString type = r.text(data, QStringLiteral("data"), "resultType");
        const QJsonValue result = data.value(QLatin1String("result"));
        if (type == u"scalar" || type == u"string") {
            if (const auto p = readPoint(r, result, QStringLiteral("data.result")))
                out.append(Series{{}, {*p}});
            return out;
        }
        if ((type != u"vector" && type != u"matrix") || !result.isArray()) {
            r.fail(QStringLiteral("data"), Text::tr("expected a vector or a matrix"));
            return out;
        }
        const QJsonArray series = result.toArray();
        if (series.size() > maxSeries) {
            r.fail(QStringLiteral("data.result"),
                   Text::tr("%1 series, more than the %2 opsdash reads").arg(series.size()).arg(maxSeries));
            return out;
        }
        qint64 points = 0;
        for (qsizetype i = 0; i < series.size() && r.ok(); ++i) {
            const QString path = QStringLiteral("data.result[%1]").arg(i);
            const QJsonObject o = series[i].toObject();
            Series s;
            s.labels = readLabels(r, o, path, "metric");
            if (type == u"vector") {
                if (const auto p = readPoint(r, o.value(QLatin1String("value")), path + QStringLiteral(".value")))
                    s.points.append(*p);
            } else {
                const QJsonArray values = r.array(o, path, "values");
                points += values.size();
                if (points > maxPoints) {
                    r.fail(path, Text::tr("more than %1 points in all").arg(maxPoints));
                    break;
                }
                s.points.reserve(values.size());
                for (qsizetype j = 0; j < values.size() && r.ok(); ++j)
                    if (const auto p = readPoint(r, values[j], path + QStringLiteral(".values[%1]").arg(j)))
                        s.points.append(*p);
            }
            out.append(std::move(s));
        }
        return out;
    });
}

Parsed<QList<Target>> parseTargets(const QByteArray &body)
{
    return enveloped<QList<Target>>(body, [](Reader &r, const QJsonValue &data) {
        QList<Target> out;
        const QJsonArray active = r.array(data.toObject(), QStringLiteral("data"), "activeTargets");
        for (qsizetype i = 0; i < active.size() && r.ok(); ++i) {
            const QString path = QStringLiteral("data.activeTargets[%1]").arg(i);
            const QJsonObject o = active[i].toObject();
            Target t;
            t.labels = readLabels(r, o, path, "labels");
            t.scrapePool = r.text(o, path, "scrapePool");
            t.scrapeUrl = r.text(o, path, "scrapeUrl");
            const QString health = r.text(o, path, "health");
            t.health = health == u"up" ? TargetHealth::Up
                : health == u"down"    ? TargetHealth::Down
                                       : TargetHealth::Unknown;
            t.lastError = r.text(o, path, "lastError").left(500);
            t.lastScrapeMs = timeField(r, o, path, "lastScrape");
            if (t.lastScrapeMs < 0) // Go's zero time: never scraped
                t.lastScrapeMs = 0;
            t.lastScrapeSeconds = r.number(o, path, "lastScrapeDuration");
            t.scrapeIntervalSeconds = int(goDuration(r.text(o, path, "scrapeInterval")));
            out.append(std::move(t));
        }
        return out;
    });
}

Parsed<QList<Alert>> parseAlerts(const QByteArray &body)
{
    return enveloped<QList<Alert>>(body, [](Reader &r, const QJsonValue &data) {
        return readPromAlerts(r, r.array(data.toObject(), QStringLiteral("data"), "alerts"),
                              QStringLiteral("data.alerts"));
    });
}

Parsed<QList<RuleGroup>> parseRules(const QByteArray &body)
{
    return enveloped<QList<RuleGroup>>(body, [](Reader &r, const QJsonValue &data) {
        QList<RuleGroup> out;
        const QJsonArray groups = r.array(data.toObject(), QStringLiteral("data"), "groups");
        for (qsizetype i = 0; i < groups.size() && r.ok(); ++i) {
            const QString path = QStringLiteral("data.groups[%1]").arg(i);
            const QJsonObject g = groups[i].toObject();
            RuleGroup group{r.text(g, path, "name"), r.text(g, path, "file"), r.number(g, path, "interval"), {}};
            const QJsonArray rules = r.array(g, path, "rules");
            for (qsizetype j = 0; j < rules.size() && r.ok(); ++j) {
                const QString rulePath = path + QStringLiteral(".rules[%1]").arg(j);
                const QJsonObject o = rules[j].toObject();
                Rule rule;
                rule.name = r.text(o, rulePath, "name");
                rule.query = r.text(o, rulePath, "query");
                rule.alerting = r.text(o, rulePath, "type") == u"alerting";
                rule.health = r.text(o, rulePath, "health");
                rule.lastError = r.text(o, rulePath, "lastError").left(500);
                rule.state = alertState(r.text(o, rulePath, "state"));
                rule.holdSeconds = r.number(o, rulePath, "duration");
                rule.labels = readLabels(r, o, rulePath, "labels");
                rule.alerts = readPromAlerts(r, r.array(o, rulePath, "alerts"), rulePath + QStringLiteral(".alerts"));
                group.rules.append(std::move(rule));
            }
            out.append(std::move(group));
        }
        return out;
    });
}

Parsed<BuildInfo> parseBuildInfo(const QByteArray &body)
{
    return enveloped<BuildInfo>(body, [](Reader &r, const QJsonValue &data) {
        const QJsonObject o = data.toObject();
        const QString path = QStringLiteral("data");
        return BuildInfo{r.text(o, path, "version"), r.text(o, path, "revision"), r.text(o, path, "goVersion")};
    });
}

QString errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QLatin1String("status")).toString() != u"error")
        return {};
    const QString type = o.value(QLatin1String("errorType")).toString();
    const QString error = o.value(QLatin1String("error")).toString().left(300);
    return type.isEmpty() ? error : type + QStringLiteral(": ") + error;
}

} // namespace prom

namespace am {

namespace {

Matcher readMatcher(Reader &r, const QJsonObject &o, const QString &path)
{
    Matcher m{r.text(o, path, "name"), r.text(o, path, "value"), r.boolean(o, path, "isRegex"), true};
    if (o.contains(QLatin1String("isEqual")))
        m.isEqual = r.boolean(o, path, "isEqual");
    return m;
}

} // namespace

Parsed<QList<Alert>> parseAlerts(const QByteArray &body)
{
    return backend::detail::parseArrayBody<Alert>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        Alert a;
        a.labels = readLabels(r, o, path, "labels");
        a.annotations = readLabels(r, o, path, "annotations");
        a.fingerprint = r.text(o, path, "fingerprint");
        a.startsAtMs = timeField(r, o, path, "startsAt");
        a.updatedAtMs = timeField(r, o, path, "updatedAt");
        const QJsonObject status = r.object(o, path, "status");
        const QString statusPath = path + QStringLiteral(".status");
        const QString state = r.text(status, statusPath, "state");
        a.state = state == u"active" ? AlertState::Active
            : state == u"suppressed" ? AlertState::Suppressed
                                     : AlertState::Unprocessed;
        for (const auto &id : r.array(status, statusPath, "silencedBy"))
            a.silencedBy.append(id.toString());
        for (const auto &id : r.array(status, statusPath, "inhibitedBy"))
            a.inhibitedBy.append(id.toString());
        return a;
    });
}

Parsed<QList<Silence>> parseSilences(const QByteArray &body)
{
    return backend::detail::parseArrayBody<Silence>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        Silence s;
        s.id = r.text(o, path, "id");
        const QJsonArray matchers = r.array(o, path, "matchers");
        for (qsizetype i = 0; i < matchers.size() && r.ok(); ++i)
            s.matchers.append(readMatcher(r, matchers[i].toObject(), path + QStringLiteral(".matchers[%1]").arg(i)));
        s.startsAtMs = timeField(r, o, path, "startsAt");
        s.endsAtMs = timeField(r, o, path, "endsAt");
        s.createdBy = r.text(o, path, "createdBy");
        s.comment = r.text(o, path, "comment");
        const QString state = r.text(r.object(o, path, "status"), path + QStringLiteral(".status"), "state");
        s.state = state == u"active" ? SilenceState::Active
            : state == u"expired"    ? SilenceState::Expired
                                     : SilenceState::Pending;
        return s;
    });
}

Parsed<QString> parseSilenceId(const QByteArray &body)
{
    return backend::detail::parseObjectBody<QString>(body, [](Reader &r, const QJsonObject &o, const QString &) {
        QString id = r.text(o, {}, "silenceID");
        if (r.ok() && id.isEmpty())
            r.fail({}, Text::tr("no silenceID in the answer"));
        return id;
    });
}

QByteArray silenceBody(const Silence &silence)
{
    QJsonArray matchers;
    for (const Matcher &m : silence.matchers)
        matchers.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("isRegex"), m.isRegex},
                                    {QStringLiteral("isEqual"), m.isEqual}});
    auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    QJsonObject o{{QStringLiteral("matchers"), matchers},
                  {QStringLiteral("startsAt"), time(silence.startsAtMs)},
                  {QStringLiteral("endsAt"), time(silence.endsAtMs)},
                  {QStringLiteral("createdBy"), silence.createdBy},
                  {QStringLiteral("comment"), silence.comment}};
    if (!silence.id.isEmpty())
        o.insert(QStringLiteral("id"), silence.id);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]");
    const bool jsonString = doc.isArray() && doc.array().size() == 1 && doc.array().first().isString();
    const QString text = jsonString ? doc.array().first().toString() : QString::fromUtf8(body).simplified();
    return text.left(300);
}

} // namespace am

} // namespace opsdash
