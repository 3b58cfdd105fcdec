// Alertmanager's webhook receiver for the demo and the tests: answers every POST with 200 and appends its body,
// one JSON document a line, to --out (or standard output). Loopback only; bounded like any listener here: 16 KiB
// of header, 1 MiB of body, 10 s to send a request, 16 connections.
//
//   alert-sink --port 40005 --out .stack/monitoring/alerts.jsonl

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace {

constexpr qsizetype kMaxHeader = 16 * 1024;
constexpr qsizetype kMaxBody = 1024 * 1024;
constexpr int kMaxConnections = 16;
constexpr int kTimeoutMs = 10000;

class Sink : public QObject
{
public:
    Sink(QFile *out)
        : m_out(out)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                if (m_buffers.size() >= kMaxConnections) {
                    socket->abort();
                    socket->deleteLater();
                    continue;
                }
                m_buffers.insert(socket, {});
                QTimer::singleShot(kTimeoutMs, socket, [socket] { socket->abort(); });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }
    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }

private:
    void answer(QTcpSocket *socket, const char *status)
    {
        socket->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->read(kMaxHeader + kMaxBody + 1 - buffer.size());
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > kMaxHeader)
                answer(socket, "431 Request Header Fields Too Large");
            return;
        }
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (length < 0 || length > kMaxBody) {
            answer(socket, "413 Content Too Large");
            return;
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.clear();
        // One line per notification: re-serialised compactly, or dropped when it is not JSON.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isNull()) {
            answer(socket, "400 Bad Request");
            return;
        }
        m_out->write(doc.toJson(QJsonDocument::Compact) + '\n');
        m_out->flush();
        answer(socket, "200 OK");
    }

    QTcpServer m_server;
    QFile *m_out;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Alertmanager webhook receiver: one JSON line per notification."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("loopback port"),
                                        QStringLiteral("port"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("file to append to (default: stdout)"),
                                       QStringLiteral("file"));
    parser.addOptions({portOption, outOption});
    parser.process(app);
    QFile out;
    const bool opened = parser.isSet(outOption)
        ? (out.setFileName(parser.value(outOption)), out.open(QIODevice::Append | QIODevice::WriteOnly))
        : out.open(stdout, QIODevice::WriteOnly);
    if (!opened) {
        std::fprintf(stderr, "alert-sink: cannot write %s\n", qPrintable(parser.value(outOption)));
        return 1;
    }
    Sink sink(&out);
    if (!sink.listen(quint16(parser.value(portOption).toUInt()))) {
        std::fprintf(stderr, "alert-sink: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(portOption)));
        return 1;
    }
    std::fprintf(stderr, "alert-sink: listening on 127.0.0.1:%s\n", qPrintable(parser.value(portOption)));
    return QCoreApplication::exec();
}
