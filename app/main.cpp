#include "controller.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "session.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>

#include <QCoroFuture>
#include <QCoroTask>

#include <cstdio>

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("opsdash"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "opsdash: %s\n", qPrintable(text));
}

// Grabs the window on the GUI thread, encodes and writes the PNG on a worker, then quits with the outcome.
QCoro::Task<> saveScreenshotAndQuit(QWidget *window, QString file)
{
    const QImage image = window->grab().toImage();
    // Named, not a temporary inside co_await: GCC 12 destroys such temporaries twice (docs/architecture.md).
    QFuture<bool> saving = QtConcurrent::run([image, file] { return image.save(file, "PNG"); });
    const bool saved = co_await saving;
    if (!saved)
        printError(QApplication::translate("main", "cannot write screenshot to %1").arg(file));
    QApplication::exit(saved ? 0 : 1);
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
        const QLocale locale = settings.language().isEmpty() ? QLocale() : QLocale(settings.language());
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, QStringLiteral("opsdash"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(translator);
        return opsdash::runExportCommand(app);
    }
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("opsdash"));
    QApplication::setOrganizationName(QStringLiteral("opsdash"));
    QApplication::setApplicationVersion(QStringLiteral(OPSDASH_VERSION));

    opsdash::Settings settings;
    installTranslators(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Operations dashboard for eventsd"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Connection profile to open."),
                                           QApplication::translate("main", "name"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QApplication::translate("main", "Backend base URL (repeat or comma-separate for instances)."),
        QApplication::translate("main", "url"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"), QApplication::translate("main", "Backend bearer token (default: $OPSDASH_TOKEN)."),
        QApplication::translate("main", "token"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QApplication::translate("main", "PostgreSQL connection string or URI to monitor."),
        QApplication::translate("main", "conninfo"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QApplication::translate("main", "Page to show first: %1.")
                                            .arg(opsdash::allPageNames().join(QStringLiteral(", "))),
                                        QApplication::translate("main", "name"));
    const QCommandLineOption maintenanceOption(
        QStringLiteral("maintenance-user"),
        QApplication::translate("main",
                                "Role for VACUUM/ANALYZE/REINDEX from the health page (password: "
                                "$OPSDASH_MAINTENANCE_PASSWORD)."),
        QApplication::translate("main", "role"));
    const QCommandLineOption bouncerOption(
        QStringLiteral("pgbouncer"),
        QApplication::translate("main", "pgbouncer in front of the database, read with the database's role."),
        QApplication::translate("main", "[host:]port"));
    const QCommandLineOption eventOption(QStringLiteral("event"),
                                         QApplication::translate("main", "Event to select on the events page."),
                                         QApplication::translate("main", "id"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the live window to a PNG file and exit (works offscreen)."),
        QApplication::translate("main", "file"));
    const QCommandLineOption afterOption(
        QStringLiteral("after"),
        QApplication::translate("main",
                                "With --screenshot: seconds to wait (default: until a few ticks of data arrived)."),
        QApplication::translate("main", "seconds"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QApplication::translate("main", "system, light or dark."),
                                         QApplication::translate("main", "mode"), QStringLiteral("system"));
    const QCommandLineOption noKeychainOption(
        QStringLiteral("no-keychain"),
        QApplication::translate("main", "Keep secrets in memory only; never ask the keychain."));
    parser.addOptions({profileOption, backendOption, tokenOption, databaseOption, maintenanceOption, bouncerOption,
                       pageOption, eventOption, screenshotOption, afterOption, themeOption, noKeychainOption});
    parser.process(app);

    opsdash::theme::apply(app, parser.value(themeOption));

    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !opsdash::pageFromName(page)) {
        printError(QApplication::translate("main", "unknown page \"%1\"; pages: %2")
                       .arg(page, opsdash::allPageNames().join(QStringLiteral(", "))));
        return 2;
    }
    const bool screenshot = parser.isSet(screenshotOption);

    opsdash::SecretStore secrets;
    secrets.setKeychainEnabled(!parser.isSet(noKeychainOption) && !screenshot);
    opsdash::MainWindow window(&settings);
    opsdash::Controller controller(&settings, &secrets, &window);
    if (!page.isEmpty())
        window.showPage(page);
    if (parser.isSet(eventOption)) {
        bool ok = false;
        const qint64 event = parser.value(eventOption).toLongLong(&ok);
        if (!ok || event <= 0) {
            printError(QApplication::translate("main", "--event takes an event id, a positive integer"));
            return 2;
        }
        window.selectEvent(event); // once the events are loaded
    }

    opsdash::LaunchOptions launch;
    launch.profile = parser.value(profileOption);
    for (const QString &value : parser.values(backendOption))
        for (const QString &url : value.split(u',', Qt::SkipEmptyParts))
            launch.backends.append(url.trimmed());
    launch.token = parser.isSet(tokenOption) ? parser.value(tokenOption).toUtf8() : qgetenv("OPSDASH_TOKEN");
    launch.database = parser.value(databaseOption);
    launch.maintenanceUser = parser.value(maintenanceOption);
    launch.maintenancePassword = qEnvironmentVariable("OPSDASH_MAINTENANCE_PASSWORD");
    launch.pgbouncer = parser.value(bouncerOption);
    launch.interactive = !screenshot;

    // Cold start to first data, for bench/: logged once.
    QObject::connect(&controller, &opsdash::Controller::sessionStarted, &window, [&sinceStart](opsdash::Session *s) {
        QObject::connect(s, &opsdash::Session::firstData, s, [&sinceStart] {
            qInfo("first data after %lld ms", static_cast<long long>(sinceStart.elapsed()));
        });
    });

    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        const bool fixedWait = parser.isSet(afterOption);
        const int afterMs = int(parser.value(afterOption).toDouble() * 1000);
        // Either a fixed wait, or until three backend ticks (rates need two) or PostgreSQL samples arrived.
        auto shoot = [&window, file] { saveScreenshotAndQuit(&window, file); };
        if (fixedWait) {
            QTimer::singleShot(afterMs, &window, shoot);
        } else {
            QTimer::singleShot(20000, &window, shoot); // at the latest
            QObject::connect(
                &controller, &opsdash::Controller::sessionStarted, &window, [&window, shoot](opsdash::Session *s) {
                    auto ticks = std::make_shared<int>(0);
                    QObject::connect(s->dashboard(), &opsdash::Dashboard::updated, &window, [ticks, shoot] {
                        if (++*ticks == 5)
                            QTimer::singleShot(300, shoot);
                    });
                });
        }
    }

    window.show();
    qInfo("window shown after %lld ms", static_cast<long long>(sinceStart.elapsed()));
    const bool shootWithoutSession = screenshot && !parser.isSet(afterOption);
    const QString screenshotFile = parser.value(screenshotOption);
    QCoro::connect(
        controller.start(launch), &window, [&window, shootWithoutSession, screenshotFile](const QString &error) {
            if (!error.isEmpty()) {
                printError(error);
                QApplication::exit(2);
                return;
            }
            // No profile to watch: there is no data to wait for.
            if (shootWithoutSession && !window.session())
                QTimer::singleShot(200, &window,
                                   [&window, screenshotFile] { saveScreenshotAndQuit(&window, screenshotFile); });
        });
    return QApplication::exec();
}
