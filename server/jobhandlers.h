#pragma once

#include "eventsapp.h"
#include "jobworker.h"

namespace eventsd {

/// The handler a worker of `queue` runs: the confirmation mail, the badge, the report.
JobHandler jobHandler(JobQueue queue, EventsApp *app);
/// The report queue's handler (reports.cpp, beside the report routes).
QCoro::Task<JobResult> generateReport(EventsApp *app, Job job);

} // namespace eventsd
