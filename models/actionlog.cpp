#include "actionlog.h"

#include "tables.h"

namespace opsdash {

ActionLog::ActionLog(QObject *parent)
    : QObject(parent)
    , m_model(tables::actionColumns())
{ }

QString ActionLog::nextId()
{
    return QStringLiteral("action-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_serial);
}

void ActionLog::record(const ActionRecord &r)
{
    TableRow row;
    row.key = r.id;
    row.values = cells<tables::ActionColumn, tables::ActionColumnCount>(
        {{tables::ActionTime, r.time},
         {tables::ActionProfile, r.profile},
         {tables::ActionInstance, r.instance},
         {tables::ActionName, r.name},
         {tables::ActionParameters, r.parameters.isEmpty() ? QVariant() : QVariant(r.parameters)},
         {tables::ActionResult, r.finished ? QVariant(r.result) : QVariant(tr("running…"))},
         {tables::ActionBefore, r.before.isEmpty() ? QVariant() : QVariant(r.before)},
         {tables::ActionAfter, r.after.isEmpty() ? QVariant() : QVariant(r.after)}});
    row.severity = r.finished && !r.ok ? Severity::Critical : Severity::Normal;
    m_model.upsertRow(row);
    Q_EMIT recorded(r);
}

} // namespace opsdash
