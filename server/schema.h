#pragma once

#include <QString>

namespace pg {
class Connection;
}

namespace eventsd {

/// Migration 4's SQL (schemafigures.cpp): seat shards and the per-event tallies with their triggers.
extern const char *const figuresMigrationSql;

/// Applies the pending migrations under an advisory lock (several instances may start at once), each in its own
/// transaction. Returns the schema version reached. Throws pg::Error.
int migrate(pg::Connection &conn);

/// Replaces all data with a generated season: `events` events holding exactly `registrations` registrations
/// (with payments), skewed so some events are full and some nearly empty, plus the sample accounts README lists.
/// Server-side with generate_series; deterministic for given sizes. Throws pg::Error.
struct SampleDataSummary
{
    qint64 users = 0, events = 0, registrations = 0, transactions = 0;
    double seconds = 0;
};
SampleDataSummary generateSampleData(pg::Connection &conn, int events, qint64 registrations);

} // namespace eventsd
