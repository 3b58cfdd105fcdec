#pragma once

// The private stack's connection settings, as `scripts/stack env` exports them. Integration tests fail (never
// skip) when they are missing, so a broken stack fails CI loudly.

#include <QProcess>
#include <QString>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace testenv {

inline QString value(const char *name)
{
    return qEnvironmentVariable(name);
}

/// Runs `scripts/stack <command>` (start, stop, …) and says whether it succeeded.
inline bool stack(const QString &command)
{
    QProcess p;
    p.start(QStringLiteral(OPSDASH_SOURCE_DIR "/scripts/stack"), {command});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// A server a test starts (eventsd, a worker, the SMTP sink) gets SIGTERM when the test process dies, even by a
/// crash or an abort that skips the destructors that would stop it: no server outlives its test.
inline void endWithTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
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
