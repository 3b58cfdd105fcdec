// What the in-process benchmarks (opsdash-probe, prometheus-probe) share: the profile and secrets of the session
// they watch, from the environment bench/opsdash-bench and bench/prometheus-bench set, and the process's own CPU
// time and memory.
#pragma once

#include "pgconnection.h"
#include "procstatus.h"
#include "profile.h"
#include "session.h"

#include <QCoreApplication>

#include <sys/resource.h>

#include <utility>

namespace opsdash::bench {

/// OPSDASH_BENCH_BACKEND (comma-separated URLs), OPSDASH_TOKEN, OPSDASH_BENCH_DATABASE (conninfo) and
/// OPSDASH_BENCH_PROMETHEUS (a URL, optional), refreshed every `refreshMs`.
inline std::pair<Profile, Secrets> profileFromEnvironment(int refreshMs)
{
    Profile profile;
    profile.name = QStringLiteral("bench");
    for (const QString &url : qEnvironmentVariable("OPSDASH_BENCH_BACKEND").split(u',', Qt::SkipEmptyParts))
        profile.backendUrls.append(QUrl(url));
    profile.auth = Profile::Auth::Token;
    profile.refreshMs = refreshMs;
    profile.prometheusUrl = QUrl(qEnvironmentVariable("OPSDASH_BENCH_PROMETHEUS"));
    Secrets secrets;
    secrets.token = qgetenv("OPSDASH_TOKEN");
    QString error;
    if (const auto db = parseConnInfo(qEnvironmentVariable("OPSDASH_BENCH_DATABASE"), &error)) {
        profile.pgHost = db->host;
        profile.pgPort = db->port;
        profile.pgDatabase = db->database;
        profile.pgUser = db->user;
        secrets.pgPassword = db->password;
    }
    return {profile, secrets};
}

/// User + system CPU seconds of this process so far.
inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// A field of this process's /proc status in KiB ("VmRSS:", "VmHWM:"); -1 when it cannot be read.
inline qint64 statusKb(const char *field)
{
    return testenv::procStatusKiB(QCoreApplication::applicationPid(), field);
}

} // namespace opsdash::bench
