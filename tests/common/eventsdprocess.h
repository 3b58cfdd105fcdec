#pragma once

// Runs a real eventsd for a test: on a free port, against the stack's test database, stopped with the test.

#include "stackenv.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>

namespace testenv {

inline QString eventsdBinary()
{
    return QStringLiteral(OPSDASH_BINARY_DIR "/server/eventsd");
}

/// `eventsd --sample-data` on the test database; returns the process output, or a failure text in `error`.
inline bool loadSampleData(int events, int registrations, QString *error)
{
    QProcess p;
    p.start(eventsdBinary(),
            {QStringLiteral("--database-url"), value("OPSDASH_TEST_DATABASE_URL"), QStringLiteral("--redis-url"),
             value("OPSDASH_TEST_REDIS_URL"), QStringLiteral("--sample-data"), QStringLiteral("--events"),
             QString::number(events), QStringLiteral("--registrations"), QString::number(registrations)});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

class Eventsd
{
public:
    ~Eventsd() { stop(); }

    /// Starts eventsd with the test database, the stack's Redis and a fixed token secret, plus `extra`.
    bool start(const QStringList &extra = {}, QString *log = nullptr)
    {
        m_process.setProgram(eventsdBinary());
        endWithTest(m_process);
        QStringList args{QStringLiteral("--port"),         QStringLiteral("0"),
                         QStringLiteral("--database-url"), value("OPSDASH_TEST_DATABASE_URL"),
                         QStringLiteral("--redis-url"),    value("OPSDASH_TEST_REDIS_URL"),
                         QStringLiteral("--token-secret"), QStringLiteral("test-secret-0123456789")};
        m_process.setArguments(args + extra);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on [^:]+:(\\d+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            m_output += m_process.readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(m_output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        if (log)
            *log = QString::fromUtf8(m_output + m_process.readAllStandardError());
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

/// A blocking HTTP client for tests (the event loop spins while it waits).
struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject object() const { return json.object(); }
};

class Client
{
public:
    explicit Client(QString baseUrl)
        : m_base(std::move(baseUrl))
    { }

    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QByteArray &token = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(30000);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body);
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }
    Answer get(const QString &path, const QByteArray &token = {}) { return call("GET", path, {}, token); }
    Answer post(const QString &path, const QByteArray &body = {}, const QByteArray &token = {})
    {
        return call("POST", path, body, token);
    }

    QByteArray login(const QString &email, const QString &password)
    {
        const Answer a =
            post(QStringLiteral("/auth/login"),
                 QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
                     .toJson(QJsonDocument::Compact));
        return a.object().value(u"data").toObject().value(u"accessToken").toString().toLatin1();
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

} // namespace testenv
