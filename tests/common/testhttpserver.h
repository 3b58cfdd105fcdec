#pragma once

// A small real HTTP/1.1 server on port 0 for client tests: each path answers as told (status and body, garbage,
// a body cut short, silence, a dropped connection). It stands in for a misbehaving backend, not for eventsd.

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include "fixtures.h"

namespace testenv {

class TestHttpServer : public QObject
{
public:
    enum class Mode {
        Answer,
        Truncate,
        Silent,
        Drop,
        Stall,
        Endless, ///< 200 with a chunked body that never ends (stops by itself after 2 GiB)
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        Mode mode = Mode::Answer;
        int delayMs = 0;
        QByteArray extraHeaders{}; ///< "Name: value\r\n" lines added to an Answer's header
    };

    TestHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void on(const QString &path, Reply reply) { m_replies.insert(path, std::move(reply)); }
    int requests(const QString &path) const { return m_counts.value(path); }
    QByteArray lastAuthorization() const { return m_lastAuthorization; }
    QByteArray lastMethod() const { return m_lastMethod; }
    /// A header of the last request (lower-case name).
    QByteArray lastHeader(const QByteArray &name) const { return m_lastHeaders.value(name); }
    /// The bodies (up to 1 MiB each) of the requests to `path`, in the order they came.
    QList<QByteArray> bodies(const QString &path) const { return m_bodies.value(path); }
    /// Bytes of Endless bodies the server got to write before the client stopped reading.
    qint64 endlessBytesSent() const { return *m_sent; }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (length > 0 && length <= (1 << 20) && buffer.size() < end + 4 + length)
            return; // a small body: recorded once it is all here
        const QByteArray body = length <= (1 << 20) ? buffer.mid(end + 4, length) : QByteArray();
        buffer.clear();
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1)).section(u'?', 0, 0);
        m_lastHeaders.clear();
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_lastHeaders.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        m_lastAuthorization = m_lastHeaders.value("authorization");
        m_lastMethod = requestLine.value(0);
        ++m_counts[path];
        m_bodies[path].append(body);
        const Reply reply = m_replies.value(path, Reply{404, R"({"statusCode":404,"message":"Cannot GET"})"});
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (!guard)
                return;
            switch (reply.mode) {
            case Mode::Silent:
                return; // never answers
            case Mode::Drop:
                guard->abort();
                return;
            case Mode::Stall: // headers and the body so far, then nothing more, connection left open
                guard->write("HTTP/1.1 " + QByteArray::number(reply.status) +
                             " OK\r\nContent-Type: text/csv\r\nContent-Length: " +
                             QByteArray::number(reply.body.size() * 100) + "\r\n\r\n" + reply.body);
                return;
            case Mode::Truncate: {
                guard->write("HTTP/1.1 " + QByteArray::number(reply.status) +
                             " OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: " +
                             QByteArray::number(reply.body.size() + 100) + "\r\n\r\n" + reply.body);
                guard->flush();
                guard->disconnectFromHost();
                return;
            }
            case Mode::Endless: {
                guard->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                auto sent = m_sent;
                const QByteArray chunk = "100000\r\n" + QByteArray(1 << 20, '[') + "\r\n";
                auto pump = [guard, sent, chunk] {
                    while (guard && guard->bytesToWrite() < (1 << 20) && *sent < (qint64(2) << 30)) {
                        guard->write(chunk);
                        *sent += chunk.size();
                    }
                };
                QObject::connect(guard.data(), &QTcpSocket::bytesWritten, guard.data(), pump);
                pump();
                return;
            }
            case Mode::Answer:
                guard->write("HTTP/1.1 " + QByteArray::number(reply.status) +
                             " X\r\nContent-Type: application/json\r\n" + reply.extraHeaders +
                             "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body);
                return;
            }
        });
    }

    QTcpServer m_server;
    QHash<QString, Reply> m_replies;
    QHash<QString, int> m_counts;
    QHash<QString, QList<QByteArray>> m_bodies;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_lastAuthorization;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    QByteArray m_lastMethod;
    std::shared_ptr<qint64> m_sent = std::make_shared<qint64>(0); ///< body bytes of Endless answers written
};

/// Answers every performance endpoint eventsd offers with the bodies recorded from a running eventsd
/// (tests/fixtures/eventsd), and the two actions tests press.
inline void serveEventsd(TestHttpServer &server)
{
    const QList<std::pair<const char *, const char *>> routes{
        {"/performance/overview", "eventsd/overview.json"},
        {"/performance/api/endpoints", "eventsd/api-endpoints.json"},
        {"/performance/database/pool", "eventsd/database-pool.json"},
        {"/performance/cache/stats", "eventsd/cache-stats.json"},
        {"/health", "eventsd/health.json"},
        {"/performance/database/info", "eventsd/database-info.json"},
        {"/performance/database/frequency", "eventsd/database-frequency.json"},
    };
    for (const auto &[path, file] : routes)
        server.on(QString::fromLatin1(path), {200, fixture(file)});
    server.on(QStringLiteral("/performance/memory/gc"), {201, R"({"message":"Garbage collection completed"})"});
    server.on(QStringLiteral("/performance/cache/invalidate"),
              {200, R"({"message":"Cache invalidated","invalidated":7})"});
}

} // namespace testenv
