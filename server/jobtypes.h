#pragma once

// The background queues' names and settings (seed 000's QueueService), apart from the engine so the settings
// can name them.

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace eventsd {

enum class JobQueue { Email, Badge, Report };

inline constexpr std::array<JobQueue, 3> allJobQueues{JobQueue::Email, JobQueue::Badge, JobQueue::Report};

/// The queue's name in keys, routes and metrics: seed 000's "email", "badge-generation", "report-generation".
QByteArray jobQueueName(JobQueue queue);
std::optional<JobQueue> jobQueueFromName(QStringView name);

/// Per queue, seed 000's defaults: email 5 at a time, 3 attempts, exponential backoff; badges 3 and 2;
/// reports one at a time, one attempt, 5 s delay.
struct QueueSettings
{
    int concurrency = 1; ///< jobs of this queue one process runs at once
    int attempts = 1; ///< runs before a job is dead
    int backoffMs = 1000; ///< the first retry waits this, each next one twice as long
    int delayMs = 0; ///< a new job waits this before it may run
};

struct JobSettings
{
    QList<JobQueue> queues{allJobQueues.begin(), allJobQueues.end()}; ///< the queues this process works on
    std::array<QueueSettings, 3> queue{{{5, 3, 1000, 0}, {3, 2, 2000, 0}, {1, 1, 5000, 5000}}};
    int claimIdleMs = 60'000; ///< a job delivered this long ago and not finished is taken over by another worker
    int timeoutMs = 120'000; ///< a job running longer fails (and is retried)
    QString mailSpool; ///< with no SMTP URL: confirmations are written here as .eml files
    QString smtpUrl; ///< smtp:// or smtps:// (user:password@ allowed); set: confirmations are sent
    QString mailFrom = QStringLiteral("eventsd <eventsd@localhost>");

    const QueueSettings &of(JobQueue q) const { return queue[std::size_t(q)]; }
};

} // namespace eventsd
