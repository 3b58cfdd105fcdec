#include "commandline.h"
#include "controller.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "rulescommand.h"
#include "screenshot.h"
#include "secretstore.h"
#include "session.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <QCoroTask>

#include <cstdio>
#include <memory>

namespace {

void installTranslators(QCoreApplication &app, const QString &language, bool withQt)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (withQt) {
        auto *qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
    }
    // Installed: <prefix>/bin/opsdash reads <prefix>/share/opsdash/translations; in the build tree the .qm files
    // lie beside the program.
    const QString programDir = QCoreApplication::applicationDirPath();
    auto *appTranslator = new QTranslator(&app);
    for (const QString &dir : QStringList{programDir + QStringLiteral("/../share/opsdash/translations"), programDir}) {
        if (appTranslator->load(locale, QStringLiteral("opsdash"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(appTranslator);
            break;
        }
    }
    if (!language.isEmpty() && withQt)
        QLocale::setDefault(locale);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "opsdash: %s\n", qPrintable(text));
}

} // namespace

int main(int argc, char *argv[])
{
    // `opsdash export …` needs no window, no display: a plain core application.
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("opsdash"));
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash"));
        opsdash::Settings settings;
        installTranslators(app, settings.language(), false);
        return opsdash::runExportCommand(app);
    }
    // `opsdash rules …` prints Prometheus alerting rules: untranslated, so a generated file is the same anywhere.
    if (argc > 1 && qstrcmp(argv[1], "rules") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("opsdash"));
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash"));
        return opsdash::runRulesCommand(app);
    }
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("opsdash"));
    QApplication::setOrganizationName(QStringLiteral("opsdash"));
    QApplication::setApplicationVersion(QStringLiteral(OPSDASH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("opsdash"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/opsdash-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    opsdash::Settings settings;
    installTranslators(app, settings.language(), true);
    QString error;
    const auto line = opsdash::parseCommandLine(app, &error);
    if (!line) {
        printError(error);
        return 2;
    }
    opsdash::theme::apply(app, line->theme);

    opsdash::SecretStore secrets;
    secrets.setKeychainEnabled(line->keychain);
    opsdash::MainWindow window(&settings);
    opsdash::Controller controller(&settings, &secrets, &window);
    if (line->page)
        window.showPage(*line->page);
    if (line->rangeMinutes)
        window.setRangeMinutes(*line->rangeMinutes);
    if (line->event)
        window.selectEvent(*line->event); // once the events are loaded

    // Cold start to first data, for bench/: logged once.
    QObject::connect(&controller, &opsdash::Controller::sessionStarted, &window, [&sinceStart](opsdash::Session *s) {
        QObject::connect(s, &opsdash::Session::firstData, s, [&sinceStart] {
            qInfo("first data after %lld ms", static_cast<long long>(sinceStart.elapsed()));
        });
    });
    std::unique_ptr<opsdash::ScreenshotJob> screenshot;
    if (!line->screenshotFile.isEmpty())
        screenshot = std::make_unique<opsdash::ScreenshotJob>(&window, &controller, line->screenshotFile,
                                                              line->screenshotAfterMs);

    window.show();
    qInfo("window shown after %lld ms", static_cast<long long>(sinceStart.elapsed()));
    QCoro::connect(controller.start(line->launch), &window, [&screenshot](const QString &error) {
        if (!error.isEmpty()) {
            printError(error);
            QApplication::exit(2);
        } else if (screenshot) {
            screenshot->started();
        }
    });
    return QApplication::exec();
}
