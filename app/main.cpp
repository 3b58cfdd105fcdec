#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>

#include <QCoroFuture>
#include <QCoroTask>

#include <cstdio>

namespace {

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("opsdash"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

// Grabs the window on the GUI thread, encodes and writes the PNG on a worker, then quits with the outcome.
QCoro::Task<> saveScreenshotAndQuit(QWidget *window, QString file)
{
    const QImage image = window->grab().toImage();
    // Named, not a temporary inside co_await: GCC 12 destroys such temporaries twice (docs/architecture.md).
    QFuture<bool> saving = QtConcurrent::run([image, file] { return image.save(file, "PNG"); });
    const bool saved = co_await saving;
    if (!saved)
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Cannot write screenshot to %1").arg(file)));
    QApplication::exit(saved ? 0 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("opsdash"));
    QApplication::setOrganizationName(QStringLiteral("opsdash"));
    QApplication::setApplicationVersion(QStringLiteral(OPSDASH_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Operations dashboard for eventsd"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pageOption(QStringLiteral("page"), QApplication::translate("main", "Page to show first."),
                                        QApplication::translate("main", "name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file and exit (works offscreen)."),
        QApplication::translate("main", "file"));
    parser.addOptions({pageOption, screenshotOption});
    parser.process(app);

    opsdash::MainWindow window;
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Unknown page \"%1\"; pages: %2")
                                    .arg(parser.value(pageOption), window.pageNames().join(QLatin1String(", ")))));
        return 2;
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&window, file] { saveScreenshotAndQuit(&window, file); });
    }
    return QApplication::exec();
}
