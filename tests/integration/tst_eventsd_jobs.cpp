// eventsd's background jobs against a real eventsd, PostgreSQL, Redis (Streams) and a real SMTP server (Python's
// smtpd, tests/common/smtpsink.py): one mail and one badge per registration, the badge's QR code read back with
// zbarimg, retries with backoff, dead jobs retried and purged, pause and resume, a killed worker's job taken over
// and done once, and the report queue. Each test works in a Redis namespace of its own.

#include "eventsdfixture.h"
#include "gunzip.h"
#include "smtpsink.h"

#include <QDir>
#include <QTemporaryDir>

using namespace testenv;

namespace {

/// `eventsd --worker`: no HTTP, ready once it printed its settings.
class Worker
{
public:
    ~Worker() { kill(); }
    bool start(const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        testenv::endWithTest(m_process);
        m_process.start(eventsdBinary(),
                        QStringList{QStringLiteral("--worker"), QStringLiteral("--database-url"),
                                    value("OPSDASH_TEST_DATABASE_URL"), QStringLiteral("--redis-url"),
                                    value("OPSDASH_TEST_REDIS_URL")} +
                            args);
        return QTest::qWaitFor(
                   [this] {
                       m_output += m_process.readAll();
                       return m_output.contains("eventsd: worker") || m_process.state() == QProcess::NotRunning;
                   },
                   20000) &&
            m_process.state() == QProcess::Running;
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

QStringList files(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestEventsdJobs : public EventsdFixture
{
    Q_OBJECT

    int m_run = 0;
    QString m_namespace;
    std::unique_ptr<Eventsd> m_jobs; ///< the eventsd of the current test, in its own namespace
    std::unique_ptr<Client> m_jobsClient;
    qint64 m_event = 0;

    /// A fresh eventsd in a namespace of its own, with `extra` settings.
    bool startJobs(const QStringList &extra)
    {
        m_jobs = std::make_unique<Eventsd>();
        m_namespace = QStringLiteral("jobstest%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_run);
        QString log;
        if (!m_jobs->start(QStringList{QStringLiteral("--cache-namespace"), m_namespace, QStringLiteral("--rate-limit"),
                                       QStringLiteral("0")} +
                               extra,
                           &log)) {
            qWarning("%s", qPrintable(log));
            return false;
        }
        m_jobsClient = std::make_unique<Client>(m_jobs->baseUrl());
        return true;
    }
    QStringList ns() const { return {QStringLiteral("--cache-namespace"), m_namespace}; }

    QJsonObject figures(const QString &queue)
    {
        const Answer a = m_jobsClient->get(QStringLiteral("/performance/queues"), m_operator);
        for (const auto &q : a.object().value(u"queues").toArray())
            if (q.toObject().value(u"name").toString() == queue)
                return q.toObject();
        return {};
    }
    double figure(const QString &queue, const char *name)
    {
        return figures(queue).value(QLatin1String(name)).toDouble();
    }
    bool waitFigure(const QString &queue, const char *name, double wanted, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return figure(queue, name) == wanted; }, timeoutMs);
    }

    /// Registers a new attendee for the open event; returns the registration.
    QJsonObject registerOne(const QString &tag)
    {
        const QString email = QStringLiteral("jobs.%1.%2.%3@example.com")
                                  .arg(tag)
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QDateTime::currentMSecsSinceEpoch());
        const Answer a = m_jobsClient->post(QStringLiteral("/events/%1/registrations").arg(m_event),
                                            json({{QStringLiteral("fullName"), QStringLiteral("Zoë Test-%1").arg(tag)},
                                                  {QStringLiteral("email"), email}}));
        return a.status == 201 ? a.object() : QJsonObject{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        startOrFail();
        m_event = scalar(QStringLiteral("SELECT id FROM events WHERE is_active AND status = 'published' AND "
                                        "max_capacity - event_registered(id) > 100 ORDER BY id LIMIT 1"));
        QVERIFY(m_event > 0);
    }

    void cleanup() { m_jobs.reset(); }
    void cleanupTestCase() { stop(); }

    void shouldMailOnceAndMakeABadgeWhoseCodeReadsBack()
    {
        QTemporaryDir spool;
        QVERIFY(startJobs({QStringLiteral("--mail-spool"), spool.path()}));
        QList<QJsonObject> registrations;
        for (int i = 0; i < 3; ++i) {
            registrations.append(registerOne(QStringLiteral("once%1").arg(i)));
            QVERIFY(!registrations.last().isEmpty());
        }
        QVERIFY(waitFigure(QStringLiteral("email"), "completed", 3));
        QVERIFY(waitFigure(QStringLiteral("badge-generation"), "completed", 3));
        // Exactly one mail per registration, named by its job.
        QStringList expected;
        for (const QJsonObject &r : registrations)
            expected.append(QStringLiteral("confirmation-%1.eml").arg(qint64(r.value(u"id").toDouble())));
        expected.sort();
        QCOMPARE(files(spool.path()), expected);

        const QJsonObject first = registrations.first();
        const qint64 id = qint64(first.value(u"id").toDouble());
        QFile mail(spool.filePath(expected.first()));
        QVERIFY(mail.open(QIODevice::ReadOnly));
        const QByteArray message = mail.readAll();
        const qsizetype split = message.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray head = message.left(split);
        QVERIFY(head.contains("\r\nTo: =?UTF-8?B?"));
        QVERIFY(head.contains(QByteArray("<" + first.value(u"email").toString().toUtf8() + ">")));
        QVERIFY(head.contains(QByteArray("Message-ID: <confirmation-" + QByteArray::number(id) + "@localhost>")));
        const QString body = QString::fromUtf8(QByteArray::fromBase64(message.mid(split + 4)));
        QVERIFY2(body.contains(first.value(u"qrCode").toString()), qPrintable(body));
        QVERIFY(body.startsWith(u"Hello Zoë Test-once0,"));

        // The badge: a PDF whose QR code, rendered by poppler and read by zbar, is the registration's code.
        const Answer badge = m_jobsClient->get(QStringLiteral("/registrations/%1/badge.pdf").arg(id), m_operator);
        QCOMPARE(badge.status, 200);
        QCOMPARE(badge.headers.value("content-type"), QByteArray("application/pdf"));
        QVERIFY(badge.body.startsWith("%PDF-"));
        QTemporaryDir work;
        QFile pdf(work.filePath(QStringLiteral("badge.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly) && pdf.write(badge.body) == badge.body.size());
        pdf.close();
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                      QStringLiteral("-singlefile"), pdf.fileName(), work.filePath(QStringLiteral("badge"))});
        QVERIFY(render.waitForFinished(30000) && render.exitCode() == 0);
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("-q"), QStringLiteral("--raw"), work.filePath(QStringLiteral("badge.png"))});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), first.value(u"qrCode").toString());
        QCOMPARE(m_jobsClient->get(QStringLiteral("/registrations/%1/badge.pdf").arg(id)).status, 401);

        // The figures say what happened, here and in /metrics.
        const QJsonObject email = figures(QStringLiteral("email"));
        QCOMPARE(email.value(u"waiting").toInt(-1), 0);
        QCOMPARE(email.value(u"active").toInt(-1), 0);
        QCOMPARE(email.value(u"failed").toInt(-1), 0);
        QCOMPARE(email.value(u"dead").toInt(-1), 0);
        QCOMPARE(email.value(u"workers").toInt(), 1);
        QVERIFY(email.value(u"throughputPerMin").toDouble() > 0);
        QVERIFY(email.value(u"runMs").toObject().value(u"p95").toDouble() >=
                email.value(u"runMs").toObject().value(u"p50").toDouble());
        const QByteArray metrics = m_jobsClient->get(QStringLiteral("/metrics"), m_operator).body;
        QVERIFY(metrics.contains("eventsd_queue_completed_total{queue=\"email\"} 3\n"));
        QVERIFY(metrics.contains("eventsd_queue_completed_total{queue=\"badge-generation\"} 3\n"));
        QVERIFY(metrics.contains("eventsd_queue_jobs{queue=\"email\",state=\"dead\"} 0\n"));
    }

    void shouldRetryAFailedMailWithBackoff()
    {
        SmtpSink sink;
        QVERIFY(sink.start({QStringLiteral("--refuse"), QStringLiteral("2")}));
        QVERIFY(startJobs({QStringLiteral("--queues"), QStringLiteral("email"), QStringLiteral("--smtp-url"),
                           sink.url(), QStringLiteral("--email-backoff-ms"), QStringLiteral("300")}));
        const QJsonObject r = registerOne(QStringLiteral("retry"));
        QVERIFY(!r.isEmpty());
        QVERIFY(waitFigure(QStringLiteral("email"), "completed", 1));
        QCOMPARE(figure(QStringLiteral("email"), "failed"), 2.0);
        QCOMPARE(figure(QStringLiteral("email"), "dead"), 0.0);
        const QStringList refused = sink.linesStarting(QStringLiteral("refused"));
        const QStringList accepted = sink.linesStarting(QStringLiteral("accepted"));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(accepted.first().contains(r.value(u"email").toString()));
        // Backoff: the retries came no sooner than 300 ms, then 600 ms, after the failures.
        auto at = [](const QString &line) { return line.split(u' ').last().toDouble(); };
        QVERIFY2(at(refused[1]) - at(refused[0]) >= 0.3, qPrintable(refused.join(u'\n')));
        QVERIFY2(at(accepted[0]) - at(refused[1]) >= 0.6, qPrintable(sink.lines().join(u'\n')));
    }

    void shouldKeepAJobThatAlwaysFailsDeadUntilRetriedOrPurged()
    {
        SmtpSink sink;
        QVERIFY(sink.start({QStringLiteral("--refuse"), QStringLiteral("-1")}));
        QVERIFY(startJobs({QStringLiteral("--queues"), QStringLiteral("email"), QStringLiteral("--smtp-url"),
                           sink.url(), QStringLiteral("--email-backoff-ms"), QStringLiteral("50")}));
        QVERIFY(!registerOne(QStringLiteral("dead")).isEmpty());
        QVERIFY(waitFigure(QStringLiteral("email"), "dead", 1));
        QCOMPARE(figure(QStringLiteral("email"), "failed"), 3.0); // seed 000: three attempts
        const QJsonObject jobs =
            m_jobsClient->get(QStringLiteral("/performance/queues/email/jobs"), m_operator).object();
        const QJsonArray dead = jobs.value(u"dead").toArray();
        QCOMPARE(dead.size(), 1);
        const QJsonObject job = dead.first().toObject();
        QCOMPARE(job.value(u"attempts").toInt(), 3);
        QVERIFY2(job.value(u"error").toString().contains(u"451"), qPrintable(job.value(u"error").toString()));
        QVERIFY(job.value(u"id").toString().startsWith(u"confirmation-"));

        // Retry one: back in the queue with fresh attempts, and (the server still refusing) dead again.
        const Answer retried =
            m_jobsClient->post(QStringLiteral("/performance/queues/email/retry"),
                               json({{QStringLiteral("entryId"), job.value(u"entryId").toString()}}), m_operator);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.object().value(u"retried").toInt(), 1);
        QVERIFY(waitFigure(QStringLiteral("email"), "failed", 6));
        QVERIFY(waitFigure(QStringLiteral("email"), "dead", 1));
        QCOMPARE(sink.linesStarting(QStringLiteral("refused")).size(), 6);
        QCOMPARE(m_jobsClient
                     ->post(QStringLiteral("/performance/queues/email/retry"),
                            json({{QStringLiteral("entryId"), QStringLiteral("1-0")}}), m_operator)
                     .status,
                 404);
        QCOMPARE(m_jobsClient
                     ->post(QStringLiteral("/performance/queues/email/retry"),
                            json({{QStringLiteral("entryId"), QStringLiteral("x\r\nDEL")}}), m_operator)
                     .status,
                 400);
        QCOMPARE(m_jobsClient->post(QStringLiteral("/performance/queues/nope/retry"), {}, m_operator).status, 404);
        QCOMPARE(m_jobsClient->post(QStringLiteral("/performance/queues/email/retry"), {}, m_organizer).status, 403);

        const Answer purged =
            m_jobsClient->post(QStringLiteral("/performance/queues/email/purge-dead"), {}, m_operator);
        QCOMPARE(purged.object().value(u"purged").toInt(), 1);
        QCOMPARE(figure(QStringLiteral("email"), "dead"), 0.0);
    }

    void shouldSendARefusalForGoodToTheDeadAtOnce()
    {
        SmtpSink sink;
        QVERIFY(sink.start(
            {QStringLiteral("--refuse"), QStringLiteral("-1"), QStringLiteral("--code"), QStringLiteral("550")}));
        QVERIFY(
            startJobs({QStringLiteral("--queues"), QStringLiteral("email"), QStringLiteral("--smtp-url"), sink.url()}));
        QVERIFY(!registerOne(QStringLiteral("refused")).isEmpty());
        QVERIFY(waitFigure(QStringLiteral("email"), "dead", 1));
        QCOMPARE(figure(QStringLiteral("email"), "failed"), 1.0);
        QCOMPARE(sink.linesStarting(QStringLiteral("refused")).size(), 1);
    }

    void shouldHoldJobsWhilePaused()
    {
        QTemporaryDir spool;
        QVERIFY(startJobs(
            {QStringLiteral("--queues"), QStringLiteral("email"), QStringLiteral("--mail-spool"), spool.path()}));
        QCOMPARE(m_jobsClient->post(QStringLiteral("/performance/queues/email/pause"), {}, m_operator).status, 200);
        QCOMPARE(figures(QStringLiteral("email")).value(u"paused").toBool(), true);
        QVERIFY(!registerOne(QStringLiteral("paused")).isEmpty());
        QVERIFY(waitFigure(QStringLiteral("email"), "waiting", 1));
        QTest::qWait(2500); // more than two turns of the worker's loop (1 s each)
        QCOMPARE(figure(QStringLiteral("email"), "waiting"), 1.0);
        QCOMPARE(figure(QStringLiteral("email"), "completed"), 0.0);
        QVERIFY(files(spool.path()).isEmpty());
        QCOMPARE(m_jobsClient->post(QStringLiteral("/performance/queues/email/resume"), {}, m_operator).status, 200);
        QVERIFY(waitFigure(QStringLiteral("email"), "completed", 1));
        QCOMPARE(files(spool.path()).size(), 1);
        QCOMPARE(figures(QStringLiteral("email")).value(u"paused").toBool(), false);
    }

    void shouldFinishAKilledWorkersJobOnce()
    {
        SmtpSink stalled;
        QVERIFY(stalled.start({QStringLiteral("--stall")}));
        QTemporaryDir spool;
        QVERIFY(startJobs({QStringLiteral("--queues"), QStringLiteral("none")}));
        Worker first;
        QVERIFY(
            first.start(ns() +
                        QStringList{QStringLiteral("--queues"), QStringLiteral("email"), QStringLiteral("--smtp-url"),
                                    stalled.url(), QStringLiteral("--job-claim-ms"), QStringLiteral("1000")}));
        QVERIFY(!registerOne(QStringLiteral("killed")).isEmpty());
        // The first worker took the job and hangs in the SMTP exchange.
        QVERIFY(waitFigure(QStringLiteral("email"), "active", 1));
        QVERIFY(QTest::qWaitFor([&] { return !stalled.linesStarting(QStringLiteral("stalled")).isEmpty(); }, 10000));
        first.kill();
        Worker second;
        QVERIFY(second.start(ns() +
                             QStringList{QStringLiteral("--queues"), QStringLiteral("email"),
                                         QStringLiteral("--mail-spool"), spool.path(), QStringLiteral("--job-claim-ms"),
                                         QStringLiteral("1000")}));
        QVERIFY(waitFigure(QStringLiteral("email"), "completed", 1));
        QCOMPARE(files(spool.path()).size(), 1);
        QCOMPARE(figure(QStringLiteral("email"), "active"), 0.0);
        QCOMPARE(figure(QStringLiteral("email"), "waiting"), 0.0);
        QCOMPARE(figure(QStringLiteral("email"), "failed"), 0.0);
    }

    void shouldBuryAJobThatTakesDownEveryWorker()
    {
        // A job whose every run ends with its worker gone (here: hung in SMTP, then killed) is run three times,
        // then dead instead of taken over forever.
        SmtpSink stalled;
        QVERIFY(stalled.start({QStringLiteral("--stall")}));
        QTemporaryDir spool;
        QVERIFY(startJobs({QStringLiteral("--queues"), QStringLiteral("none")}));
        QVERIFY(!registerOne(QStringLiteral("poison")).isEmpty());
        const QStringList hung = ns() + QStringList{QStringLiteral("--queues"),       QStringLiteral("email"),
                                                    QStringLiteral("--smtp-url"),     stalled.url(),
                                                    QStringLiteral("--job-claim-ms"), QStringLiteral("1000")};
        for (int run = 1; run <= 3; ++run) {
            Worker worker;
            QVERIFY(worker.start(hung));
            QVERIFY2(
                QTest::qWaitFor([&] { return stalled.linesStarting(QStringLiteral("stalled")).size() == run; }, 15000),
                qPrintable(QString::number(run)));
            worker.kill();
        }
        Worker last;
        QVERIFY(
            last.start(ns() +
                       QStringList{QStringLiteral("--queues"), QStringLiteral("email"), QStringLiteral("--mail-spool"),
                                   spool.path(), QStringLiteral("--job-claim-ms"), QStringLiteral("1000")}));
        QVERIFY(waitFigure(QStringLiteral("email"), "dead", 1));
        QVERIFY(files(spool.path()).isEmpty());
        QCOMPARE(figure(QStringLiteral("email"), "active"), 0.0);
        const QJsonObject jobs =
            m_jobsClient->get(QStringLiteral("/performance/queues/email/jobs"), m_operator).object();
        const QString error = jobs.value(u"dead").toArray().first().toObject().value(u"error").toString();
        QVERIFY2(error.contains(u"taken over 3 times"), qPrintable(error));
        QCOMPARE(stalled.linesStarting(QStringLiteral("stalled")).size(), 3);
    }

    void shouldBuildAReportTheOrganizerDownloads()
    {
        QVERIFY(startJobs({QStringLiteral("--queues"), QStringLiteral("report-generation"),
                           QStringLiteral("--report-delay-ms"), QStringLiteral("0")}));
        const qint64 own = scalar(QStringLiteral("SELECT e.id FROM events e JOIN users u ON u.id = e.organizer_id "
                                                 "WHERE u.email = 'organizer1@example.com' ORDER BY "
                                                 "event_registered(e.id) DESC LIMIT 1"));
        const qint64 foreign = scalar(QStringLiteral("SELECT e.id FROM events e JOIN users u ON u.id = e.organizer_id "
                                                     "WHERE u.email <> 'organizer1@example.com' LIMIT 1"));
        const Answer asked = m_jobsClient->post(QStringLiteral("/events/%1/reports").arg(own), {}, m_organizer);
        QCOMPARE(asked.status, 202);
        QCOMPARE(asked.object().value(u"status").toString(), QStringLiteral("queued"));
        const qint64 report = qint64(asked.object().value(u"id").toDouble());
        QCOMPARE(m_jobsClient->post(QStringLiteral("/events/%1/reports").arg(foreign), {}, m_organizer).status, 403);
        const QString path = QStringLiteral("/events/%1/reports/%2").arg(own).arg(report);
        QVERIFY(QTest::qWaitFor(
            [&] { return m_jobsClient->get(path, m_organizer).object().value(u"status").toString() == u"ready"; },
            30000));
        const QJsonObject done = m_jobsClient->get(path, m_organizer).object();
        QCOMPARE(qint64(done.value(u"rows").toDouble()),
                 scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(own)));
        // The report is the export's CSV, whether unpacked by eventsd or sent as stored (gzip).
        const Answer exported = m_jobsClient->get(QStringLiteral("/events/%1/registrations.csv").arg(own), m_organizer);
        const Answer file = m_jobsClient->get(path + QStringLiteral("/file"), m_organizer);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, exported.body);
        const Answer gzipped =
            m_jobsClient->call("GET", path + QStringLiteral("/file"), {}, m_organizer, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(gzipped.headers.value("content-encoding"), QByteArray("gzip"));
        QCOMPARE(gunzip(gzipped.body), exported.body);
        QCOMPARE(figure(QStringLiteral("report-generation"), "completed"), 1.0);
        QCOMPARE(
            m_jobsClient->get(QStringLiteral("/events/%1/reports/%2").arg(foreign).arg(report), m_organizer).status,
            403);
        QCOMPARE(m_jobsClient->get(QStringLiteral("/events/%1/reports/999999").arg(own), m_organizer).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestEventsdJobs)
#include "tst_eventsd_jobs.moc"
