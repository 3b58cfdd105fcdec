// MainWindow's desktop conventions: the menus and their shortcuts (Ctrl+1…9, F5, Ctrl+F, Space, F1), the tray
// icon's status dot, and the state kept across restarts (geometry, splitters, columns, the page shown).

#include "helpdialogs.h"
#include "icons.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pages.h"
#include "session.h"
#include "settings.h"
#include "windowstate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QSystemTrayIcon>

namespace opsdash {

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(icons::forAction(icons::Action::NewProfile), tr("&New profile…"), this,
                        &MainWindow::newProfileRequested);
    fileMenu->addAction(icons::forAction(icons::Action::EditProfile), tr("&Edit profile…"), this,
                        &MainWindow::editProfileRequested);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_pause);
    QAction *refresh = viewMenu->addAction(icons::forAction(icons::Action::Refresh), tr("&Refresh now"), this,
                                           &MainWindow::refreshNow);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *find = viewMenu->addAction(icons::forAction(icons::Action::Find), tr("&Find in page"), this,
                                        [this] { focusFilter(); });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    viewMenu->addSeparator();
    QAction *keepPolling = viewMenu->addAction(tr("Keep polling while minimized"));
    keepPolling->setCheckable(true);
    keepPolling->setChecked(m_settings->pollWhileMinimized());
    connect(keepPolling, &QAction::toggled, m_settings, &Settings::setPollWhileMinimized);
    connect(m_settings, &Settings::pollWhileMinimizedChanged, this, &MainWindow::applyPolling);
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices{{QString(), tr("System")},
                                                     {QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                     {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, label] : choices) {
        QAction *action = languageMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_settings->language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings->setLanguage(code);
            m_messages->showMessage(tr("The language changes when opsdash starts next time."), Severity::Normal, 8000);
        });
    }

    // Ctrl+1…9: the pages in the navigation's order (named once a session has built them).
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < 9; ++i) {
        QAction *action = goMenu->addAction(QString());
        action->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_nav->count())
                m_nav->setCurrentRow(i);
        });
        m_pageActions.append(action);
    }
    updatePageActions();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(icons::forAction(icons::Action::Help), tr("&Keyboard shortcuts"), this,
                                             [this] { helpdialogs::showShortcuts(menuBar(), this); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About opsdash"), this,
                        [this] { QMessageBox::about(this, tr("About opsdash"), helpdialogs::aboutText()); });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updatePageActions()
{
    for (int i = 0; i < m_pageActions.size(); ++i) {
        const bool exists = i < m_nav->count();
        m_pageActions[i]->setText(exists ? m_nav->item(i)->text() : tr("Page %1").arg(i + 1));
        m_pageActions[i]->setEnabled(exists);
    }
}

void MainWindow::refreshNow()
{
    if (m_session)
        m_session->poller()->pollNow();
}

bool MainWindow::focusFilter()
{
    QWidget *page = m_pages->currentWidget();
    const auto fields = page->findChildren<QLineEdit *>();
    QLineEdit *chosen = nullptr;
    for (QLineEdit *field : fields) {
        if (!field->isVisible() || field->isReadOnly())
            continue;
        if (field->objectName() == QLatin1String("filter")) {
            chosen = field;
            break;
        }
        if (!chosen)
            chosen = field; // a page without a table filter: its first text field (e.g. the Cache page's pattern)
    }
    if (!chosen)
        return false;
    chosen->setFocus(Qt::ShortcutFocusReason);
    chosen->selectAll();
    return true;
}

void MainWindow::setTrayStatus(Severity status)
{
    if (status == m_trayStatus && m_tray && !m_tray->icon().isNull())
        return;
    m_trayStatus = status;
    if (!m_tray)
        return;
    // The application icon with a dot in the status's colour in its lower right corner.
    QPixmap pixmap = QApplication::windowIcon().pixmap(32, 32);
    if (pixmap.isNull()) {
        pixmap = QPixmap(32, 32);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(severityColor(status));
    painter.drawEllipse(QRectF(17, 17, 14, 14));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
}

void MainWindow::restoreWindow()
{
    if (!restoreGeometry(m_settings->windowState(QStringLiteral("window/geometry"))))
        resize(1280, 800);
    restoreState(m_settings->windowState(QStringLiteral("window/toolbars")));
    // The page the user left off on, once a session builds it (--page overrides it).
    if (const auto page = pageFromName(m_settings->lastPage()))
        m_pendingPage = page;
}

void MainWindow::savePageStates()
{
    for (QWidget *page : std::as_const(m_pageById))
        windowstate::savePage(page, m_settings);
}

void MainWindow::restorePageStates()
{
    for (QWidget *page : std::as_const(m_pageById))
        windowstate::restorePage(page, *m_settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowState(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setWindowState(QStringLiteral("window/toolbars"), saveState());
    savePageStates();
    if (m_session)
        m_settings->setLastPage(currentPage());
    QMainWindow::closeEvent(event);
}

} // namespace opsdash
