#include "backendparser.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace opsdash::backend {

using namespace detail;

namespace {

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("NULL");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// Prisma's query event gives `params` as one JSON string; eventsd sends an array of strings.
QStringList parameters(const QJsonValue &v)
{
    QStringList out;
    QJsonArray array;
    if (v.isArray()) {
        array = v.toArray();
    } else if (v.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (!doc.isArray())
            return {v.toString()};
        array = doc.array();
    } else if (!v.isUndefined() && !v.isNull()) {
        return {jsonText(v)};
    }
    for (const auto &p : array)
        out.append(jsonText(p));
    return out;
}

QueryMetric readQueryMetric(Reader &r, const QJsonObject &o, const QString &path)
{
    QueryMetric m;
    m.query = r.text(o, path, "query");
    m.durationMs = r.number(o, path, "duration");
    m.timestamp = QDateTime::fromString(r.text(o, path, "timestamp"), Qt::ISODateWithMs);
    m.parameters = parameters(o.value(u"parameters"));
    m.slow = r.boolean(o, path, "slowQuery");
    return m;
}

QueryFrequency readFrequency(Reader &r, const QJsonObject &o, const QString &path)
{
    QueryFrequency f;
    f.query = r.text(o, path, "query");
    f.count = r.integer(o, path, "count");
    f.avgDurationMs = r.number(o, path, "avgDuration");
    f.maxDurationMs = r.optionalNumber(o, path, "maxDuration");
    return f;
}

DatabaseStats readDatabaseStats(Reader &r, const QJsonObject &o, const QString &path)
{
    DatabaseStats s;
    s.totalQueries = r.integer(o, path, "totalQueries");
    s.slowQueries = r.integer(o, path, "slowQueries");
    s.averageResponseTimeMs = r.number(o, path, "averageResponseTime");
    const QJsonArray slowest = r.array(o, path, "slowestQueries");
    for (qsizetype i = 0; i < slowest.size(); ++i)
        s.slowestQueries.append(readQueryMetric(r, slowest[i].toObject(),
                                                Reader::join(path, "slowestQueries") + QStringLiteral("[%1]").arg(i)));
    // eventsd: {query: count}; NestJS: {} (a Map serialized by JSON.stringify); some backends: [[query, count], …].
    const QJsonValue frequency = o.value(u"queryFrequency");
    if (frequency.isObject()) {
        const QJsonObject map = frequency.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            s.frequency.append(QueryFrequency{it.key(), qint64(std::llround(it->toDouble())), 0, std::nullopt});
    } else if (frequency.isArray()) {
        for (const auto &pair : frequency.toArray()) {
            const QJsonArray kv = pair.toArray();
            if (kv.size() == 2)
                s.frequency.append(
                    QueryFrequency{kv[0].toString(), qint64(std::llround(kv[1].toDouble())), 0, std::nullopt});
        }
    }
    std::sort(s.frequency.begin(), s.frequency.end(), [](const QueryFrequency &a, const QueryFrequency &b) {
        return a.count != b.count ? a.count > b.count : a.query < b.query;
    });
    return s;
}

ApiStats readApiStats(Reader &r, const QJsonObject &o, const QString &path)
{
    ApiStats s;
    s.totalRequests = r.integer(o, path, "totalRequests");
    s.slowRequests = r.integer(o, path, "slowRequests");
    s.averageResponseTimeMs = r.number(o, path, "averageResponseTime");
    s.errorRatePercent = r.number(o, path, "errorRate");
    const QJsonArray endpoints = r.array(o, path, "slowestEndpoints");
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const QString p = Reader::join(path, "slowestEndpoints") + QStringLiteral("[%1]").arg(i);
        const QJsonObject e = endpoints[i].toObject();
        s.slowestEndpoints.append(EndpointStat{r.text(e, p, "endpoint"), r.text(e, p, "method"),
                                               r.number(e, p, "avgResponseTime"), r.integer(e, p, "requestCount")});
    }
    return s;
}

MemoryStats readMemoryStats(Reader &r, const QJsonObject &o, const QString &path)
{
    MemoryStats m;
    const QString currentPath = Reader::join(path, "current");
    const QJsonObject current = r.object(o, path, "current");
    m.rss = r.integer(current, currentPath, "rss");
    m.heapTotal = r.integer(current, currentPath, "heapTotal");
    m.heapUsed = r.integer(current, currentPath, "heapUsed");
    m.external = r.integer(current, currentPath, "external");
    m.arrayBuffers = r.integer(current, currentPath, "arrayBuffers");
    m.usagePercent =
        r.number(o, path, "usagePercentage", m.heapTotal > 0 ? 100.0 * double(m.heapUsed) / double(m.heapTotal) : 0.0);
    m.threshold = r.optionalNumber(o, path, "threshold");
    return m;
}

CacheLevelStats readCacheLevel(Reader &r, const QJsonObject &o, const QString &path)
{
    return CacheLevelStats{r.integer(o, path, "hits"), r.integer(o, path, "misses"), r.integer(o, path, "keys"),
                           r.integer(o, path, "bytes")};
}

} // namespace

std::optional<qint64> parseSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]+)?)\s*(bytes|B|kB|KB|MB|GB|TB|PB)\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2);
    const double value = match.captured(1).toDouble();
    int power = 0;
    if (unit.compare(QLatin1String("kB"), Qt::CaseInsensitive) == 0)
        power = 1;
    else if (unit == QLatin1String("MB"))
        power = 2;
    else if (unit == QLatin1String("GB"))
        power = 3;
    else if (unit == QLatin1String("TB"))
        power = 4;
    else if (unit == QLatin1String("PB"))
        power = 5;
    return qint64(std::llround(value * std::pow(1024.0, power)));
}

Parsed<Overview> parseOverview(const QByteArray &body)
{
    return parseObjectBody<Overview>(body, [](Reader &r, const QJsonObject &o, const QString &) {
        Overview v;
        v.database = readDatabaseStats(r, r.object(o, {}, "database"), QStringLiteral("database"));
        v.api = readApiStats(r, r.object(o, {}, "api"), QStringLiteral("api"));
        v.memory = readMemoryStats(r, r.object(o, {}, "memory"), QStringLiteral("memory"));
        const QJsonObject system = r.object(o, {}, "system");
        v.system = SystemInfo{r.number(system, QStringLiteral("system"), "uptime"),
                              r.text(system, QStringLiteral("system"), "nodeVersion"),
                              r.text(system, QStringLiteral("system"), "platform")};
        return v;
    });
}

Parsed<DatabaseStats> parseDatabaseStats(const QByteArray &body)
{
    return parseObjectBody<DatabaseStats>(body, readDatabaseStats);
}

Parsed<QList<QueryMetric>> parseSlowQueries(const QByteArray &body)
{
    return parseArrayBody<QueryMetric>(body, readQueryMetric);
}

Parsed<QList<QueryFrequency>> parseFrequency(const QByteArray &body)
{
    return parseArrayBody<QueryFrequency>(body, readFrequency);
}

Parsed<DatabaseInfo> parseDatabaseInfo(const QByteArray &body)
{
    return parseObjectBody<DatabaseInfo>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        DatabaseInfo i;
        i.totalSize = r.text(o, path, "totalSize");
        i.totalSizeBytes = parseSize(i.totalSize);
        i.tableCount = r.integer(o, path, "tableCount");
        i.indexCount = r.integer(o, path, "indexCount");
        i.connectionCount = r.integer(o, path, "connectionCount");
        return i;
    });
}

Parsed<ApiStats> parseApiStats(const QByteArray &body)
{
    return parseObjectBody<ApiStats>(body, readApiStats);
}

Parsed<MemoryStats> parseMemoryStats(const QByteArray &body)
{
    return parseObjectBody<MemoryStats>(body, readMemoryStats);
}

Parsed<PoolStats> parsePoolStats(const QByteArray &body)
{
    return parseObjectBody<PoolStats>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        PoolStats p;
        p.totalConnections = int(r.integer(o, path, "totalConnections"));
        p.idleConnections = int(r.integer(o, path, "idleConnections"));
        p.waitingClients = int(r.integer(o, path, "waitingClients"));
        p.poolSize = int(r.integer(o, path, "poolSize"));
        p.maxConnections = int(r.number(o, path, "maxConnections", p.poolSize));
        const QJsonObject wait = r.object(o, path, "acquireWaitMs");
        p.acquireWaitAvgMs = r.optionalNumber(wait, Reader::join(path, "acquireWaitMs"), "avg");
        p.acquireWaitP95Ms = r.optionalNumber(wait, Reader::join(path, "acquireWaitMs"), "p95");
        return p;
    });
}

Parsed<QList<EndpointPercentiles>> parseEndpoints(const QByteArray &body)
{
    return parseObjectBody<QList<EndpointPercentiles>>(body, [](Reader &r, const QJsonObject &o, const QString &) {
        QList<EndpointPercentiles> list;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = it.key();
            if (!it->isObject()) {
                r.fail(path, QCoreApplication::translate("opsdash::backend", "expected an object"));
                break;
            }
            const QJsonObject e = it->toObject();
            EndpointPercentiles p;
            p.route = it.key();
            p.count = r.integer(e, path, "count");
            p.average = r.number(e, path, "average");
            p.median = r.number(e, path, "median");
            p.p95 = r.number(e, path, "p95");
            p.p99 = r.number(e, path, "p99");
            p.min = r.number(e, path, "min");
            p.max = r.number(e, path, "max");
            if (const auto total = r.optionalNumber(e, path, "totalCount"))
                p.totalCount = qint64(*total);
            if (const auto errors = r.optionalNumber(e, path, "errors"))
                p.errors = qint64(*errors);
            list.append(p);
        }
        return list;
    });
}

Parsed<QList<EndpointBreakdown>> parseEndpointBreakdown(const QByteArray &body)
{
    return parseObjectBody<QList<EndpointBreakdown>>(body, [](Reader &r, const QJsonObject &o, const QString &) {
        QList<EndpointBreakdown> list;
        const auto fraction = [&r](const QJsonObject &x, const QString &path, const char *key) {
            const double v = r.number(x, path, key);
            if (v < 0 || v > 1.000001)
                r.fail(Reader::join(path, key),
                       QCoreApplication::translate("opsdash::backend", "expected a share between 0 and 1"));
            return std::clamp(v, 0.0, 1.0);
        };
        for (auto it = o.begin(); it != o.end() && r.ok(); ++it) {
            const QString path = it.key();
            const QJsonObject e = it->toObject();
            if (!it->isObject())
                r.fail(path, QCoreApplication::translate("opsdash::backend", "expected an object"));
            EndpointBreakdown b;
            b.route = it.key();
            b.requests = r.integer(e, path, "requests");
            b.averageMs = r.number(e, path, "averageMs");
            b.statementsPerRequest = r.number(e, path, "statementsPerRequest");
            const QString sharesPath = Reader::join(path, "shares");
            const QJsonObject shares = r.object(e, path, "shares");
            b.database = fraction(shares, sharesPath, "database");
            b.poolWait = fraction(shares, sharesPath, "poolWait");
            b.cache = fraction(shares, sharesPath, "cache");
            b.handler = fraction(shares, sharesPath, "handler");
            const QJsonArray statements = r.array(e, path, "statements");
            for (qsizetype i = 0; i < statements.size() && r.ok(); ++i) {
                const QString p = Reader::join(path, "statements") + QStringLiteral("[%1]").arg(i);
                const QJsonObject st = statements[i].toObject();
                b.statements.append({r.text(st, p, "query"), r.number(st, p, "callsPerRequest"),
                                     r.number(st, p, "averageMs"), fraction(st, p, "share")});
            }
            list.append(b);
        }
        return list;
    });
}

Parsed<QList<QueueFigures>> parseQueues(const QByteArray &body)
{
    return parseObjectBody<QList<QueueFigures>>(body, [](Reader &r, const QJsonObject &o, const QString &) {
        QList<QueueFigures> list;
        const QJsonArray queues = r.array(o, QString(), "queues");
        for (qsizetype i = 0; i < queues.size() && r.ok(); ++i) {
            const QString path = QStringLiteral("queues[%1]").arg(i);
            const QJsonObject q = queues[i].toObject();
            QueueFigures f;
            f.name = r.text(q, path, "name");
            f.waiting = r.integer(q, path, "waiting");
            f.active = r.integer(q, path, "active");
            f.delayed = r.integer(q, path, "delayed");
            f.completed = r.integer(q, path, "completed");
            f.failed = r.integer(q, path, "failed");
            f.dead = r.integer(q, path, "dead");
            f.throughputPerMin = r.number(q, path, "throughputPerMin");
            const QJsonObject wait = r.object(q, path, "waitMs");
            f.waitP50Ms = r.number(wait, Reader::join(path, "waitMs"), "p50");
            f.waitP95Ms = r.number(wait, Reader::join(path, "waitMs"), "p95");
            const QJsonObject run = r.object(q, path, "runMs");
            f.runP50Ms = r.number(run, Reader::join(path, "runMs"), "p50");
            f.runP95Ms = r.number(run, Reader::join(path, "runMs"), "p95");
            f.workers = int(r.integer(q, path, "workers"));
            f.paused = r.boolean(q, path, "paused");
            if (f.name.isEmpty())
                r.fail(path, QCoreApplication::translate("opsdash::backend", "a queue without a name"));
            list.append(f);
        }
        return list;
    });
}

Parsed<TroubledJobs> parseTroubledJobs(const QByteArray &body)
{
    return parseObjectBody<TroubledJobs>(body, [](Reader &r, const QJsonObject &o, const QString &) {
        TroubledJobs t;
        t.queue = r.text(o, QString(), "queue");
        for (const char *state : {"dead", "retrying"}) {
            const QJsonArray jobs = r.array(o, QString(), state);
            for (qsizetype i = 0; i < jobs.size() && r.ok(); ++i) {
                const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(state)).arg(i);
                const QJsonObject j = jobs[i].toObject();
                QueueJob job;
                job.id = r.text(j, path, "id");
                job.entryId = r.text(j, path, "entryId");
                job.attempts = int(r.integer(j, path, "attempts"));
                job.error = r.text(j, path, "error");
                job.failedAt = QDateTime::fromString(r.text(j, path, "failedAt"), Qt::ISODateWithMs);
                job.retryAt = QDateTime::fromString(r.text(j, path, "retryAt"), Qt::ISODateWithMs);
                job.dead = qstrcmp(state, "dead") == 0;
                t.jobs.append(job);
            }
        }
        return t;
    });
}

Parsed<ReportStatus> parseReport(const QByteArray &body)
{
    return parseObjectBody<ReportStatus>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        ReportStatus s;
        s.id = r.integer(o, path, "id");
        s.eventId = r.integer(o, path, "eventId");
        const QString state = r.text(o, path, "status");
        if (state == u"queued")
            s.state = ReportStatus::State::Queued;
        else if (state == u"running")
            s.state = ReportStatus::State::Running;
        else if (state == u"ready")
            s.state = ReportStatus::State::Ready;
        else if (state == u"failed")
            s.state = ReportStatus::State::Failed;
        else
            r.fail(Reader::join(path, "status"),
                   QCoreApplication::translate("opsdash::backend", "unknown report status \"%1\"").arg(state.left(40)));
        if (const auto rows = r.optionalNumber(o, path, "rows"))
            s.rows = qint64(*rows);
        if (const auto bytes = r.optionalNumber(o, path, "bytes"))
            s.bytes = qint64(*bytes);
        s.error = r.text(o, path, "error");
        s.createdAt = QDateTime::fromString(r.text(o, path, "createdAt"), Qt::ISODateWithMs);
        s.finishedAt = QDateTime::fromString(r.text(o, path, "finishedAt"), Qt::ISODateWithMs);
        if (s.id <= 0)
            r.fail(path, QCoreApplication::translate("opsdash::backend", "a report without an id"));
        return s;
    });
}

Parsed<CacheStats> parseCacheStats(const QByteArray &body)
{
    return parseObjectBody<CacheStats>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        CacheStats c;
        c.hitRate = r.number(o, path, "hitRate");
        c.hits = r.integer(o, path, "hits");
        c.misses = r.integer(o, path, "misses");
        c.totalKeys = r.integer(o, path, "totalKeys");
        // seed 004's sketch sends memoryUsage as "128MB"; eventsd as bytes
        if (o.value(u"memoryUsage").isString())
            c.memoryUsage =
                parseSize(o.value(u"memoryUsage").toString().replace(QLatin1String("MB"), QLatin1String(" MB")))
                    .value_or(0);
        else
            c.memoryUsage = r.integer(o, path, "memoryUsage");
        const QJsonObject levels = r.object(o, path, "levels");
        if (levels.contains(u"l1"))
            c.l1 = readCacheLevel(r, levels.value(u"l1").toObject(), QStringLiteral("levels.l1"));
        if (levels.contains(u"l2"))
            c.l2 = readCacheLevel(r, levels.value(u"l2").toObject(), QStringLiteral("levels.l2"));
        return c;
    });
}

Parsed<HealthStatus> parseHealth(const QByteArray &body)
{
    return parseObjectBody<HealthStatus>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        HealthStatus h;
        h.healthy = r.text(o, path, "status") == QLatin1String("healthy");
        const QJsonObject services = r.object(o, path, "services");
        h.database = r.text(services, QStringLiteral("services"), "database");
        h.redis = r.text(services, QStringLiteral("services"), "redis");
        h.uptimeSeconds = r.number(o, path, "uptime");
        h.version = r.text(o, path, "version");
        return h;
    });
}

Parsed<ActionAnswer> parseActionAnswer(const QByteArray &body)
{
    // NestJS answers an action with its return value, eventsd with {message, …}; an empty body is fine too.
    if (body.trimmed().isEmpty())
        return {ActionAnswer{}, {}};
    return parseObjectBody<ActionAnswer>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        ActionAnswer a;
        if (o.contains(u"message") && !o.value(u"message").isArray())
            a.message = r.text(o, path, "message");
        if (o.contains(u"invalidated"))
            a.invalidated = r.integer(o, path, "invalidated");
        // The queue actions: how many jobs went back into the queue, or were purged.
        for (const char *count : {"retried", "purged"})
            if (o.contains(QLatin1String(count)))
                a.jobs = r.integer(o, path, count);
        return a;
    });
}

Parsed<QString> parseMessage(const QByteArray &body)
{
    return parseObjectBody<QString>(body, [](Reader &r, const QJsonObject &o, const QString &path) {
        // NestJS errors may carry an array of messages (class-validator); join them.
        if (o.value(u"message").isArray()) {
            QStringList parts;
            for (const auto &m : o.value(u"message").toArray())
                parts.append(m.toString());
            return parts.join(QStringLiteral("; "));
        }
        return r.text(o, path, "message");
    });
}

} // namespace opsdash::backend
