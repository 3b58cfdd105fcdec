#pragma once

namespace opsdash {

/// Thresholds of a profile: the alert rules and the colours of tiles and table rows.
struct Thresholds
{
    double apiP95Ms = 200;
    double dbQueryMs = 100;
    double poolWaiting = 5;
    double heapPercent = 80;
    double cacheHitPercent = 90;
    double errorRatePercent = 1;
    double queueWaiting = 1000; ///< background jobs waiting, all queues
    double queueDead = 0; ///< dead jobs: any is worth a look
    int holdSeconds = 10;
    double sessionLongSeconds = 60; ///< a statement or transaction running longer is highlighted
    double idleInTransactionSeconds = 30; ///< a session idle in a transaction longer is highlighted
    bool operator==(const Thresholds &) const = default;
};

} // namespace opsdash
