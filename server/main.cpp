#include "config.h"
#include "eventsapp.h"
#include "pg.h"
#include "schema.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
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
int migrateWithRetry(eventsd::PgConnection &conn)
{
    for (int attempt = 1;; ++attempt) {
        try {
            return eventsd::migrate(conn);
        } catch (const eventsd::PgError &e) {
            if (!e.isConnectionError() || attempt >= 30)
                throw;
            std::fprintf(stderr, "eventsd: database not reachable yet (%s); retrying\n", e.what());
            QThread::sleep(1);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
        eventsd::PgConnection conn(config->databaseUrl.toUtf8());
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
            return 0;
        }
    } catch (const eventsd::PgError &e) {
        std::fprintf(stderr, "eventsd: database: %s\n", e.what());
        return 1;
    }

    installShutdownHandlers(app);
    eventsd::EventsApp events(*config);
    const quint16 port = events.listen();
    if (port == 0) {
        std::fprintf(stderr, "eventsd: cannot listen on %s:%u\n", qPrintable(config->listenAddress.toString()),
                     unsigned(config->port));
        return 1;
    }
    std::fprintf(stderr, "eventsd: listening on %s:%u\n%s\n", qPrintable(config->listenAddress.toString()),
                 unsigned(port), qPrintable(config->describe()));
    return QCoreApplication::exec();
}
