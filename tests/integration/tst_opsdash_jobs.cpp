// opsdash's views of eventsd's background jobs against the real thing (eventsd, PostgreSQL, Redis and a real SMTP
// server): the Queues page with its figures, failed jobs, alert and guarded actions; and the Events page having
// the backend build a registrations report and downloading it.

#include "livewindow.h"
#include "queuespage.h"
#include "queuetables.h"
#include "smtpsink.h"
#include "tablepanel.h"

#include <QComboBox>
#include <QTableView>

using namespace opsdash;
using namespace opsdash::live;

class TestOpsdashJobs : public QObject
{
    Q_OBJECT

private:
    testenv::Eventsd m_eventsd;
    std::unique_ptr<testenv::Client> m_client;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(startLiveBackend(m_eventsd, m_client, &error), qPrintable(error));
    }

    void shouldShowTheQueuesAndActOnTheirDeadJobs()
    {
        // An eventsd of its own namespace whose mail server refuses for good: every confirmation goes dead.
        testenv::SmtpSink sink;
        QVERIFY(sink.start(
            {QStringLiteral("--refuse"), QStringLiteral("-1"), QStringLiteral("--code"), QStringLiteral("550")}));
        testenv::Eventsd backend;
        QString error;
        const QString ns = QStringLiteral("opsdashq%1").arg(QCoreApplication::applicationPid());
        QVERIFY2(backend.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                QStringLiteral("--cache-namespace"), ns, QStringLiteral("--queues"),
                                QStringLiteral("email"), QStringLiteral("--smtp-url"), sink.url()},
                               &error),
                 qPrintable(error));
        testenv::Client client(backend.baseUrl());
        const QByteArray token = client.login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        qint64 event = 0; // an open one with seats left
        for (const auto &e : m_client->get(QStringLiteral("/events?limit=50")).object().value(u"items").toArray()) {
            const QJsonObject o = e.toObject();
            if (o.value(u"status").toString() == u"published" &&
                o.value(u"maxCapacity").toInt() - o.value(u"registrationCount").toInt() > 10)
                event = o.value(u"id").toVariant().toLongLong();
        }
        QVERIFY(event > 0);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject body{
                {QStringLiteral("fullName"), QStringLiteral("Queue %1").arg(i)},
                {QStringLiteral("email"),
                 QStringLiteral("q%1.%2@example.com").arg(i).arg(QDateTime::currentMSecsSinceEpoch())}};
            QCOMPARE(client
                         .post(QStringLiteral("/events/%1/registrations").arg(event),
                               QJsonDocument(body).toJson(QJsonDocument::Compact))
                         .status,
                     201);
        }
        auto dead = [&] {
            for (const auto &q :
                 client.get(QStringLiteral("/performance/queues"), token).object().value(u"queues").toArray())
                if (q.toObject().value(u"name").toString() == u"email")
                    return q.toObject().value(u"dead").toInt();
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(dead(), 2, 20000);

        LiveWindow live(liveProfile(backend.baseUrl()));
        MainWindow &window = live.window;
        window.findChild<ActionPipeline *>()->setAfterWindowMs(500);
        window.showPage(PageId::Queues);
        auto *page = window.findChild<QueuesPage *>();
        QVERIFY(page);
        // The page's table is the backend's figures; the email queue is red with its dead jobs.
        TablePanel *queues = page->findChild<TablePanel *>(QStringLiteral("queuesTable"));
        Dashboard *d = live.session->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(d->queues().has_value(), 10000);
        QCOMPARE(d->queues()->size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(d->store().latest(Metric::QueueDead).value_or(-1), 2.0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(queues->view()->model()->rowCount(), 3, 10000);
        for (int r = 0; r < 3; ++r) {
            const QModelIndex name = queues->view()->model()->index(r, tables::QueueTitle);
            if (name.data().toString() != u"email")
                continue;
            QCOMPARE(queues->view()->model()->index(r, tables::QueueDead).data(RowTableModel::SortRole).toInt(), 2);
            QCOMPARE(name.data(RowTableModel::SeverityRole).toInt(), int(Severity::Critical));
        }
        QCOMPARE(d->store().latest(queueWaitingMetric(QueueName::Email)).value_or(-1), 0.0);
        // The dead-jobs rule holds for its 10 s and raises the in-app alert.
        QTRY_VERIFY_WITH_TIMEOUT(d->alerts().isActive(QStringLiteral("queue.dead")), 20000);
        // The failed jobs, with the server's refusal as their error.
        TablePanel *jobs = page->findChild<TablePanel *>(QStringLiteral("jobsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(jobs->view()->model()->rowCount(), 2, 10000);
        const QString errorText =
            jobs->view()->model()->index(0, tables::JobError).data(RowTableModel::SortRole).toString();
        QVERIFY2(errorText.contains(u"550"), qPrintable(errorText));

        // Retry one from the page: the pipeline confirms, runs and logs it with the queue's figures around it.
        QSignalSpy finished(window.findChild<ActionPipeline *>(), &ActionPipeline::finished);
        jobs->view()->selectRow(0);
        auto *retryOne = page->findChild<QPushButton *>(QStringLiteral("retryOneButton"));
        QVERIFY(retryOne->isEnabled());
        retryOne->click();
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConfirmDialog *>()) != nullptr);
        dialog->accept();
        QVERIFY(finished.wait(10000));
        const TableRow *row = live.session->actions()->model()->rowAt(0);
        QVERIFY2(row->severity == Severity::Normal, qPrintable(row->values[tables::ActionResult].toString()));
        QCOMPARE(row->values[tables::ActionResult].toString(), QStringLiteral("1 job(s) back in the queue"));
        QVERIFY2(row->values[tables::ActionBefore].toString().contains(u"dead 2"),
                 qPrintable(row->values[tables::ActionBefore].toString()));
        QTRY_VERIFY(window.findChild<ConfirmDialog *>() == nullptr);
        // Refused for good again: back among the dead, counted twice as failed.
        QTRY_COMPARE_WITH_TIMEOUT(dead(), 2, 20000);

        // Purge the dead of the queue chosen in the action box, then pause it.
        auto *purge = page->findChild<QPushButton *>(QStringLiteral("purgeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(purge->isEnabled(), 10000);
        QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("queueBox"))->currentText(), QStringLiteral("email"));
        purge->click();
        QTRY_VERIFY((dialog = window.findChild<ConfirmDialog *>()) != nullptr);
        dialog->accept();
        QVERIFY(finished.wait(10000));
        QCOMPARE(live.session->actions()->model()->rowAt(0)->values[tables::ActionResult].toString(),
                 QStringLiteral("2 job(s) purged"));
        QCOMPARE(dead(), 0);
        QTRY_VERIFY(window.findChild<ConfirmDialog *>() == nullptr);
        page->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
        QTRY_VERIFY((dialog = window.findChild<ConfirmDialog *>()) != nullptr);
        dialog->accept();
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            live.session->actions()->model()->rowAt(0)->values[tables::ActionAfter].toString().contains(u"paused"),
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QPushButton *>(QStringLiteral("pauseButton"))->text(),
                                  QStringLiteral("Resume…"), 10000);
    }

    void shouldHaveTheBackendBuildAReportAndDownloadIt()
    {
        // Given the Events page with an event selected
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        QVERIFY(window.showPage(QStringLiteral("events")));
        EventsPage *page = window.eventsPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowModel(page, "events")->rowCount() > 0, 10000);
        const qint64 id = rowModel(page, "events")->rowAt(0)->key.toLongLong();
        page->selectEvent(id);
        auto *request = child<QPushButton>(page, "reportButton");
        QTRY_VERIFY(request->isEnabled());

        // When the report is asked for, the page follows it through the backend's queue until it is ready
        request->click();
        auto *status = child<QLabel>(page, "reportStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"queued") || status->text().contains(u"ready"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"is ready"), 30000); // eventsd waits 5 s (seed 000)
        auto *download = child<QPushButton>(page, "downloadReportButton");
        QVERIFY(!download->isHidden());

        // Then its download (what the button does after the file dialog) is the event's export, byte for byte
        const QString file = m_dir.filePath(QStringLiteral("report-%1.csv").arg(id));
        const QRegularExpression number(QStringLiteral("#(\\d+)"));
        const qint64 reportId = number.match(status->text()).captured(1).toLongLong();
        QVERIFY(reportId > 0);
        Q_EMIT page->reportDownloadRequested(id, reportId, file, false);
        // (finished: "<rows note> → <file>", where it said "Exporting to <file>…" while it ran)
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "exportStatus")->text().contains(u"→"), 20000);
        QFile written(file);
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(child<QLabel>(page, "exportStatus")->text()));
        const testenv::Answer exported =
            m_client->get(QStringLiteral("/events/%1/registrations.csv").arg(id),
                          m_client->login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo")));
        QCOMPARE(exported.status, 200);
        QCOMPARE(written.readAll(), exported.body);
    }
};

QTEST_MAIN(TestOpsdashJobs)
#include "tst_opsdash_jobs.moc"
