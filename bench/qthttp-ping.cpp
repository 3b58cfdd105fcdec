// The reference for bench/http-bench: Qt 6.4's own QHttpServer with one trivial route, the layer eventsd used
// before its requests were read with Boost.Beast. Loopback only.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QHttpServer server;
    server.route(QStringLiteral("/ping"), [] { return QHttpServerResponse("text/plain", QByteArrayLiteral("pong")); });
    const quint16 port = server.listen(QHostAddress::LocalHost, argc > 1 ? quint16(atoi(argv[1])) : 0);
    std::fprintf(stderr, "listening on 127.0.0.1:%u\n", port);
    return port ? app.exec() : 1;
}
