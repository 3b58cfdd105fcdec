#include "requestcost.h"

namespace eventsd {

void RequestCost::addStatement(const QString &normalizedSql, double ms)
{
    std::lock_guard lock(m_mutex);
    m_totals.databaseMs += ms;
    addBounded(m_totals.statements, normalizedSql, 1, ms, maxStatements);
}

void RequestCost::addBounded(QHash<QString, Statement> &statements, const QString &key, qint64 calls, double ms,
                             qsizetype limit)
{
    Statement &s = statements[statements.contains(key) || statements.size() < limit ? key : QStringLiteral("other")];
    s.calls += calls;
    s.ms += ms;
}

void RequestCost::addPoolWait(double ms)
{
    std::lock_guard lock(m_mutex);
    m_totals.poolWaitMs += ms;
}

void RequestCost::addCache(double ms)
{
    std::lock_guard lock(m_mutex);
    m_totals.cacheMs += ms;
}

RequestCost::Totals RequestCost::totals() const
{
    std::lock_guard lock(m_mutex);
    return m_totals;
}

RequestCost *&RequestCost::current()
{
    thread_local RequestCost *cost = nullptr;
    return cost;
}

} // namespace eventsd
