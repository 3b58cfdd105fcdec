// A backend that misbehaves on purpose, in a process of its own so that a test can measure the memory of the
// client it attacks: `hostile-backend --mode endless|huge|markup [--limit-mib N]` answers every request
//   endless  200 with a chunked body that never ends (it stops by itself after --limit-mib, default 4096)
//   huge     200 announcing a 100 GB body, then 1 MiB of it and nothing more
//   markup   500 whose NestJS message is markup a rich-text label would try to load an image for
// It prints "listening on 127.0.0.1:PORT" and the bytes it wrote when a client goes ("sent N"). Loopback only.

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(args.indexOf(QStringLiteral("--mode")) + 1);
    const qint64 limit = (args.contains(QStringLiteral("--limit-mib"))
                              ? args.value(args.indexOf(QStringLiteral("--limit-mib")) + 1).toLongLong()
                              : 4096) *
        1024 * 1024;
    QTcpServer server;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto sent = std::make_shared<qint64>(0);
            auto answered = std::make_shared<bool>(false);
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, sent] {
                std::fprintf(stderr, "sent %lld\n", static_cast<long long>(*sent));
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [=, &mode] {
                const QByteArray seen = socket->readAll();
                if (*answered || !seen.contains("\r\n\r\n"))
                    return;
                *answered = true;
                if (mode == QLatin1String("markup")) {
                    const QByteArray body = R"({"statusCode":500,"message":"<img src='/dev/zero'><b>bold</b>"})";
                    socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    *answered = false; // keep-alive: answer the next request the same way
                    return;
                }
                if (mode == QLatin1String("huge")) {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000000"
                                  "\r\n\r\n" +
                                  QByteArray(1 << 20, '['));
                    *sent += 1 << 20;
                    return;
                }
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                const QByteArray chunk = "100000\r\n" + QByteArray(1 << 20, '[') + "\r\n";
                auto pump = [socket, sent, chunk, limit] {
                    while (socket->bytesToWrite() < (1 << 20) && *sent < limit) {
                        socket->write(chunk);
                        *sent += chunk.size();
                    }
                };
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
                pump();
            });
        }
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::fprintf(stderr, "listening on 127.0.0.1:%u\n", server.serverPort());
    return app.exec();
}
