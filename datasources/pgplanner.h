#pragma once

#include "pginternalssource.h"

namespace opsdash::planner {

/// EXPLAIN (FORMAT JSON) of `text` on the worker's connection `name`: with `values` for its $n (none: the generic
/// plan), or EXPLAIN ANALYZE in a transaction that is rolled back. Worker thread only.
PgInternalsSource::Explained explain(const QString &name, const PgConnectionParams &params, const QString &text,
                                     const QStringList &values, bool analyze);
/// Index proposals read off `text`, each checked with hypopg: would the planner use it, at what cost.
QList<PgInternalsSource::Advice> advise(const QString &name, const PgConnectionParams &params, const QString &text);

} // namespace opsdash::planner
