#include "config.h"
#include "eventsapp.h"
#include "pg.h"
#include "redisurl.h"
#include "schema.h"
#include "servicenotify.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT end the event loop instead of killing the process mid-request.
void installShutdownHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        std::fprintf(stderr, "eventsd: shutting down\n");
        eventsd::ServiceNotifier::stopping();
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

// The database may still be starting (a fresh stack, a restart): retry for a while before giving up.
int migrateWithRetry(pg::Connection &conn)
{
    for (int attempt = 1;; ++attempt) {
        try {
            return eventsd::migrate(conn);
        } catch (const pg::Error &e) {
            if (!e.isConnectionError() || attempt >= 30)
                throw;
            std::fprintf(stderr, "eventsd: database not reachable yet (%s); retrying\n", e.what());
            QThread::sleep(1);
        }
    }
}

// After the data was replaced, every cached event answer and every queued job is wrong: drop them from Redis and
// tell running instances to drop their L1 copies. Blocking is fine here (command-line mode, nothing else runs).
void dropDerivedState(const QString &redisUrl, const QString &keyNamespace)
{
    QString error;
    const auto endpoint = eventsd::RedisEndpoint::parse(redisUrl, &error);
    if (!endpoint)
        return;
    redisContext *context = redisConnectWithTimeout(endpoint->host.toUtf8().constData(), endpoint->port, timeval{2, 0});
    if (!context || context->err) {
        std::fprintf(stderr, "eventsd: Redis not reachable, cached answers expire by themselves\n");
        if (context)
            redisFree(context);
        return;
    }
    auto command = [context](const char *format, auto... args) {
        if (auto *reply = static_cast<redisReply *>(redisCommand(context, format, args...)))
            freeReplyObject(reply);
    };
    if (!endpoint->password.isEmpty())
        command("AUTH %s", endpoint->password.toUtf8().constData());
    command("SELECT %d", endpoint->db);
    // The namespace's event answers ("<ns>:event:1", "<ns>:events:…") and its job queues, whose jobs name rows that
    // are gone (ids restart with the new data: a remembered "done" of report-1 would swallow the new report 1).
    // Nothing else of it (login throttles stay).
    long long removed = 0;
    for (const char *part : {":event*", ":jobs:*"}) {
        QByteArray pattern = keyNamespace.toUtf8();
        pattern.append(part);
        QByteArray cursor = "0";
        do {
            auto *scan = static_cast<redisReply *>(
                redisCommand(context, "SCAN %s MATCH %s COUNT 1000", cursor.constData(), pattern.constData()));
            if (!scan || scan->type != REDIS_REPLY_ARRAY || scan->elements != 2) {
                if (scan)
                    freeReplyObject(scan);
                break;
            }
            cursor = QByteArray(scan->element[0]->str, qsizetype(scan->element[0]->len));
            for (size_t i = 0; i < scan->element[1]->elements; ++i) {
                command("UNLINK %b", scan->element[1]->element[i]->str, scan->element[1]->element[i]->len);
                ++removed;
            }
            freeReplyObject(scan);
        } while (cursor != "0");
    }
    QByteArray channel = keyNamespace.toUtf8();
    channel.append(":invalidate");
    command("PUBLISH %s %s", channel.constData(), R"({"origin":"sample-data","pattern":"event*"})");
    redisFree(context);
    std::fprintf(stderr, "eventsd: dropped %lld cached answers and queue keys\n", removed);
}

// 200 ms of last turns of the event loop after the app is gone, so what it left pending can end.
void drainEventLoop()
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 200) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher rather than GLib's: eventsd integrates with no GLib code, and with a socket
    // notifier per connection GLib's main loop costs more per wake-up. Measured (bench/http-bench, same session,
    // docs/benchmarks.md): /ping 42k → 52–56k req/s, cached GET /events 32k → 37–38k, with 1,000 idle
    // connections open 21k → 25–26k. To compare, run it with QT_NO_GLIB set and empty (Qt then uses GLib).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // A GUI application without a screen: the badge queue paints PDFs with QPainter, which needs one (fonts).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    curl_global_init(CURL_GLOBAL_DEFAULT); // before any thread: libcurl's global state is not thread-safe
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eventsd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDASH_VERSION));

    QString error;
    bool exitNow = false;
    const auto config = eventsd::Config::load(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(),
                                              &error, &exitNow);
    if (!config) {
        if (exitNow)
            return 0;
        std::fprintf(stderr, "eventsd: %s\n", qPrintable(error));
        return 2;
    }

    try {
        pg::Connection conn(pg::ConnectParams::fromConnInfo(config->databaseUrl.toUtf8(), "eventsd"));
        eventsd::ServiceNotifier::status(QStringLiteral("migrating the schema"));
        const int version = migrateWithRetry(conn);
        std::fprintf(stderr, "eventsd: schema at version %d\n", version);
        if (config->sampleData) {
            std::fprintf(stderr, "eventsd: generating %d events with %lld registrations…\n", config->sampleEvents,
                         static_cast<long long>(config->sampleRegistrations));
            const auto s = eventsd::generateSampleData(conn, config->sampleEvents, config->sampleRegistrations);
            std::fprintf(stderr,
                         "eventsd: sample data ready in %.1f s: %lld users, %lld events, %lld registrations, "
                         "%lld transactions\n",
                         s.seconds, static_cast<long long>(s.users), static_cast<long long>(s.events),
                         static_cast<long long>(s.registrations), static_cast<long long>(s.transactions));
            dropDerivedState(config->redisUrl, config->cacheNamespace);
            return 0;
        }
    } catch (const pg::Error &e) {
        std::fprintf(stderr, "eventsd: database: %s\n", e.what());
        return 1;
    }

    installShutdownHandlers(app);
    // Structured (logfmt) log lines: time in UTC, level, category, instance, message.
    qSetMessagePattern(QStringLiteral("ts=%{time yyyy-MM-ddThh:mm:ss.zzz} level=%{type} cat=%{category} instance=") +
                       config->instanceId + QStringLiteral(" msg=\"%{message}\""));
    auto events = std::make_unique<eventsd::EventsApp>(*config);
    eventsd::ServiceNotifier notifier;
    if (config->workerOnly) {
        std::fprintf(stderr, "eventsd: worker\n%s\n", qPrintable(config->describe()));
        notifier.ready(QStringLiteral("working on the queues"));
    } else {
        const quint16 port = events->listen();
        if (port == 0) {
            std::fprintf(stderr, "eventsd: cannot listen on %s:%u\n", qPrintable(config->listenAddress.toString()),
                         unsigned(config->port));
            return 1;
        }
        std::fprintf(stderr, "eventsd: listening on %s:%u\n%s\n", qPrintable(config->listenAddress.toString()),
                     unsigned(port), qPrintable(config->describe()));
        notifier.ready(QStringLiteral("listening on %1:%2").arg(config->listenAddress.toString()).arg(port));
    }
    const int rc = QCoreApplication::exec();
    // Deleting the app fails every pending Redis and database call; the coroutines that awaited them (a job
    // worker's loop, say) resume from the event loop, see they are stopping and end. Without these last turns of
    // the loop their frames stay suspended at exit (LeakSanitizer reports them; QCoro 0.8 cannot cancel a task).
    events.reset();
    drainEventLoop();
    return rc;
}
