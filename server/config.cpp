#include "config.h"

#include "mail.h"
#include "redisurl.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

namespace eventsd {

namespace {

struct Key
{
    const char *name; ///< flag name, INI key, and (upper-cased, '-' -> '_',
                      ///< prefixed EVENTSD_) environment name
    const char *description;
    const char *valueName;
};

constexpr Key keys[] = {
    {"port", "TCP port to listen on (default 3000).", "port"},
    {"listen", "Address to listen on (default 127.0.0.1).", "address"},
    {"database-url", "PostgreSQL connection URI or conninfo string.", "url"},
    {"redis-url", "Redis URL, redis://host:port[/db].", "url"},
    {"instance-id", "Name of this instance (default host:port).", "id"},
    {"cache-namespace",
     "Prefix of every Redis key and channel eventsd uses; invalidation never reaches past it (default eventsd).",
     "name"},
    {"cache-list-pages", "Distinct event-list pages cached at once; other pages are read uncached (default 256).", "n"},
    {"pool-size", "Database connections (default 10).", "n"},
    {"acquire-timeout-ms", "Longest wait for a database connection before 503 (default 5000).", "ms"},
    {"slow-query-ms", "Statements slower than this are slow queries (default 100).", "ms"},
    {"slow-query-parameters",
     "Serve statement parameters (names, e-mails) in slow-query metrics: true or false (default false).", "bool"},
    {"max-statements",
     "Distinct statements in the metrics; the least recently used merge into \"other\" (default 500).", "n"},
    {"slow-request-ms", "Requests slower than this are slow requests (default 200).", "ms"},
    {"max-body-bytes", "Largest request body accepted (default 1048576); larger: 413.", "bytes"},
    {"max-batch-body-bytes", "Largest body of a batch registration import (default 16777216).", "bytes"},
    {"max-request-line-bytes", "Longest request line (default 8192); longer: 414.", "bytes"},
    {"max-header-bytes", "Largest request header section (default 32768); larger: 431.", "bytes"},
    {"max-header-fields", "Most request header fields (default 100); more: 431.", "n"},
    {"header-timeout-ms", "Time for a request's header to arrive (default 10000); then 408.", "ms"},
    {"body-timeout-ms", "Longest pause while a request body arrives (default 10000); then 408.", "ms"},
    {"keepalive-timeout-ms", "Idle keep-alive connections are closed after this (default 30000).", "ms"},
    {"park-idle-after-ms",
     "Idle keep-alive connections wait outside the event loop (epoll) after this, so they cost other requests "
     "nothing; 0 = never (default 1000).",
     "ms"},
    {"write-timeout-ms", "Time a client has to take its answer, or to take more of a stream (default 30000); then cut.",
     "ms"},
    {"max-connections", "Open connections at most (default 1024); beyond: 503 and close.", "n"},
    {"max-connections-per-address", "Open connections per client address, IPv6 per /64 (default 128).", "n"},
    {"login-threads", "Threads that check passwords, apart from all other work (default 2).", "n"},
    {"login-queue", "Log-ins that may wait for those threads (default 32); beyond: 503 with Retry-After.", "n"},
    {"max-exports", "Concurrent CSV exports (default 4); beyond: 503 with Retry-After.", "n"},
    {"export-spool-bytes",
     "Per export, how much CSV may wait on disk for a slow client, so the database is free at once "
     "(default 1073741824).",
     "bytes"},
    {"token-secret", "HS256 secret for access tokens; share it between instances (default: random per start).",
     "secret"},
    {"token-lifetime", "Access token lifetime in seconds (default 3600).", "seconds"},
    {"rate-limit", "Requests per second per client network (IPv6 /64) without a valid token; 0 = off (default 200).",
     "rps"},
    {"rate-burst", "Burst allowed per client network (default 400).", "n"},
    {"token-rate-limit", "Requests per second per token subject; 0 = off (default 500).", "rps"},
    {"token-rate-burst", "Burst allowed per token subject (default 1000).", "n"},
    {"monitoring-rate-limit",
     "Requests per second per operator to /performance/* and /metrics, a budget apart from all other load; 0 = off "
     "(default 100).",
     "rps"},
    {"monitoring-rate-burst", "Burst allowed per operator for monitoring (default 300).", "n"},
    {"queues",
     "Background queues this process works on: all, none, or a comma-separated list of email, badge-generation, "
     "report-generation (default all).",
     "list"},
    {"email-concurrency", "Confirmation mails one process sends at once (default 5).", "n"},
    {"email-attempts", "Runs of a confirmation mail before it is dead (default 3).", "n"},
    {"email-backoff-ms", "Wait before a mail's first retry; doubled for each next one (default 1000).", "ms"},
    {"badge-concurrency", "Badges one process renders at once (default 3).", "n"},
    {"badge-attempts", "Runs of a badge before it is dead (default 2).", "n"},
    {"badge-backoff-ms", "Wait before a badge's first retry; doubled for each next one (default 2000).", "ms"},
    {"report-concurrency", "Reports one process builds at once (default 1).", "n"},
    {"report-attempts", "Runs of a report before it is dead (default 1).", "n"},
    {"report-backoff-ms", "Wait before a report's first retry; doubled for each next one (default 5000).", "ms"},
    {"report-delay-ms", "A requested report waits this before it is built (default 5000).", "ms"},
    {"job-claim-ms",
     "A job unfinished this long after its worker took it is taken over by another worker (default 60000).", "ms"},
    {"mail-spool", "Directory the confirmation mails are written to as .eml files when no smtp-url is set.", "dir"},
    {"smtp-url",
     "SMTP server for confirmation mails: smtp://host:port or smtps://user:password@host (certificates are "
     "verified).",
     "url"},
    {"mail-from", "Sender of confirmation mails (default \"eventsd <eventsd@localhost>\").", "mailbox"},
    {"trusted-proxies",
     "Addresses or subnets (comma separated) whose X-Forwarded-For names the client; from others it is ignored "
     "(default none).",
     "list"},
};

QString envName(const char *name)
{
    return u"EVENTSD_" + QString::fromLatin1(name).toUpper().replace(u'-', u'_');
}

// The known keys of INI file `file` into `values` (and where each came from into `origin`); false with `error`
// set for a file QSettings cannot read or a key eventsd does not know (a misspelt key would otherwise leave its
// setting at the default without a word).
bool readConfigFile(const QString &file, QHash<QString, QString> *values, QHash<QString, QString> *origin,
                    QString *error)
{
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("config file %1 is not a valid INI file").arg(file);
        return false;
    }
    const QStringList present = ini.allKeys();
    for (const QString &name : present) {
        if (std::none_of(std::begin(keys), std::end(keys),
                         [&](const Key &key) { return name == QLatin1String(key.name); })) {
            *error = QStringLiteral("unknown key \"%1\" in config file %2 (eventsd --help lists them)").arg(name, file);
            return false;
        }
    }
    for (const Key &key : keys) {
        const QString name = QString::fromLatin1(key.name);
        if (ini.contains(name)) {
            values->insert(name, ini.value(name).toString());
            origin->insert(name, QStringLiteral("config file %1").arg(file));
        }
    }
    return true;
}

// Masks the password of a URI (scheme://user:pw@host) or of a conninfo string
// (password=pw).
QString maskPassword(const QString &url)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (url.contains(QLatin1String("://")) && parsed.isValid()) {
        if (!parsed.password().isEmpty())
            parsed.setPassword(QStringLiteral("***"));
        // libpq takes any connection parameter in the query too: ?password=…, and ?sslpassword=… for a key.
        QUrlQuery query(parsed);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items) {
            if (name.contains(QLatin1String("pass"), Qt::CaseInsensitive) ||
                name.contains(QLatin1String("secret"), Qt::CaseInsensitive) ||
                name.contains(QLatin1String("token"), Qt::CaseInsensitive)) {
                query.removeAllQueryItems(name);
                query.addQueryItem(name, QStringLiteral("***"));
            }
        }
        parsed.setQuery(query);
        return parsed.toString();
    }
    static const QRegularExpression conninfoPassword(QStringLiteral(R"(password\s*=\s*('(\\.|[^'])*'|\S+))"));
    QString masked = url;
    masked.replace(conninfoPassword, QStringLiteral("password=***"));
    return masked;
}

/// The settings given as text, into `config`; on the first that is wrong, its name in `name` and why.
std::optional<QString> applyTextSettings(const QHash<QString, QString> &values, Config &config, QString *name)
{
    auto wrong = [name](const char *setting, const QString &why) {
        *name = QString::fromLatin1(setting);
        return std::optional<QString>(why);
    };
    if (values.contains(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = values[QStringLiteral("port")].toUInt(&ok);
        if (!ok || port > 65535)
            return wrong("port", QStringLiteral("not a port number: %1").arg(values[QStringLiteral("port")]));
        config.port = quint16(port);
    }
    if (values.contains(QStringLiteral("listen")) && !config.listenAddress.setAddress(values[QStringLiteral("listen")]))
        return wrong("listen", QStringLiteral("not an IP address: %1").arg(values[QStringLiteral("listen")]));
    config.tokenSecret = values.value(QStringLiteral("token-secret")).toUtf8();
    if (!config.tokenSecret.isEmpty() && config.tokenSecret.size() < 16)
        return wrong("token-secret", QStringLiteral("use at least 16 characters"));
    config.databaseUrl = values.value(QStringLiteral("database-url"));
    if (config.databaseUrl.isEmpty())
        return wrong("database-url", QStringLiteral("required (e.g. postgresql://user:pw@host:5432/db)"));
    config.redisUrl = values.value(QStringLiteral("redis-url"), QStringLiteral("redis://127.0.0.1:6379/0"));
    if (values.contains(QStringLiteral("slow-query-parameters"))) {
        const QString v = values.value(QStringLiteral("slow-query-parameters")).toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return wrong("slow-query-parameters", QStringLiteral("true or false"));
        config.slowQueryParameters = v == QLatin1String("true");
    }
    QString why;
    const auto proxies = TrustedProxies::parse(values.value(QStringLiteral("trusted-proxies")), &why);
    if (!proxies)
        return wrong("trusted-proxies", why);
    config.trustedProxies = *proxies;
    if (const QString queues = values.value(QStringLiteral("queues")).trimmed(); !queues.isEmpty()) {
        config.jobs.queues.clear();
        if (queues != QLatin1String("all") && queues != QLatin1String("none")) {
            for (const QString &name : queues.split(u',', Qt::SkipEmptyParts)) {
                const auto queue = jobQueueFromName(name.trimmed());
                if (!queue)
                    return wrong(
                        "queues",
                        QStringLiteral("no queue %1 (email, badge-generation, report-generation)").arg(name.trimmed()));
                if (!config.jobs.queues.contains(*queue))
                    config.jobs.queues.append(*queue);
            }
        } else if (queues == QLatin1String("all")) {
            config.jobs.queues = {allJobQueues.begin(), allJobQueues.end()};
        }
    }
    config.jobs.mailSpool = values.value(QStringLiteral("mail-spool"));
    config.jobs.smtpUrl = values.value(QStringLiteral("smtp-url"));
    if (!config.jobs.smtpUrl.isEmpty() && !config.jobs.smtpUrl.startsWith(QLatin1String("smtp://")) &&
        !config.jobs.smtpUrl.startsWith(QLatin1String("smtps://")))
        return wrong("smtp-url", QStringLiteral("use smtp://host:port or smtps://host:port"));
    config.jobs.mailFrom = values.value(QStringLiteral("mail-from"), config.jobs.mailFrom);
    if (!mail::Mailbox::parse(config.jobs.mailFrom))
        return wrong("mail-from", QStringLiteral("use an address, or a name and an address in angle brackets"));
    if (QString bad; !RedisEndpoint::parse(config.redisUrl, &bad))
        return wrong("redis-url", bad);
    config.cacheNamespace = values.value(QStringLiteral("cache-namespace"), config.cacheNamespace);
    static const QRegularExpression namespaceChars(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!namespaceChars.match(config.cacheNamespace).hasMatch())
        return wrong("cache-namespace", QStringLiteral("use 1 to 64 of A-Z a-z 0-9 _ . -"));
    return std::nullopt;
}

/// Each queue's concurrency, attempts, backoff (and the report's delay) through `number`.
template<typename Number>
bool queueNumbers(Number &number, JobSettings &jobs)
{
    auto &email = jobs.queue[std::size_t(JobQueue::Email)];
    auto &badge = jobs.queue[std::size_t(JobQueue::Badge)];
    auto &report = jobs.queue[std::size_t(JobQueue::Report)];
    return number("email-concurrency", 1, 1000, email.concurrency) &&
        number("email-attempts", 1, 100, email.attempts) &&
        number("email-backoff-ms", 0, 86'400'000, email.backoffMs) &&
        number("badge-concurrency", 1, 1000, badge.concurrency) && number("badge-attempts", 1, 100, badge.attempts) &&
        number("badge-backoff-ms", 0, 86'400'000, badge.backoffMs) &&
        number("report-concurrency", 1, 100, report.concurrency) &&
        number("report-attempts", 1, 100, report.attempts) &&
        number("report-backoff-ms", 0, 86'400'000, report.backoffMs) &&
        number("report-delay-ms", 0, 86'400'000, report.delayMs);
}

} // namespace

std::optional<Config> Config::load(const QStringList &arguments, const QProcessEnvironment &environment, QString *error,
                                   bool *exitNow)
{
    if (exitNow)
        *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("eventsd: events-registration backend with a performance API"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("INI file with settings."),
                                          QStringLiteral("file"));
    parser.addOption(configOption);
    const QCommandLineOption sampleDataOption(QStringLiteral("sample-data"),
                                              QStringLiteral("Replace all data with a generated season, then exit."));
    const QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("With --sample-data: events (default 120)."), QStringLiteral("n"));
    const QCommandLineOption registrationsOption(QStringLiteral("registrations"),
                                                 QStringLiteral("With --sample-data: registrations (default 1000000)."),
                                                 QStringLiteral("n"));
    const QCommandLineOption workerOption(
        QStringLiteral("worker"),
        QStringLiteral("Work the background queues (see --queues) and serve no HTTP; run as many as the work needs."));
    parser.addOptions({sampleDataOption, eventsOption, registrationsOption, workerOption});
    for (const Key &key : keys)
        parser.addOption(QCommandLineOption(QString::fromLatin1(key.name), QString::fromLatin1(key.description),
                                            QString::fromLatin1(key.valueName)));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        std::fputs(
            qPrintable(parser.isSet(helpOption) ? parser.helpText() : QStringLiteral("eventsd " OPSDASH_VERSION "\n")),
            stdout);
        if (exitNow)
            *exitNow = true;
        return std::nullopt;
    }

    // Later sources override earlier ones; `origin` remembers where each value
    // came from for error messages.
    QHash<QString, QString> values;
    QHash<QString, QString> origin;
    if (parser.isSet(configOption)) {
        const QString file = parser.value(configOption);
        if (!QFileInfo(file).isReadable()) {
            *error = QStringLiteral("cannot read config file %1").arg(file);
            return std::nullopt;
        }
        if (!readConfigFile(file, &values, &origin, error))
            return std::nullopt;
    }
    for (const Key &key : keys) {
        const QString name = QString::fromLatin1(key.name);
        if (environment.contains(envName(key.name))) {
            values[name] = environment.value(envName(key.name));
            origin[name] = QStringLiteral("environment %1").arg(envName(key.name));
        }
        if (parser.isSet(name)) {
            values[name] = parser.value(name);
            origin[name] = QStringLiteral("--%1").arg(name);
        }
    }

    Config config;
    auto fail = [&](const QString &name, const QString &why) {
        *error = QStringLiteral("%1 (from %2): %3").arg(name, origin.value(name), why);
        return std::nullopt;
    };
    for (const QCommandLineOption &option : {eventsOption, registrationsOption}) {
        const QString name = option.names().constFirst();
        if (parser.isSet(option)) {
            values[name] = parser.value(option);
            origin[name] = u"--" + name;
        }
    }
    // Numbers with their allowed range; the error names the setting, its source and the range.
    auto number = [&](const char *name, double min, double max, auto &target) -> bool {
        const QString key = QString::fromLatin1(name);
        if (!values.contains(key))
            return true;
        bool ok = false;
        const double v = values[key].toDouble(&ok);
        if (!ok || v < min || v > max) {
            *error = QStringLiteral("%1 (from %2): not a number in [%3, %4]: %5")
                         .arg(key, origin.value(key), QString::number(min), QString::number(max), values[key]);
            return false;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(v);
        return true;
    };
    if (!number("pool-size", 1, 500, config.poolSize) ||
        !number("acquire-timeout-ms", 1, 600000, config.acquireTimeoutMs) ||
        !number("slow-query-ms", 0, 3600000, config.slowQueryMs) ||
        !number("slow-request-ms", 0, 3600000, config.slowRequestMs) ||
        !number("max-body-bytes", 1024, 1 << 30, config.maxBodyBytes) ||
        !number("max-batch-body-bytes", 1024, 1 << 30, config.maxBatchBodyBytes) ||
        !number("max-request-line-bytes", 256, 1 << 20, config.maxRequestLineBytes) ||
        !number("max-header-bytes", 1024, 1 << 24, config.maxHeaderBytes) ||
        !number("max-header-fields", 8, 10000, config.maxHeaderFields) ||
        !number("header-timeout-ms", 100, 3600000, config.headerTimeoutMs) ||
        !number("body-timeout-ms", 100, 3600000, config.bodyTimeoutMs) ||
        !number("keepalive-timeout-ms", 100, 3600000, config.keepAliveTimeoutMs) ||
        !number("park-idle-after-ms", 0, 3600000, config.parkIdleAfterMs) ||
        !number("write-timeout-ms", 100, 3600000, config.writeTimeoutMs) ||
        !number("max-connections", 1, 1'000'000, config.maxConnections) ||
        !number("max-connections-per-address", 1, 1'000'000, config.maxConnectionsPerAddress) ||
        !number("max-exports", 1, 1000, config.maxExports) ||
        !number("max-statements", 10, 100000, config.maxStatements) ||
        !number("cache-list-pages", 0, 1'000'000, config.cacheListPages) ||
        !number("login-threads", 1, 64, config.loginThreads) || !number("login-queue", 1, 100000, config.loginQueue) ||
        !number("export-spool-bytes", 0, 1e15, config.exportSpoolBytes) ||
        !number("token-lifetime", 60, 30 * 86400, config.tokenLifetimeSeconds) ||
        !number("rate-limit", 0, 1e7, config.rateLimit) || !number("rate-burst", 1, 1e7, config.rateBurst) ||
        !number("token-rate-limit", 0, 1e7, config.tokenRateLimit) ||
        !number("token-rate-burst", 1, 1e7, config.tokenRateBurst) ||
        !number("monitoring-rate-limit", 0, 1e7, config.monitoringRateLimit) ||
        !number("monitoring-rate-burst", 1, 1e7, config.monitoringRateBurst) || !queueNumbers(number, config.jobs) ||
        !number("job-claim-ms", 1000, 86'400'000, config.jobs.claimIdleMs) ||
        !number("events", 1, 100000, config.sampleEvents) ||
        !number("registrations", 0, 100'000'000, config.sampleRegistrations))
        return std::nullopt;
    config.sampleData = parser.isSet(sampleDataOption);
    config.workerOnly = parser.isSet(workerOption);
    QString badSetting;
    if (const auto why = applyTextSettings(values, config, &badSetting))
        return fail(badSetting, *why);
    config.instanceId = values.value(QStringLiteral("instance-id"));
    if (config.instanceId.isEmpty())
        config.instanceId = QStringLiteral("%1:%2").arg(config.listenAddress.toString()).arg(config.port);
    return config;
}

QString Config::describe() const
{
    return QStringLiteral("port = %1\nlisten = %2\ndatabase-url = %3\nredis-url = %4\ninstance-id = %5\n"
                          "pool-size = %6\nacquire-timeout-ms = %7\nslow-query-ms = %8\nrate-limit = %9/s\n"
                          "token-secret = %10\nmax-connections = %11 (%12 per address)\nmax-exports = %13\n"
                          "trusted-proxies = %14\nqueues = %15\nmail = %16")
        .arg(QString::number(port), listenAddress.toString(), maskPassword(databaseUrl), maskPassword(redisUrl),
             instanceId, QString::number(poolSize), QString::number(acquireTimeoutMs), QString::number(slowQueryMs),
             QString::number(rateLimit), tokenSecret.isEmpty() ? QStringLiteral("(random)") : QStringLiteral("***"))
        .arg(maxConnections)
        .arg(maxConnectionsPerAddress)
        .arg(maxExports)
        .arg(trustedProxies.describe())
        .arg([this] {
            QStringList names;
            for (const JobQueue q : jobs.queues)
                names.append(QString::fromLatin1(jobQueueName(q)));
            return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "));
        }())
        .arg(!jobs.smtpUrl.isEmpty()         ? QStringLiteral("SMTP ") + maskPassword(jobs.smtpUrl)
                 : !jobs.mailSpool.isEmpty() ? QStringLiteral("spool ") + jobs.mailSpool
                                             : QStringLiteral("not sent (no smtp-url or mail-spool)"));
}

} // namespace eventsd
