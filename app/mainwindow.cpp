#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace opsdash {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("opsdash"));
    setCentralWidget(m_pages);
    addPage(QStringLiteral("welcome"), createWelcomePage());

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About opsdash"), this, [this] {
        QMessageBox::about(this, tr("About opsdash"),
                           tr("<b>opsdash %1</b><p>Operations dashboard for the events-registration platform: "
                              "application metrics, database internals and guarded maintenance actions in one "
                              "window.</p>")
                               .arg(QStringLiteral(OPSDASH_VERSION)));
    });

    statusBar()->showMessage(tr("Not connected"));
    resize(1280, 800);
}

QStringList MainWindow::pageNames() const
{
    return m_pageNames;
}

bool MainWindow::showPage(const QString &name)
{
    const auto index = m_pageNames.indexOf(name);
    if (index < 0)
        return false;
    m_pages->setCurrentIndex(int(index));
    return true;
}

void MainWindow::addPage(const QString &name, QWidget *page)
{
    m_pageNames.append(name);
    m_pages->addWidget(page);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h1>opsdash</h1>"), page);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("No connection profile yet. A profile names the backend instances and the "
                               "PostgreSQL database to watch."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

} // namespace opsdash
