#include "requestcost.h"

namespace eventsd {

void RequestCost::addStatement(const QString &normalizedSql, double ms)
{
    std::lock_guard lock(m_mutex);
    m_totals.databaseMs += ms;
    const bool known = m_totals.statements.contains(normalizedSql);
    Statement &s =
        m_totals
            .statements[known || m_totals.statements.size() < maxStatements ? normalizedSql : QStringLiteral("other")];
    ++s.calls;
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
