#include "queuetables.h"

#include <QCoreApplication>

namespace opsdash::tables {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::QueueTables)
};

} // namespace

QList<ColumnSpec> queueColumns()
{
    return {
        {Text::tr("Queue"), CellKind::Text},          {Text::tr("State"), CellKind::Text},
        {Text::tr("Waiting"), CellKind::Count},       {Text::tr("Active"), CellKind::Count},
        {Text::tr("Delayed"), CellKind::Count},       {Text::tr("Dead"), CellKind::Count},
        {Text::tr("Jobs/min"), CellKind::Decimal},    {Text::tr("Wait p50"), CellKind::DurationMs},
        {Text::tr("Wait p95"), CellKind::DurationMs}, {Text::tr("Run p50"), CellKind::DurationMs},
        {Text::tr("Run p95"), CellKind::DurationMs},  {Text::tr("Workers"), CellKind::Count},
        {Text::tr("Completed"), CellKind::Count},     {Text::tr("Failed runs"), CellKind::Count},
    };
}

QList<TableRow> queueRows(const QList<QueueFigures> &queues, const Thresholds &thresholds)
{
    QList<TableRow> rows;
    for (const QueueFigures &q : queues) {
        TableRow row;
        row.key = q.name;
        // Jobs waiting and nobody to take them — unless an operator paused the queue: then waiting is expected.
        const bool stranded = !q.paused && q.workers == 0 && q.waiting > 0;
        const QString state = q.paused ? Text::tr("paused")
            : stranded                 ? Text::tr("no worker")
            : q.active > 0             ? Text::tr("working")
                                       : Text::tr("idle");
        row.values = cells<QueueColumn, QueueColumnCount>({{QueueTitle, q.name},
                                                           {QueueState, state},
                                                           {QueueWaiting, q.waiting},
                                                           {QueueActive, q.active},
                                                           {QueueDelayed, q.delayed},
                                                           {QueueDead, q.dead},
                                                           {QueueThroughput, q.throughputPerMin},
                                                           {QueueWaitP50, q.waitP50Ms},
                                                           {QueueWaitP95, q.waitP95Ms},
                                                           {QueueRunP50, q.runP50Ms},
                                                           {QueueRunP95, q.runP95Ms},
                                                           {QueueWorkers, q.workers},
                                                           {QueueCompleted, q.completed},
                                                           {QueueFailed, q.failed}});
        if (q.dead > qint64(thresholds.queueDead) || stranded)
            row.severity = Severity::Critical;
        else if (q.paused || double(q.waiting) > thresholds.queueWaiting)
            row.severity = Severity::Warning;
        rows.append(row);
    }
    return rows;
}

QList<ColumnSpec> queueJobColumns()
{
    return {
        {Text::tr("Queue"), CellKind::Text},        {Text::tr("State"), CellKind::Text},
        {Text::tr("Job"), CellKind::Text},          {Text::tr("Attempts"), CellKind::Count},
        {Text::tr("Error"), CellKind::Text},        {Text::tr("Failed at"), CellKind::DateTime},
        {Text::tr("Retry at"), CellKind::DateTime}, {Text::tr("Entry"), CellKind::Text},
    };
}

QList<TableRow> queueJobRows(const QList<TroubledJobs> &troubled)
{
    QList<TableRow> rows;
    for (const TroubledJobs &t : troubled) {
        for (const QueueJob &job : t.jobs) {
            TableRow row;
            row.key = t.queue + u'/' + (job.dead ? job.entryId : job.id);
            row.values = cells<QueueJobColumn, JobColumnCount>(
                {{JobQueue, t.queue},
                 {JobState, job.dead ? Text::tr("dead") : Text::tr("retrying")},
                 {JobId, job.id},
                 {JobAttempts, job.attempts},
                 {JobError, job.error},
                 {JobFailedAt, job.failedAt.isValid() ? QVariant(job.failedAt) : QVariant()},
                 {JobRetryAt, job.retryAt.isValid() ? QVariant(job.retryAt) : QVariant()},
                 {JobEntry, job.entryId}});
            row.severity = job.dead ? Severity::Critical : Severity::Warning;
            rows.append(row);
        }
    }
    return rows;
}

} // namespace opsdash::tables
