#pragma once

// Connection parameters for the stack's PostgreSQL, as `scripts/stack env` exports them.

#include "pgconnection.h"
#include "stackenv.h"

namespace testenv {

/// The monitoring role on `databaseVar`'s database (OPSDASH_PG_TEST_DATABASE unless told otherwise).
inline opsdash::PgConnectionParams monitorParams(const char *databaseVar = "OPSDASH_PG_TEST_DATABASE")
{
    opsdash::PgConnectionParams p;
    p.host = value("OPSDASH_PG_HOST");
    p.port = value("OPSDASH_PG_PORT").toInt();
    p.database = value(databaseVar);
    p.user = value("OPSDASH_PG_MONITOR_USER");
    p.password = value("OPSDASH_PG_MONITOR_PASSWORD");
    return p;
}

} // namespace testenv
