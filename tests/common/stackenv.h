#pragma once

// The private stack's connection settings, as `scripts/stack env` exports them. Integration tests fail (never
// skip) when they are missing, so a broken stack fails CI loudly.

#include <QString>
#include <QTest>

namespace testenv {

inline QString value(const char *name)
{
    return qEnvironmentVariable(name);
}

inline bool haveStack()
{
    return !qEnvironmentVariableIsEmpty("OPSDASH_PG_PORT") && !qEnvironmentVariableIsEmpty("OPSDASH_REDIS_PORT");
}

} // namespace testenv

#define REQUIRE_STACK()                                                                                                \
    do {                                                                                                               \
        if (!testenv::haveStack())                                                                                     \
            QFAIL("OPSDASH_PG_PORT/OPSDASH_REDIS_PORT are not set: run ./scripts/test, or "                            \
                  "eval \"$(scripts/stack env)\" after scripts/stack start");                                          \
    } while (false)
