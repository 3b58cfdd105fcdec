#pragma once

// A raw HTTP client for the hostile-client tests: what the test sends is exactly what goes on the wire.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace testenv {

/// A raw connection: what a hostile client sends is exactly what goes on the wire.
struct Raw
{
    QTcpSocket socket;

    bool open(quint16 port, const QHostAddress &from = QHostAddress::LocalHost)
    {
        if (from != QHostAddress::LocalHost && !socket.bind(from))
            return false;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    /// Sends `data` and reads until the server closes or `ms` pass; returns what came back.
    QByteArray exchange(const QByteArray &data, int ms = 10000)
    {
        socket.write(data);
        return readUntilClosed(ms);
    }
    QByteArray readUntilClosed(int ms = 10000)
    {
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < ms) {
            socket.waitForReadyRead(100);
            out += socket.readAll();
        }
        return out + socket.readAll();
    }
    bool closedByServer(int ms = 15000)
    {
        readUntilClosed(ms);
        return socket.state() != QAbstractSocket::ConnectedState;
    }
    /// Writes `chunk` again and again until `total` bytes went out or the server closed; returns bytes sent.
    qint64 flood(const QByteArray &chunk, qint64 total)
    {
        qint64 sent = 0;
        while (sent < total && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.write(chunk) < 0)
                break;
            sent += chunk.size();
            while (socket.bytesToWrite() > 4 * chunk.size() && socket.state() == QAbstractSocket::ConnectedState)
                socket.waitForBytesWritten(200);
        }
        return sent;
    }
};

/// The status of an HTTP/1.1 answer's first line, 0 when it is not one.
inline int statusOf(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

} // namespace testenv
