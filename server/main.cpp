#include "config.h"
#include "health.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QtConcurrent>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

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
        qInfo("eventsd: shutting down");
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
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
    installShutdownHandlers(app);

    QElapsedTimer uptime;
    uptime.start();
    QHttpServer server;
    server.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [&config, &uptime] {
        return QtConcurrent::run([databaseUrl = config->databaseUrl, redisUrl = config->redisUrl,
                                  seconds = double(uptime.elapsed()) / 1000.0] {
            const auto probe = eventsd::ServiceProbe::run(databaseUrl, redisUrl);
            const QJsonObject body = eventsd::healthBody(probe, seconds, eventsd::ProcessMemory::read());
            return QHttpServerResponse(body,
                                       probe.database && probe.redis
                                           ? QHttpServerResponse::StatusCode::Ok
                                           : QHttpServerResponse::StatusCode::ServiceUnavailable);
        });
    });

    const quint16 port = server.listen(config->listenAddress, config->port);
    if (port == 0) {
        std::fprintf(stderr, "eventsd: cannot listen on %s:%u\n", qPrintable(config->listenAddress.toString()),
                     unsigned(config->port));
        return 1;
    }
    std::fprintf(stderr, "eventsd: listening on %s:%u\n%s\n", qPrintable(config->listenAddress.toString()),
                 unsigned(port), qPrintable(config->describe()));
    return QCoreApplication::exec();
}
