#include "commandline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace opsdash {

namespace {

/// The command line's texts keep the context they had in main.cpp.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace

std::optional<CommandLine> parseCommandLine(QApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Operations dashboard for eventsd"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), Text::tr("Connection profile to open."),
                                           Text::tr("name"));
    const QCommandLineOption backendOption(QStringLiteral("backend"),
                                           Text::tr("Backend base URL (repeat or comma-separate for instances)."),
                                           Text::tr("url"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"), Text::tr("Backend bearer token (default: $OPSDASH_TOKEN)."), Text::tr("token"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), Text::tr("PostgreSQL connection string or URI to monitor."), Text::tr("conninfo"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), Text::tr("Page to show first: %1.").arg(allPageNames().join(QStringLiteral(", "))),
        Text::tr("name"));
    const QCommandLineOption maintenanceOption(
        QStringLiteral("maintenance-user"),
        Text::tr("Role for VACUUM/ANALYZE/REINDEX from the health page (password: $OPSDASH_MAINTENANCE_PASSWORD)."),
        Text::tr("role"));
    const QCommandLineOption bouncerOption(
        QStringLiteral("pgbouncer"), Text::tr("pgbouncer in front of the database, read with the database's role."),
        Text::tr("[host:]port"));
    const QCommandLineOption eventOption(QStringLiteral("event"), Text::tr("Event to select on the events page."),
                                         Text::tr("id"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), Text::tr("Render the live window to a PNG file and exit (works offscreen)."),
        Text::tr("file"));
    const QCommandLineOption afterOption(
        QStringLiteral("after"),
        Text::tr("With --screenshot: seconds to wait (default: until a few ticks of data arrived)."),
        Text::tr("seconds"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), Text::tr("system, light or dark."), Text::tr("mode"),
                                         QStringLiteral("system"));
    const QCommandLineOption noKeychainOption(QStringLiteral("no-keychain"),
                                              Text::tr("Keep secrets in memory only; never ask the keychain."));
    parser.addOptions({profileOption, backendOption, tokenOption, databaseOption, maintenanceOption, bouncerOption,
                       pageOption, eventOption, screenshotOption, afterOption, themeOption, noKeychainOption});
    parser.process(app);

    CommandLine line;
    const QString page = parser.value(pageOption);
    line.page = pageFromName(page);
    if (!page.isEmpty() && !line.page) {
        *error = Text::tr("unknown page \"%1\"; pages: %2").arg(page, allPageNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (parser.isSet(eventOption)) {
        bool ok = false;
        const qint64 event = parser.value(eventOption).toLongLong(&ok);
        if (!ok || event <= 0) {
            *error = Text::tr("--event takes an event id, a positive integer");
            return std::nullopt;
        }
        line.event = event;
    }
    line.theme = parser.value(themeOption);
    line.screenshotFile = parser.value(screenshotOption);
    if (parser.isSet(afterOption))
        line.screenshotAfterMs = int(parser.value(afterOption).toDouble() * 1000);
    const bool screenshot = parser.isSet(screenshotOption);
    line.keychain = !parser.isSet(noKeychainOption) && !screenshot;

    LaunchOptions &launch = line.launch;
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
    return line;
}

} // namespace opsdash
