#include "querymetrics.h"

#include <QRegularExpression>

#include <algorithm>

namespace eventsd {

QueryMetrics::QueryMetrics(Options options)
    : m_slowThresholdMs(options.slowThresholdMs)
    , m_historySize(options.historySize)
    , m_maxStatements(std::max(1, options.maxStatements))
    , m_keepParameters(options.keepParameters)
{ }

QString QueryMetrics::normalize(const QString &sql)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\d+"));
    static const QRegularExpression number(QStringLiteral("\\b\\d+\\b"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString out = sql;
    out.replace(placeholder, QStringLiteral("$?"));
    out.replace(number, QStringLiteral("?"));
    out.replace(whitespace, QStringLiteral(" "));
    return out.trimmed().toLower();
}

QString QueryMetrics::record(const QString &sql, const QStringList &parameters, double durationMs, bool ok)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString collapsed = sql;
    collapsed.replace(whitespace, QStringLiteral(" "));
    collapsed = collapsed.trimmed();
    QString key = normalize(sql);

    // Parameters are names and e-mails: kept only when asked for, else only how many there were.
    const QStringList kept = m_keepParameters ? parameters : QStringList(parameters.size(), QStringLiteral("?"));

    QMutexLocker lock(&m_mutex);
    const bool slow = durationMs > m_slowThresholdMs;
    m_history.push_back(Sample{collapsed, durationMs, QDateTime::currentDateTimeUtc(), kept, slow});
    while (m_history.size() > m_historySize)
        m_history.pop_front();
    auto it = m_byStatement.find(key);
    if (it == m_byStatement.end()) {
        if (m_byStatement.size() >= m_maxStatements) {
            // Full: the least recently used statement (never "other" itself) goes into "other".
            auto oldest = m_byStatement.end();
            for (auto s = m_byStatement.begin(); s != m_byStatement.end(); ++s)
                if (s.key() != otherStatement() && (oldest == m_byStatement.end() || s->lastUsed < oldest->lastUsed))
                    oldest = s;
            if (oldest != m_byStatement.end()) {
                const Aggregate gone = *oldest;
                m_byStatement.erase(oldest);
                Aggregate &other = m_byStatement[otherStatement()];
                other.count += gone.count;
                other.totalMs += gone.totalMs;
                other.maxMs = std::max(other.maxMs, gone.maxMs);
                other.slowCount += gone.slowCount;
                other.errors += gone.errors;
            }
        }
        it = m_byStatement.insert(key, Aggregate{});
    }
    Aggregate &agg = *it;
    agg.lastUsed = ++m_clock;
    ++agg.count;
    agg.totalMs += durationMs;
    agg.maxMs = std::max(agg.maxMs, durationMs);
    if (slow)
        ++agg.slowCount;
    if (!ok)
        ++agg.errors;
    ++m_total;
    m_totalMs += durationMs;
    if (slow)
        ++m_slow;
    return key;
}

void QueryMetrics::clear()
{
    QMutexLocker lock(&m_mutex);
    m_history.clear();
    m_byStatement.clear();
    m_total = 0;
    m_slow = 0;
    m_totalMs = 0;
}

void QueryMetrics::setSlowThresholdMs(double ms)
{
    QMutexLocker lock(&m_mutex);
    m_slowThresholdMs = ms;
}

double QueryMetrics::slowThresholdMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_slowThresholdMs;
}

QJsonObject QueryMetrics::sampleJson(const Sample &sample)
{
    return {{QStringLiteral("query"), sample.query},
            {QStringLiteral("duration"), sample.durationMs},
            {QStringLiteral("timestamp"), sample.timestamp.toString(Qt::ISODateWithMs)},
            {QStringLiteral("parameters"), QJsonArray::fromStringList(sample.parameters)},
            {QStringLiteral("slowQuery"), sample.slow}};
}

QList<QueryMetrics::Sample> QueryMetrics::slowestLocked(int limit) const
{
    QList<Sample> slow;
    for (const Sample &s : m_history)
        if (s.slow)
            slow.append(s);
    std::sort(slow.begin(), slow.end(), [](const Sample &a, const Sample &b) { return a.durationMs > b.durationMs; });
    if (slow.size() > limit)
        slow.resize(limit);
    return slow;
}

QJsonObject QueryMetrics::statsJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray slowest;
    for (const Sample &s : slowestLocked(10))
        slowest.append(sampleJson(s));
    QJsonObject frequency;
    for (auto it = m_byStatement.cbegin(); it != m_byStatement.cend(); ++it)
        frequency.insert(it.key(), it->count);
    return {{QStringLiteral("totalQueries"), m_total},
            {QStringLiteral("slowQueries"), m_slow},
            {QStringLiteral("averageResponseTime"), m_total > 0 ? m_totalMs / double(m_total) : 0.0},
            {QStringLiteral("slowestQueries"), slowest},
            {QStringLiteral("queryFrequency"), frequency}};
}

QJsonArray QueryMetrics::slowQueriesJson(int limit) const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray out;
    for (const Sample &s : slowestLocked(limit))
        out.append(sampleJson(s));
    return out;
}

QJsonArray QueryMetrics::frequencyJson() const
{
    QMutexLocker lock(&m_mutex);
    QList<std::pair<QString, Aggregate>> rows;
    rows.reserve(m_byStatement.size());
    for (auto it = m_byStatement.cbegin(); it != m_byStatement.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second.count != b.second.count ? a.second.count > b.second.count : a.first < b.first;
    });
    QJsonArray out;
    for (const auto &[query, agg] : rows)
        out.append(QJsonObject{{QStringLiteral("query"), query},
                               {QStringLiteral("count"), agg.count},
                               {QStringLiteral("avgDuration"), agg.totalMs / double(agg.count)},
                               {QStringLiteral("maxDuration"), agg.maxMs},
                               {QStringLiteral("slowCount"), agg.slowCount}});
    return out;
}

QHash<QString, QueryMetrics::Aggregate> QueryMetrics::aggregates() const
{
    QMutexLocker lock(&m_mutex);
    return m_byStatement;
}

} // namespace eventsd
