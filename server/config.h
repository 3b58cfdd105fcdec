#pragma once

#include "jobtypes.h"
#include "ratelimiter.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace eventsd {

/// eventsd's settings. Each comes, in rising precedence, from its default, the INI file named by --config, the
/// environment (EVENTSD_<NAME>) and the command line (--<name>).
struct Config
{
    quint16 port = 3000;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    QString databaseUrl; ///< libpq connection string or URI
    QString redisUrl; ///< redis://host:port[/db]
    QString instanceId; ///< names this instance in logs, metrics and cache broadcasts
    QString cacheNamespace = QStringLiteral("eventsd"); ///< prefix of every Redis key and channel
    int cacheListPages = 256; ///< distinct event-list pages cached at once per instance
    int poolSize = 10;
    int acquireTimeoutMs = 5000;
    double slowQueryMs = 100; ///< statements slower than this count as slow
    bool slowQueryParameters = false; ///< serve statement parameters (personal data) in slow-query metrics
    int maxStatements = 500; ///< distinct normalized statements in the metrics; the rest merge into "other"
    double slowRequestMs = 200; ///< requests slower than this count as slow
    qint64 maxBodyBytes = 1 << 20; ///< larger request bodies get 413
    qint64 maxBatchBodyBytes = 16 << 20; ///< the batch import's own body limit
    int maxRequestLineBytes = 8 * 1024; ///< longer request lines get 414
    int maxHeaderBytes = 32 * 1024; ///< larger header sections get 431
    int maxHeaderFields = 100; ///< more header fields get 431
    int headerTimeoutMs = 10'000; ///< a request's header must be in within this (408)
    int bodyTimeoutMs = 10'000; ///< longest pause inside a request body (408)
    int keepAliveTimeoutMs = 30'000; ///< idle connections are closed after this
    int parkIdleAfterMs = 1000; ///< idle keep-alive connections leave the event loop after this (0: never)
    int writeTimeoutMs = 30'000; ///< a client must take its answer (or make progress on a stream) within this
    int maxConnections = 1024; ///< beyond: 503 and close
    int maxConnectionsPerAddress = 128; ///< per client address (IPv6: per /64)
    int loginThreads = 2; ///< threads that hash passwords, apart from everything else
    int loginQueue = 32; ///< log-ins waiting for them at most; beyond: 503 + Retry-After
    int maxExports = 4; ///< concurrent CSV exports; beyond: 503 + Retry-After
    qint64 exportSpoolBytes = qint64(1) << 30; ///< per export, what may wait on disk for a slow client
    QByteArray tokenSecret; ///< HS256 key; instances behind one balancer must share it
    int tokenLifetimeSeconds = 3600;
    double rateLimit = 200; ///< requests per second per client network without a valid token; 0 turns it off
    double rateBurst = 400;
    double tokenRateLimit = 500; ///< requests per second per token subject; 0 turns it off
    double tokenRateBurst = 1000;
    double monitoringRateLimit = 100; ///< an operator's /performance/* and /metrics, per subject, a budget apart
    double monitoringRateBurst = 300;
    TrustedProxies trustedProxies; ///< X-Forwarded-For is believed only from these

    JobSettings jobs; ///< background queues: which this process works on, their settings, mail
    bool workerOnly = false; ///< `--worker`: work the queues, serve no HTTP

    /// `--sample-data [--events N] [--registrations M]`: generate a season and exit.
    bool sampleData = false;
    int sampleEvents = 120;
    qint64 sampleRegistrations = 1'000'000;

    /// Parses `arguments` (argv, program name first) over `environment`. On bad input returns nullopt and sets
    /// `error` to a sentence naming the setting and where it came from. `--help` and `--version` print and set
    /// `exitNow`.
    static std::optional<Config> load(const QStringList &arguments, const QProcessEnvironment &environment,
                                      QString *error, bool *exitNow = nullptr);

    /// The settings as `name = value` lines with secrets masked, for the startup log.
    QString describe() const;
};

} // namespace eventsd
