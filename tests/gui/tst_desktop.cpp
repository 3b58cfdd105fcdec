// The desktop conventions of the window, offscreen against a real local HTTP server answering with recorded
// eventsd bodies: Ctrl+1…9 switch pages, F5 polls now, Ctrl+F focuses the page's filter, Space pauses, F1 lists
// the shortcuts; the tray's status follows the worst source; geometry, splitters, columns and the page shown
// come back when the window is built again from the same settings.

#include "eventspage.h"
#include "helpdialogs.h"
#include "icons.h"
#include "mainwindow.h"
#include "session.h"
#include "settings.h"
#include "testhttpserver.h"

#include <QAction>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using testenv::serveEventsd;
using testenv::TestHttpServer;

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    std::unique_ptr<MainWindow> newWindow(TestHttpServer &server, int refreshMs)
    {
        Profile p;
        p.thresholds.holdSeconds = 3600; // no alert raised within a test: the tray shows the sources alone
        p.name = QStringLiteral("desk");
        p.backendUrls = {QUrl(server.baseUrl())};
        p.auth = Profile::Auth::Token;
        p.refreshMs = refreshMs;
        auto window = std::make_unique<MainWindow>(m_settings.get());
        auto *session = new Session(p, Secrets{{}, "token", {}, {}, {}});
        window->setSession(session);
        session->start();
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active: shortcuts may not reach it");
        return window;
    }

    static void press(QWidget *window, QKeySequence keys)
    {
        const QKeyCombination combination = keys[0];
        QTest::keyClick(window, combination.key(), combination.keyboardModifiers());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("opsdash.ini")));
    }

    // A window deleted mid-poll leaves its poll coroutines to resume (and end) on the next turns of the event loop.
    void cleanup() { QTest::qWait(100); }

    void shouldSwitchPagesWithCtrlDigits()
    {
        TestHttpServer server;
        serveEventsd(server);
        auto window = newWindow(server, 1000);
        press(window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(window->currentPage(), QStringLiteral("api"));
        press(window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(window->currentPage(), QStringLiteral("overview"));
        // The Go menu names the pages; a number past the last page does nothing.
        auto *second = window->findChild<QAction *>(QStringLiteral("pageAction2"));
        QCOMPARE(second->text(), QStringLiteral("API"));
        auto *ninth = window->findChild<QAction *>(QStringLiteral("pageAction9"));
        QVERIFY(ninth);
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), QStringLiteral("overview"));
    }

    void shouldShowAnIconForEveryPageAndActionWithoutATheme()
    {
        // Offscreen there is no icon theme: every icon is the bundled one, drawn from the resources.
        QIcon::setThemeName(QString());
        for (const PageId page : allPages())
            QVERIFY2(!icons::forPage(page).pixmap(24, 24).isNull(), qPrintable(pageName(page)));
        for (const auto action : {icons::Action::Pause, icons::Action::Refresh, icons::Action::Find,
                                  icons::Action::NewProfile, icons::Action::EditProfile, icons::Action::Help})
            QVERIFY(!icons::forAction(action).pixmap(48, 48).isNull());
        TestHttpServer server;
        serveEventsd(server);
        auto window = newWindow(server, 1000);
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav->count() >= 9);
        for (int i = 0; i < nav->count(); ++i)
            QVERIFY2(!nav->item(i)->icon().isNull(), qPrintable(nav->item(i)->text()));
    }

    void shouldPollNowOnF5AndPauseOnSpace()
    {
        TestHttpServer server;
        serveEventsd(server);
        auto window = newWindow(server, 60000); // the next poll would be a minute away
        const QString path = QStringLiteral("/performance/overview");
        QTRY_COMPARE_WITH_TIMEOUT(server.requests(path), 1, 5000);
        QTest::qWait(300); // the first poll's answer is in
        press(window.get(), QKeySequence::Refresh);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests(path), 2, 5000);

        press(window.get(), QKeySequence(Qt::Key_Space));
        QVERIFY(window->session()->poller()->isPaused());
        QTest::qWait(300);
        press(window.get(), QKeySequence::Refresh); // paused: F5 polls nothing
        QTest::qWait(500);
        QCOMPARE(server.requests(path), 2);
        press(window.get(), QKeySequence(Qt::Key_Space));
        QVERIFY(!window->session()->poller()->isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(server.requests(path), 3, 5000); // resuming polls at once
    }

    void shouldFocusThePagesFilterOnCtrlF()
    {
        TestHttpServer server;
        serveEventsd(server);
        auto window = newWindow(server, 1000);
        QVERIFY(window->showPage(QStringLiteral("actions")));
        QCoreApplication::processEvents();
        press(window.get(), QKeySequence::Find);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), QStringLiteral("filter"));
        QVERIFY(window->page(QStringLiteral("actions"))->isAncestorOf(focused));
    }

    void shouldListTheShortcutsOnF1()
    {
        TestHttpServer server;
        serveEventsd(server);
        auto window = newWindow(server, 1000);
        press(window.get(), QKeySequence::HelpContents);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QStringList rows;
        for (int i = 0; i < table->rowCount(); ++i)
            rows.append(table->item(i, 0)->text() + u'=' + table->item(i, 1)->text());
        QVERIFY2(rows.contains(QStringLiteral("Refresh now=F5")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("Find in page=Ctrl+F")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("Pause=Space")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("API=Ctrl+2")), qPrintable(rows.join(u'\n')));
        dialog->close();
    }

    void shouldNameTheLibrariesAndTheirLicencesInAbout()
    {
        const QString about = helpdialogs::aboutText();
        QVERIFY(about.contains(QStringLiteral("opsdash " OPSDASH_VERSION)));
        QVERIFY(about.contains(QStringLiteral("running on Qt %1").arg(QString::fromLatin1(qVersion()))));
        // Each library with a version read from it (or its CMake package) and its licence.
        for (const char *row : {"QCoro</td><td>0.8", "QtKeychain</td><td>0.", "libpq</td><td>1", "zlib</td><td>1.",
                                "Boost.Beast</td><td>1.", "Qt Charts</td><td>6."})
            QVERIFY2(about.contains(QLatin1String(row)), row);
        for (const char *licence : {"LGPL-3.0-only", "GPL-3.0-only", "MIT", "BSD-3-Clause", "PostgreSQL", "BSL-1.0"})
            QVERIFY2(about.contains(QLatin1String(licence)), licence);
    }

    void shouldShowTheWorstSourceInTheTrayStatus()
    {
        TestHttpServer server;
        serveEventsd(server);
        auto window = newWindow(server, 100);
        QTRY_COMPARE_WITH_TIMEOUT(window->trayStatus(), Severity::Normal, 5000);
        // Part of the backend fails (it still answers): amber.
        server.on(QStringLiteral("/performance/overview"), {500, "{}"});
        QTRY_COMPARE_WITH_TIMEOUT(window->trayStatus(), Severity::Warning, 10000);
        // It stops answering at all: red.
        for (const char *path :
             {"/health", "/performance/overview", "/performance/api/endpoints", "/performance/database/pool",
              "/performance/cache/stats", "/performance/database/info", "/performance/database/frequency"})
            server.on(QLatin1String(path), {0, {}, TestHttpServer::Mode::Drop});
        QTRY_COMPARE_WITH_TIMEOUT(window->trayStatus(), Severity::Critical, 10000);
        // Back: F5 polls at once instead of after the error backoff (up to 30 s).
        serveEventsd(server);
        window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(window->trayStatus(), Severity::Normal, 10000);
    }

    void shouldRestoreGeometrySplittersColumnsAndPage()
    {
        TestHttpServer server;
        serveEventsd(server);
        QList<int> splitterSizes;
        {
            auto window = newWindow(server, 1000);
            window->resize(1111, 777);
            QVERIFY(window->showPage(QStringLiteral("events")));
            QCoreApplication::processEvents();
            auto *splitter = window->eventsPage()->findChild<QSplitter *>();
            QVERIFY(splitter);
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({total / 4, total - total / 4});
            splitterSizes = splitter->sizes();
            QVERIFY(window->showPage(QStringLiteral("actions")));
            QCoreApplication::processEvents();
            auto *header = window->page(QStringLiteral("actions"))->findChild<QTableView *>()->horizontalHeader();
            header->resizeSection(0, 233);
            window->close();
        }
        auto window = newWindow(server, 1000);
        QCOMPARE(window->size(), QSize(1111, 777));
        QCOMPARE(window->currentPage(), QStringLiteral("actions"));
        auto *header = window->page(QStringLiteral("actions"))->findChild<QTableView *>()->horizontalHeader();
        QCOMPARE(header->sectionSize(0), 233);
        QVERIFY(window->showPage(QStringLiteral("events")));
        QCoreApplication::processEvents();
        auto *splitter = window->eventsPage()->findChild<QSplitter *>();
        QCOMPARE(splitter->sizes(), splitterSizes);

        // A table saved with another column count (an older version's layout) starts from its default widths.
        window->close();
        window.reset();
        m_settings->setWindowState(QStringLiteral("actions/columnCount0"), "99");
        window = newWindow(server, 1000);
        header = window->page(QStringLiteral("actions"))->findChild<QTableView *>()->horizontalHeader();
        QVERIFY(header->sectionSize(0) != 233);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
