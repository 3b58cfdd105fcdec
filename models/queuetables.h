#pragma once

// The Queues page's tables: each queue's figures, and the jobs that failed (dead, or waiting for a retry).

#include "backendtypes.h"
#include "rowtablemodel.h"
#include "thresholds.h"

namespace opsdash::tables {

enum QueueColumn {
    QueueTitle,
    QueueState,
    QueueWaiting,
    QueueActive,
    QueueDelayed,
    QueueDead,
    QueueThroughput,
    QueueWaitP50,
    QueueWaitP95,
    QueueRunP50,
    QueueRunP95,
    QueueWorkers,
    QueueCompleted,
    QueueFailed,
    QueueColumnCount
};
QList<ColumnSpec> queueColumns();
/// A queue row is Critical with dead jobs or with jobs waiting and no worker (not paused), Warning while paused or
/// over the backlog threshold.
QList<TableRow> queueRows(const QList<QueueFigures> &queues, const Thresholds &thresholds);

enum QueueJobColumn {
    JobQueue,
    JobState,
    JobId,
    JobAttempts,
    JobError,
    JobFailedAt,
    JobRetryAt,
    JobEntry,
    JobColumnCount
};
QList<ColumnSpec> queueJobColumns();
/// Keyed by queue and entry (dead) or job id (retrying); dead rows are Critical.
QList<TableRow> queueJobRows(const QList<TroubledJobs> &troubled);

} // namespace opsdash::tables
