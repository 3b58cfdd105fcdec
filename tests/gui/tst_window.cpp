// The window offscreen, fed by a real local HTTP server answering with recorded eventsd bodies: pages fill from
// live polls, missing extensions are named, and every guarded action goes through its confirmation — cancel
// sends nothing, a production profile needs the typed name, a confirmed action is logged with before/after.

#include "actionpipeline.h"
#include "actionspage.h"
#include "apipage.h"
#include "cachepage.h"
#include "confirmdialog.h"
#include "databasepage.h"
#include "eventdetail.h"
#include "eventspage.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "memorypage.h"
#include "messagebar.h"
#include "overviewpage.h"
#include "pages.h"
#include "profiledialog.h"
#include "session.h"
#include "settings.h"
#include "tablepanel.h"
#include "tables.h"
#include "testhttpserver.h"
#include "tile.h"
#include "widgets.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using testenv::serveEventsd;
using testenv::TestHttpServer;
using testui::child;
using testui::rowModel;

namespace {
/// A rich-text label would try to read /dev/zero as an image, without end.
constexpr char kHostileMarkup[] = "<img src='/dev/zero'><b>bold</b>";
} // namespace

namespace {

Profile profileFor(const TestHttpServer &server, bool production)
{
    Profile p;
    p.name = QStringLiteral("staging");
    p.backendUrls = {QUrl(server.baseUrl())};
    p.auth = Profile::Auth::Token;
    p.refreshMs = 100;
    p.production = production;
    return p;
}

// The dialog opens asynchronously (QDialog::open); a test that finds none fails on the null pointer's use.
ConfirmDialog *waitForDialog(QWidget *window)
{
    ConfirmDialog *dialog = nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!(dialog = window->findChild<ConfirmDialog *>()) && timer.elapsed() < 5000)
        QTest::qWait(20);
    if (!dialog)
        qFatal("no confirmation dialog opened");
    return dialog;
}

// Presses "Force GC…" on the Memory page, confirms, and waits for the action to finish.
bool pressForceGcAndConfirm(MainWindow *window)
{
    window->showPage(QStringLiteral("memory"));
    QSignalSpy finished(window->findChild<ActionPipeline *>(), &ActionPipeline::finished);
    window->page(QStringLiteral("memory"))->findChild<QPushButton *>(QStringLiteral("gcButton"))->click();
    child<QPushButton>(waitForDialog(window), "runButton")->click();
    return finished.wait(5000);
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    MainWindow *newWindow(TestHttpServer &server, bool production)
    {
        auto *window = new MainWindow(m_settings.get());
        auto *session = new Session(profileFor(server, production), Secrets{{}, "token", {}, {}, {}});
        window->setSession(session);
        session->start();
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("opsdash.ini")));
    }

    void shouldFillThePagesFromLivePolls()
    {
        TestHttpServer server;
        serveEventsd(server);
        std::unique_ptr<MainWindow> window(newWindow(server, false));
        Dashboard *dashboard = window->session()->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->store().series(Metric::HeapUsed).size() >= 3, 5000);

        auto *overview = qobject_cast<OverviewPage *>(window->page(QStringLiteral("overview")));
        QVERIFY(overview);
        QTRY_VERIFY(overview->tile(Metric::HeapUsagePercent)->value().endsWith(u'%'));
        QCOMPARE(overview->tile(Metric::PoolWaiting)->value(), QStringLiteral("0"));
        // No database in this profile: its tiles say so instead of showing a number.
        QCOMPARE(overview->tile(Metric::SessionsActive)->value(), QStringLiteral("—"));

        QVERIFY(window->showPage(QStringLiteral("api")));
        QCOMPARE(window->currentPage(), QStringLiteral("api"));
        DashboardPage *api = window->page(QStringLiteral("api"));
        QTRY_VERIFY(api->tables().value(0)->proxy()->rowCount() > 0);
        QTRY_VERIFY(api->charts().value(0)->pointsDrawn() > 0); // requests/s from counter deltas
        // Filtering keeps only matching endpoints.
        TablePanel *endpoints = api->tables().value(0);
        endpoints->setFilterText(QStringLiteral("registrations"));
        for (int r = 0; r < endpoints->proxy()->rowCount(); ++r)
            QVERIFY(endpoints->proxy()->index(r, tables::EndpointRoute).data().toString().contains(u"registrations"));
        QVERIFY(endpoints->toCsv().startsWith(QStringLiteral("Instance,Endpoint,Requests")));

        window->showPage(QStringLiteral("database"));
        DashboardPage *database = window->page(QStringLiteral("database"));
        QTRY_VERIFY(database->tables().value(1)->proxy()->rowCount() > 0); // query frequency
    }

    void shouldNameWhatASeedOnlyBackendDoesNotOffer()
    {
        // Given a backend with the seed-002 endpoints only
        TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), {200, testenv::fixture("nestjs/overview.json")});
        server.on(QStringLiteral("/performance/database/frequency"),
                  {200, testenv::fixture("nestjs/database-frequency.json")});
        server.on(QStringLiteral("/performance/database/info"), {200, testenv::fixture("nestjs/database-info.json")});
        std::unique_ptr<MainWindow> window(newWindow(server, false));
        Dashboard *dashboard = window->session()->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->offers(BackendExtension::CacheStats), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->store().series(Metric::HeapUsed).size() >= 2, 5000);

        // Then the panels that need extensions say why they are empty; the seed's figures still show
        auto *overview = qobject_cast<OverviewPage *>(window->page(QStringLiteral("overview")));
        overview->refresh();
        QCOMPARE(overview->tile(Metric::CacheHitRate)->value(), QStringLiteral("—"));
        QVERIFY(overview->tile(Metric::HeapUsagePercent)->value().endsWith(u'%'));
        window->showPage(QStringLiteral("cache"));
        auto *cache = window->page(QStringLiteral("cache"));
        QVERIFY(cache->findChild<QLabel *>() != nullptr);
        bool named = false;
        for (QLabel *label : cache->findChildren<QLabel *>())
            named = named || label->text().contains(u"Not offered by this backend");
        QVERIFY(named);
        // Seed backends have averages only: the endpoint table still fills, percentile cells empty.
        window->showPage(QStringLiteral("api"));
        TablePanel *endpoints = window->page(QStringLiteral("api"))->tables().value(0);
        QTRY_VERIFY(endpoints->proxy()->rowCount() > 0);
        QCOMPARE(endpoints->proxy()->index(0, tables::EndpointP95).data().toString(), QStringLiteral("—"));
        // No job queues either: the Queues page says so, and offers no action.
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->offers(BackendExtension::Queues), 5000);
        window->showPage(QStringLiteral("queues"));
        QWidget *queues = window->page(QStringLiteral("queues"));
        QTRY_VERIFY(child<QLabel>(queues, "queuesStatus")->text().contains(u"Not offered by this backend"));
        QVERIFY(!child<QPushButton>(queues, "pauseButton")->isEnabled());
        QVERIFY(!child<QPushButton>(queues, "purgeButton")->isEnabled());
    }

    void shouldSendNothingWhenTheConfirmationIsCancelled()
    {
        TestHttpServer server;
        serveEventsd(server);
        std::unique_ptr<MainWindow> window(newWindow(server, false));
        window->showPage(QStringLiteral("memory"));
        auto *gc = window->page(QStringLiteral("memory"))->findChild<QPushButton *>(QStringLiteral("gcButton"));
        QVERIFY(gc && gc->isEnabled());
        gc->click();
        ConfirmDialog *dialog = waitForDialog(window.get());
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled()); // not a production profile: no typing needed
        dialog->reject();
        QTest::qWait(300);
        QCOMPARE(server.requests(QStringLiteral("/performance/memory/gc")), 0);
        QCOMPARE(window->session()->actions()->model()->rowCount(), 0);
    }

    void shouldRunAConfirmedActionAndLogBeforeAndAfter()
    {
        TestHttpServer server;
        serveEventsd(server);
        std::unique_ptr<MainWindow> window(newWindow(server, false));
        QVERIFY(pressForceGcAndConfirm(window.get()));
        QCOMPARE(server.requests(QStringLiteral("/performance/memory/gc")), 1);

        // Then the log has the action with its target, result and heap before and after
        RowTableModel *log = window->session()->actions()->model();
        QCOMPARE(log->rowCount(), 1);
        const TableRow *row = log->rowAt(0);
        QCOMPARE(row->values[tables::ActionName].toString(), QStringLiteral("Force GC"));
        QCOMPARE(row->values[tables::ActionInstance].toString(), server.baseUrl());
        QCOMPARE(row->values[tables::ActionResult].toString(), QStringLiteral("Garbage collection completed"));
        QVERIFY(row->values[tables::ActionBefore].toString().startsWith(u"heap used"));
        QVERIFY(row->values[tables::ActionAfter].toString().startsWith(u"heap used"));
        // And the result is shown inline
        QVERIFY(window->messageBar()->text().contains(u"Garbage collection completed"));
    }

    void shouldRequireTheTypedNameOnProduction()
    {
        TestHttpServer server;
        serveEventsd(server);
        std::unique_ptr<MainWindow> window(newWindow(server, true));
        window->findChild<ActionPipeline *>()->setAfterWindowMs(200);
        window->showPage(QStringLiteral("cache"));
        auto *cache = qobject_cast<CachePage *>(window->page(QStringLiteral("cache")));
        // The scope is on the button
        child<QComboBox>(cache, "scopeBox")->setCurrentIndex(1);
        QVERIFY(child<QPushButton>(cache, "invalidateButton")->text().contains(u"all instances"));
        child<QLineEdit>(cache, "patternEdit")->setText(QStringLiteral("events:*"));
        QSignalSpy finished(window->findChild<ActionPipeline *>(), &ActionPipeline::finished);
        child<QPushButton>(cache, "invalidateButton")->click();
        ConfirmDialog *dialog = waitForDialog(window.get());
        QVERIFY(child<QLineEdit>(dialog, "confirmationEdit"));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("stagin"));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("g"));
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
        child<QPushButton>(dialog, "runButton")->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(server.requests(QStringLiteral("/performance/cache/invalidate")), 1);
        const TableRow *row = window->session()->actions()->model()->rowAt(0);
        QVERIFY(row->values[tables::ActionResult].toString().contains(u"7 keys"));
        QVERIFY(row->values[tables::ActionParameters].toString().contains(u"events:*"));
        // The after-figures arrive when the after-window has passed (shortened here)
        QVERIFY(finished.wait(5000));
        QVERIFY(!window->session()->actions()->model()->rowAt(0)->values[tables::ActionAfter].toString().startsWith(
            u"measuring"));
    }

    void shouldReportAFailedActionInline()
    {
        TestHttpServer server;
        serveEventsd(server);
        server.on(QStringLiteral("/performance/memory/gc"), {403, R"({"message":"operators only"})"});
        std::unique_ptr<MainWindow> window(newWindow(server, false));
        QVERIFY(pressForceGcAndConfirm(window.get()));
        const TableRow *row = window->session()->actions()->model()->rowAt(0);
        QVERIFY2(row->values[tables::ActionResult].toString().contains(u"operators only"),
                 qPrintable(row->values[tables::ActionResult].toString()));
        QCOMPARE(row->severity, Severity::Critical);
        QVERIFY(window->messageBar()->text().contains(u"failed"));
    }

    void shouldShowAHostileBackendsWordsAsPlainText()
    {
        // Given a backend whose error message is markup that would make a rich-text label read /dev/zero
        TestHttpServer server;
        serveEventsd(server);
        server.on(QStringLiteral("/performance/memory/gc"),
                  {500,
                   QJsonDocument(QJsonObject{{QStringLiteral("statusCode"), 500},
                                             {QStringLiteral("message"), QString::fromUtf8(kHostileMarkup)}})
                       .toJson()});
        std::unique_ptr<MainWindow> window(newWindow(server, false));

        // When an action fails with it
        QVERIFY(pressForceGcAndConfirm(window.get()));

        // Then the message bar shows the markup as the text it is
        auto *label = window->messageBar()->findChild<QLabel *>();
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->text().contains(QString::fromUtf8(kHostileMarkup)), qPrintable(label->text()));
        // and a long remote text in a table cell has a tooltip that is shown literally too
        const QModelIndex result = window->session()->actions()->model()->index(0, tables::ActionResult);
        const QString tip = result.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.isEmpty() || tip.contains(u"&lt;img"));
    }

    void shouldValidateAndTestInTheProfileDialog()
    {
        // Given a dialog whose tester answers like the real one
        Profile seen;
        auto tester = [&seen](Profile p, Secrets) -> QCoro::Task<QStringList> {
            seen = p;
            co_return QStringList{QStringLiteral("✔ http://a: performance API answers"),
                                  QStringLiteral("✘ role x cannot see other sessions: run GRANT pg_monitor TO x;")};
        };
        ProfileDialog dialog(Profile{}, Secrets{}, tester);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>();
        QVERIFY(name);
        // When saved without a name or any source, it stays open and says why
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "testResult")->text().contains(u"name"));
        name->setText(QStringLiteral("prod"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "testResult")->text().contains(u"backend URL or a database"));
        auto *urls = dialog.findChild<QPlainTextEdit *>();
        urls->setPlainText(QStringLiteral("http://a.example.com:3000\nhttp://b.example.com:3000"));
        // Then "Test connection" shows each finding
        child<QPushButton>(&dialog, "testButton")->click();
        QTRY_VERIFY(child<QLabel>(&dialog, "testResult")->text().contains(u"GRANT pg_monitor TO x;"));
        QCOMPARE(seen.backendUrls.size(), 2);
        dialog.setExistingNames({QStringLiteral("prod")});
        dialog.accept();
        QVERIFY(child<QLabel>(&dialog, "testResult")->text().contains(u"exists already"));
        name->setText(QStringLiteral("prod-eu"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.profile().name, QStringLiteral("prod-eu"));
    }

    void shouldProtectARemoteDatabaseWithTls()
    {
        // A new profile follows its host: verify-full for a remote database, prefer on this machine.
        ProfileDialog dialog(Profile{}, Secrets{}, {});
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("pgHost"));
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        QVERIFY(host && mode);
        QCOMPARE(mode->currentText(), QStringLiteral("prefer"));
        host->setText(QStringLiteral("db.example.com"));
        QCOMPARE(mode->currentText(), QStringLiteral("verify-full"));
        QCOMPARE(dialog.profile().pgSslMode, QStringLiteral("verify-full"));
        QVERIFY(child<QLabel>(&dialog, "sslHelp")->text().contains(u"issued for this host name"));
        host->setText(QStringLiteral("::1"));
        QCOMPARE(mode->currentText(), QStringLiteral("prefer"));
        // Each mode says what it means, and a mode that may go in clear to a remote host is called out.
        mode->setCurrentText(QStringLiteral("disable"));
        Q_EMIT mode->activated(mode->currentIndex());
        QVERIFY(mode->itemData(mode->currentIndex(), Qt::ToolTipRole).toString().contains(u"in clear"));
        host->setText(QStringLiteral("10.1.2.3"));
        QCOMPARE(mode->currentText(), QStringLiteral("disable")); // the user's choice stands
        QVERIFY(child<QLabel>(&dialog, "sslHelp")->text().contains(u"choose verify-full"));

        // The maintenance role is not used over a connection that may be unencrypted to a remote host, unless
        // the profile says so; on this machine, or with verify-full, the mode stands.
        Profile remote;
        remote.name = QStringLiteral("r");
        remote.pgHost = QStringLiteral("db.example.com");
        remote.pgDatabase = QStringLiteral("events");
        remote.pgMaintenanceUser = QStringLiteral("owner");
        for (const char *m : {"disable", "allow", "prefer"}) {
            remote.pgSslMode = QString::fromLatin1(m);
            QCOMPARE(maintenanceParams(remote, QStringLiteral("pw"))->sslMode, QStringLiteral("require"));
            QCOMPARE(databaseParams(remote, QStringLiteral("pw")).sslMode, remote.pgSslMode);
        }
        remote.pgSslMode = QStringLiteral("verify-full");
        QCOMPARE(maintenanceParams(remote, QStringLiteral("pw"))->sslMode, QStringLiteral("verify-full"));
        remote.pgSslMode = QStringLiteral("prefer");
        remote.pgMaintenanceWithoutTls = true;
        QCOMPARE(maintenanceParams(remote, QStringLiteral("pw"))->sslMode, QStringLiteral("prefer"));
        Profile local = remote;
        local.pgMaintenanceWithoutTls = false;
        local.pgHost = QStringLiteral("localhost");
        QCOMPARE(maintenanceParams(local, QStringLiteral("pw"))->sslMode, QStringLiteral("prefer"));
        // The choice survives a save.
        ProfileDialog saved(remote, Secrets{}, {});
        QVERIFY(saved.profile().pgMaintenanceWithoutTls);
        QCOMPARE(saved.profile().pgSslMode, QStringLiteral("prefer")); // an existing profile keeps its mode
    }

    void shouldShowAnEventsDetailAndSayWhatASeedBackendLacks()
    {
        // Given a backend with the organizer endpoints, its answers recorded from eventsd
        TestHttpServer server;
        serveEventsd(server);
        server.on(QStringLiteral("/events/statistics"), {200, testenv::fixture("eventsd/event-statistics.json")});
        server.on(QStringLiteral("/events"), {200, testenv::fixture("eventsd/events-page.json")});
        QJsonObject page = QJsonDocument::fromJson(testenv::fixture("eventsd/registrations-page.json")).object();
        page.insert(QStringLiteral("hasNextPage"), false);
        server.on(QStringLiteral("/events/4/registrations"), {200, QJsonDocument(page).toJson()});
        QJsonObject summary = QJsonDocument::fromJson(testenv::fixture("eventsd/event-summary.json")).object();
        summary.insert(QStringLiteral("eventId"), 4);
        server.on(QStringLiteral("/events/4/summary"), {200, QJsonDocument(summary).toJson()});
        std::unique_ptr<MainWindow> window(newWindow(server, false));
        QVERIFY(window->showPage(QStringLiteral("events")));
        EventsPage *events = window->eventsPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowModel(events, "events")->rowCount() > 0, 5000);

        // When an event is selected, its detail draws the summary: cumulative lines and the capacity
        events->selectEvent(4);
        EventDetail *detail = child<EventDetail>(events, "eventDetail");
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasSummary(), 5000);
        const qint64 registered = summary.value(u"registrations").toInteger();
        QCOMPARE(qint64(testui::line(detail, "registeredLine")->points().last().y()), registered);
        QCOMPARE(testui::line(detail, "registeredLine")->points().first().y(), 0.0);
        QCOMPARE(testui::line(detail, "capacityLine")->at(0).y(), summary.value(u"capacity").toDouble());
        QCOMPARE(qint64(testui::line(detail, "checkedInLine")->points().last().y()),
                 summary.value(u"checkedIn").toInteger());
        QVERIFY2(child<QLabel>(detail, "paymentsText")->text().contains(u"PAID"),
                 qPrintable(child<QLabel>(detail, "paymentsText")->text()));
        QVERIFY(detail->findChild<QWidget *>(QStringLiteral("paymentBreakdown"))->isVisible());

        // And a search narrows the list even when the backend ignores `q` and sends everything
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(events, "registrationsView")->model()->rowCount() == 3, 5000);
        child<QLineEdit>(events, "registrationSearch")->setText(QStringLiteral("LENA"));
        Q_EMIT child<QLineEdit>(events, "registrationSearch")->returnPressed();
        QTRY_VERIFY_WITH_TIMEOUT(events->registrations()->rowCount() == 3, 5000);
        QCOMPARE(child<QTableView>(events, "registrationsView")->model()->rowCount(), 1);
        QCOMPARE(child<QTableView>(events, "registrationsView")
                     ->model()
                     ->index(0, RegistrationsModel::Name)
                     .data()
                     .toString(),
                 QStringLiteral("Lena Jensen"));

        // A seed-only backend has no summary endpoint, and this profile no database: the detail says so
        server.on(QStringLiteral("/events/8/summary"), {404, R"({"statusCode":404,"message":"Cannot GET"})"});
        events->selectEvent(8);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->hasSummary(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(detail->findChild<QLabel *>(QStringLiteral("detailStatus"))
                                     ->text()
                                     .contains(u"does not offer an event’s summary"),
                                 5000);
    }

    void shouldKeepOtherPanelsWhenTheBackendStops()
    {
        TestHttpServer server;
        serveEventsd(server);
        std::unique_ptr<MainWindow> window(newWindow(server, false));
        Dashboard *dashboard = window->session()->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->store().latest(Metric::HeapUsed).has_value(), 5000);
        // The backend answers garbage now: an error message bar, a gap in the history, the old rows gone
        server.on(QStringLiteral("/performance/overview"), {200, "<html>502 Bad Gateway</html>"});
        server.on(QStringLiteral("/health"), {502, "<html>502 Bad Gateway</html>"});
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->store().latest(Metric::HeapUsed).has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->messageBar()->text().isEmpty(), 5000);
        QVERIFY2(window->messageBar()->text().contains(server.baseUrl()), qPrintable(window->messageBar()->text()));
        // And it comes back by itself
        serveEventsd(server);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->store().latest(Metric::HeapUsed).has_value(), 10000);
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
