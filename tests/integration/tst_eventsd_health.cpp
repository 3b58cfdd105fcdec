// eventsd's /health against the real stack: healthy when PostgreSQL and Redis answer, 503 naming the service
// that does not, and a clean exit on SIGTERM; under a service manager (a real notify socket, as systemd passes in
// $NOTIFY_SOCKET): its status while it starts, READY once it listens, watchdog pings, STOPPING on SIGTERM.

#include "eventsdprocess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using testenv::Client;
using testenv::Eventsd;

namespace {

/// The manager's end of the notify protocol: a datagram socket at a path; each datagram is one notification.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
        : m_fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0))
    {
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = path.toLocal8Bit();
        std::memcpy(address.sun_path, bytes.constData(), std::min<size_t>(bytes.size(), sizeof address.sun_path - 1));
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    }
    ~NotifySocket() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    /// The notifications that arrived so far, appended to all().
    const QList<QByteArray> &read()
    {
        char buffer[4096];
        for (ssize_t n; (n = ::recv(m_fd, buffer, sizeof buffer, 0)) > 0;)
            m_all.append(QByteArray(buffer, n));
        return m_all;
    }
    qsizetype count(const QByteArray &assignment)
    {
        const auto &all = read();
        return std::count_if(all.begin(), all.end(),
                             [&](const QByteArray &d) { return d.split('\n').contains(assignment); });
    }

private:
    int m_fd;
    bool m_bound = false;
    QList<QByteArray> m_all;
};

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
        QTest::newRow("stack up") << testenv::value("OPSDASH_TEST_REDIS_URL") << 200 << QStringLiteral("healthy")
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
        Eventsd eventsd;
        QString log;
        QVERIFY2(eventsd.start({QStringLiteral("--redis-url"), redisUrl}, &log), qPrintable(log));

        Client client(eventsd.baseUrl());
        const testenv::Answer answer = client.get(QStringLiteral("/health"));
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(answer.object().value(u"status").toString(), status);
        const QJsonObject services = answer.object().value(u"services").toObject();
        QCOMPARE(services.value(u"database").toString(), QStringLiteral("up"));
        QCOMPARE(services.value(u"redis").toString(), redis);
        QVERIFY(answer.object().value(u"uptime").toDouble() >= 0);
        QVERIFY(answer.object().value(u"memory").toObject().value(u"rss").toDouble() > 1e6);
        QVERIFY(!answer.object().value(u"timestamp").toString().isEmpty());
    }

    void shouldExitCleanlyOnSigterm()
    {
        Eventsd eventsd;
        QString log;
        QVERIFY2(eventsd.start({}, &log), qPrintable(log));
        eventsd.stop();
        QCOMPARE(eventsd.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(eventsd.process().exitCode(), 0);
        QVERIFY(eventsd.process().readAllStandardError().contains("shutting down"));
    }

    void shouldNotifyTheServiceManagerAndPingItsWatchdog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notify"));
        NotifySocket manager(path);
        QVERIFY(manager.bound());
        Eventsd eventsd;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NOTIFY_SOCKET"), path);
        environment.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000")); // a ping every 0.2 s
        eventsd.process().setProcessEnvironment(environment);
        QString log;
        QVERIFY2(eventsd.start({}, &log), qPrintable(log));

        QTRY_COMPARE_WITH_TIMEOUT(manager.count("READY=1"), 1, 5000);
        const QList<QByteArray> &all = manager.read();
        QVERIFY2(all.first().contains("STATUS=migrating the schema"), all.first().constData());
        const auto ready =
            std::find_if(all.begin(), all.end(), [](const QByteArray &d) { return d.contains("READY=1"); });
        QVERIFY2(ready->contains(QStringLiteral("STATUS=listening on 127.0.0.1:%1").arg(eventsd.port()).toUtf8()),
                 ready->constData());
        QVERIFY(ready->contains(QByteArray("MAINPID=").append(QByteArray::number(eventsd.process().processId()))));
        // Pings while the event loop runs; none any more while the process is stopped.
        QTRY_VERIFY_WITH_TIMEOUT(manager.count("WATCHDOG=1") >= 4, 5000);
        ::kill(pid_t(eventsd.process().processId()), SIGSTOP);
        QTest::qWait(100);
        const qsizetype pingsBefore = manager.count("WATCHDOG=1");
        QTest::qWait(800);
        QCOMPARE(manager.count("WATCHDOG=1"), pingsBefore);
        ::kill(pid_t(eventsd.process().processId()), SIGCONT);
        QTRY_VERIFY_WITH_TIMEOUT(manager.count("WATCHDOG=1") > pingsBefore, 5000);

        eventsd.stop();
        QCOMPARE(eventsd.process().exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(manager.count("STOPPING=1"), 1, 2000);
    }
};

QTEST_GUILESS_MAIN(TestEventsdHealth)
#include "tst_eventsd_health.moc"
