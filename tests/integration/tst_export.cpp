// Registration reports against the real thing: eventsd's streaming endpoint and PostgreSQL's COPY give the same
// file; hostile names round-trip through an RFC 4180 parser, defused; a cancelled export leaves no file; an
// organizer cannot export another organizer's event; `opsdash export` works headless with the right exit codes.

#include "csvparse.h"
#include "eventsdprocess.h"
#include "pgparams.h"
#include "registrationexport.h"
#include "stackenv.h"
#include "testhttpserver.h"

#include <QCoroTask>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

class TestExport : public QObject
{
    Q_OBJECT

private:
    testenv::Eventsd m_eventsd;
    std::unique_ptr<testenv::Client> m_client;
    QTemporaryDir m_dir;
    QByteArray m_operator, m_organizer1, m_organizer2;
    qint64 m_hostileEvent = 0;
    qint64 m_bigEvent = 0;
    const QStringList m_names{QStringLiteral("Smith, John"),  QStringLiteral("Anna \"The Hammer\" Berg"),
                              QStringLiteral("Line\nBreak"),  QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                              QStringLiteral("+cmd"),         QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(A1)"),     QStringLiteral("\tTabbed"),
                              QStringLiteral("Zoë 🎉 Ünïcode")};

    RegistrationExport::Options backendExport(qint64 event, const QString &file, const QByteArray &token) const
    {
        RegistrationExport::Options o;
        o.eventId = event;
        o.file = m_dir.filePath(file);
        o.source.backend = BackendClient::Options{QUrl(m_eventsd.baseUrl()), token};
        return o;
    }

    RegistrationExport::Options databaseExport(qint64 event, const QString &file) const
    {
        RegistrationExport::Options o;
        o.eventId = event;
        o.file = m_dir.filePath(file);
        o.source.database = testenv::monitorParams();
        return o;
    }

    static ExportResult runExport(const RegistrationExport::Options &options)
    {
        RegistrationExport exporter(options);
        return QCoro::waitFor(exporter.run());
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(testenv::loadSampleData(4, 40000, &error), qPrintable(error));
        QVERIFY2(m_eventsd.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}, &error), qPrintable(error));
        m_client = std::make_unique<testenv::Client>(m_eventsd.baseUrl());
        m_operator = m_client->login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        m_organizer1 = m_client->login(QStringLiteral("organizer1@example.com"), QStringLiteral("organizer-demo"));
        m_organizer2 = m_client->login(QStringLiteral("organizer2@example.com"), QStringLiteral("organizer-demo"));
        QVERIFY(!m_operator.isEmpty() && !m_organizer1.isEmpty() && !m_organizer2.isEmpty());

        // An event of organizer1 whose attendees have names a naive exporter breaks on
        const testenv::Answer created =
            m_client->post(QStringLiteral("/events"),
                           QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Export test")},
                                                     {QStringLiteral("date"), QStringLiteral("2031-05-01T18:00:00Z")},
                                                     {QStringLiteral("venue"), QStringLiteral("Hall")},
                                                     {QStringLiteral("maxCapacity"), 100},
                                                     {QStringLiteral("status"), QStringLiteral("published")}})
                               .toJson(QJsonDocument::Compact),
                           m_organizer1);
        QVERIFY2(created.status == 201, created.body.constData());
        m_hostileEvent = qint64(created.object().value(u"id").toDouble());
        for (int i = 0; i < m_names.size(); ++i) {
            const testenv::Answer r = m_client->post(
                QStringLiteral("/events/%1/registrations").arg(m_hostileEvent),
                QJsonDocument(QJsonObject{{QStringLiteral("fullName"), m_names[i]},
                                          {QStringLiteral("email"), QStringLiteral("hostile%1@example.org").arg(i)}})
                    .toJson(QJsonDocument::Compact));
            QVERIFY2(r.status == 201, r.body.constData());
        }
        // The sample season's largest event, for the bigger exports
        const testenv::Answer events = m_client->get(QStringLiteral("/events?limit=50"), m_operator);
        qint64 most = -1;
        for (const QJsonValue &e : events.object().value(u"items").toArray()) {
            const qint64 count = qint64(e.toObject().value(u"registrationCount").toDouble());
            if (count > most) {
                most = count;
                m_bigEvent = qint64(e.toObject().value(u"id").toDouble());
            }
        }
        QVERIFY(most > 1000);
    }

    void shouldExportTheSameFileFromBothPaths()
    {
        const ExportResult viaBackend = runExport(backendExport(m_hostileEvent, QStringLiteral("b.csv"), m_organizer1));
        QVERIFY2(viaBackend.ok, qPrintable(viaBackend.error));
        const ExportResult viaDatabase = runExport(databaseExport(m_hostileEvent, QStringLiteral("d.csv")));
        QVERIFY2(viaDatabase.ok, qPrintable(viaDatabase.error));
        for (const ExportResult &r : {viaBackend, viaDatabase}) {
            QCOMPARE(r.progress.rows, m_names.size());
            QCOMPARE(r.progress.expectedRows.value_or(-1), m_names.size());
        }
        QFile b(m_dir.filePath(QStringLiteral("b.csv"))), d(m_dir.filePath(QStringLiteral("d.csv")));
        QVERIFY(b.open(QIODevice::ReadOnly) && d.open(QIODevice::ReadOnly));
        const QByteArray bytes = b.readAll();
        QCOMPARE(bytes, d.readAll());

        // Every name comes back through an RFC 4180 parser, formulas defused with a leading quote
        const QList<QStringList> rows = testenv::parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), m_names.size() + 1);
        QCOMPARE(rows[0].value(0), QStringLiteral("Name"));
        QCOMPARE(rows[0].size(), 7);
        QSet<QString> exported;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), 7);
            exported.insert(rows[i][0]);
        }
        for (const QString &given : m_names) {
            const QString name = given.trimmed(); // eventsd trims names when it registers them
            const QChar first = name.front();
            const bool formula = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t';
            const QString expected = formula ? u'\'' + name : name;
            QVERIFY2(exported.contains(expected), qPrintable(expected));
        }
    }

    void shouldWriteAByteOrderMarkWhenAsked()
    {
        RegistrationExport::Options o = databaseExport(m_hostileEvent, QStringLiteral("bom.csv"));
        o.bom = true;
        QVERIFY(runExport(o).ok);
        QFile f(o.file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(8), QByteArray("\xEF\xBB\xBFName,"));
    }

    void shouldMatchTheDatabaseOnALargeEvent()
    {
        RegistrationExport exporter(databaseExport(m_bigEvent, QStringLiteral("big.csv")));
        QSignalSpy progress(&exporter, &RegistrationExport::progressed);
        const ExportResult r = QCoro::waitFor(exporter.run());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(progress.count() >= 2); // reported while it ran, not only at the end
        QCOMPARE(r.progress.rows, *r.progress.expectedRows);
        const ExportResult b = runExport(backendExport(m_bigEvent, QStringLiteral("big-b.csv"), m_operator));
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.progress.rows, r.progress.rows);
    }

    void shouldLeaveNoFileWhenCancelled()
    {
        // The database path: cancelled as it starts (the COPY is cancelled on the server)
        RegistrationExport::Options o = databaseExport(m_bigEvent, QStringLiteral("cancelled.csv"));
        {
            RegistrationExport exporter(o);
            QCoro::Task<ExportResult> running = exporter.run();
            exporter.cancel();
            const ExportResult r = QCoro::waitFor(std::move(running));
            QVERIFY(r.cancelled);
            QVERIFY(!r.ok);
            QVERIFY(r.error.contains(u"no file"));
        }
        QVERIFY(!QFile::exists(o.file));
        // The connection was left clean: the next export on the same database works.
        QVERIFY(runExport(databaseExport(m_hostileEvent, QStringLiteral("after.csv"))).ok);

        // The backend path: a backend that sent part of the file and stalls; cancelled mid-transfer
        testenv::TestHttpServer stalling;
        stalling.on(QStringLiteral("/events/7/registrations.csv"),
                    {200, QByteArray("Name,Email\n") + QByteArray(100 * 1024, 'x') + "\n",
                     testenv::TestHttpServer::Mode::Stall});
        RegistrationExport::Options s;
        s.eventId = 7;
        s.file = m_dir.filePath(QStringLiteral("stalled.csv"));
        s.source.backend = BackendClient::Options{QUrl(stalling.baseUrl()), {}};
        RegistrationExport exporter(s);
        QSignalSpy progress(&exporter, &RegistrationExport::progressed);
        QCoro::Task<ExportResult> running = exporter.run();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 5000); // data arrived: it is mid-export
        exporter.cancel();
        const ExportResult r = QCoro::waitFor(std::move(running));
        QVERIFY(r.cancelled);
        QVERIFY(!QFile::exists(s.file));
    }

    void shouldRefuseAnotherOrganizersEvent()
    {
        const RegistrationExport::Options o =
            backendExport(m_hostileEvent, QStringLiteral("foreign.csv"), m_organizer2);
        const ExportResult r = runExport(o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"(403)") && r.error.contains(u"own events"), qPrintable(r.error));
        QVERIFY(!QFile::exists(o.file));
    }

    void shouldExportHeadless()
    {
        const QString file = m_dir.filePath(QStringLiteral("headless.csv"));
        QProcess ok;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        env.insert(QStringLiteral("OPSDASH_TOKEN"), QString::fromLatin1(m_operator));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // no display needed at all
        ok.setProcessEnvironment(env);
        ok.start(QStringLiteral(OPSDASH_BINARY_DIR "/app/opsdash"),
                 {QStringLiteral("export"), QStringLiteral("--event"), QString::number(m_hostileEvent),
                  QStringLiteral("--output"), file, QStringLiteral("--backend"), m_eventsd.baseUrl()});
        QVERIFY(ok.waitForFinished(60000));
        const QByteArray log = ok.readAllStandardError();
        QVERIFY2(ok.exitStatus() == QProcess::NormalExit && ok.exitCode() == 0, log.constData());
        QVERIFY2(log.contains("rows exported, as many as the server counted"), log.constData());
        QVERIFY(QFile::exists(file));

        // A failure: non-zero exit, a sentence, no file
        const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
        QProcess failing;
        failing.setProcessEnvironment(env);
        failing.start(QStringLiteral(OPSDASH_BINARY_DIR "/app/opsdash"),
                      {QStringLiteral("export"), QStringLiteral("--event"), QStringLiteral("987654321"),
                       QStringLiteral("--output"), missing, QStringLiteral("--backend"), m_eventsd.baseUrl()});
        QVERIFY(failing.waitForFinished(60000));
        QCOMPARE(failing.exitCode(), 1);
        QVERIFY(failing.readAllStandardError().contains("not found"));
        QVERIFY(!QFile::exists(missing));

        // A wrong command line: exit 2
        QProcess wrong;
        wrong.setProcessEnvironment(env);
        wrong.start(QStringLiteral(OPSDASH_BINARY_DIR "/app/opsdash"), {QStringLiteral("export")});
        QVERIFY(wrong.waitForFinished(60000));
        QCOMPARE(wrong.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
