// eventsd's /health against the real stack: healthy when PostgreSQL and Redis answer, 503 naming the service
// that does not, and a clean exit on SIGTERM.

#include "stackenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace {

// Starts eventsd on a free port; returns the port, or 0 with the process output in `log`.
quint16 startEventsd(QProcess &process, const QString &redisUrl, QString *log)
{
    process.setProgram(QStringLiteral(OPSDASH_BINARY_DIR "/server/eventsd"));
    process.setArguments({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database-url"),
                           testenv::value("OPSDASH_DATABASE_URL"), QStringLiteral("--redis-url"), redisUrl });
    process.start();
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression listening(QStringLiteral("listening on [^:]+:(\\d+)"));
    QByteArray output;
    for (int i = 0; i < 100; ++i) {
        process.waitForReadyRead(100);
        output += process.readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
        if (process.state() != QProcess::Running)
            break;
    }
    *log = QString::fromUtf8(output);
    return 0;
}

struct Answer
{
    int status = 0;
    QJsonObject body;
};

Answer get(QNetworkAccessManager &nam, quint16 port, const QString &path)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

} // namespace

class TestEventsdHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_STACK(); }

    void shouldReportEachService_data()
    {
        QTest::addColumn<QString>("redisUrl");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("redis");
        QTest::newRow("stack up") << testenv::value("OPSDASH_REDIS_URL") << 200 << QStringLiteral("healthy")
                                  << QStringLiteral("up");
        // Port 1 is never ours: nothing listens there.
        QTest::newRow("redis down") << QStringLiteral("redis://127.0.0.1:1/0") << 503 << QStringLiteral("unhealthy")
                                    << QStringLiteral("down");
    }

    void shouldReportEachService()
    {
        QFETCH(QString, redisUrl);
        QFETCH(int, httpStatus);
        QFETCH(QString, status);
        QFETCH(QString, redis);
        QProcess eventsd;
        QString log;
        const quint16 port = startEventsd(eventsd, redisUrl, &log);
        QVERIFY2(port != 0, qPrintable(log));

        QNetworkAccessManager nam;
        const Answer answer = get(nam, port, QStringLiteral("/health"));
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(answer.body.value(u"status").toString(), status);
        const QJsonObject services = answer.body.value(u"services").toObject();
        QCOMPARE(services.value(u"database").toString(), QStringLiteral("up"));
        QCOMPARE(services.value(u"redis").toString(), redis);
        QVERIFY(answer.body.value(u"uptime").toDouble() >= 0);
        QVERIFY(answer.body.value(u"memory").toObject().value(u"rss").toDouble() > 1e6);
        QVERIFY(!answer.body.value(u"timestamp").toString().isEmpty());
        eventsd.terminate();
        QVERIFY(eventsd.waitForFinished(5000));
    }

    void shouldExitCleanlyOnSigterm()
    {
        QProcess eventsd;
        QString log;
        QVERIFY2(startEventsd(eventsd, testenv::value("OPSDASH_REDIS_URL"), &log) != 0, qPrintable(log));
        ::kill(pid_t(eventsd.processId()), SIGTERM);
        QVERIFY(eventsd.waitForFinished(5000));
        QCOMPARE(eventsd.exitStatus(), QProcess::NormalExit);
        QCOMPARE(eventsd.exitCode(), 0);
        QVERIFY(eventsd.readAllStandardError().contains("shutting down"));
    }
};

QTEST_GUILESS_MAIN(TestEventsdHealth)
#include "tst_eventsd_health.moc"
