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

const QList<std::pair<QString, int>> &ranges()
{
    static const QList<std::pair<QString, int>> list{
        {QStringLiteral("5m"), 5},         {QStringLiteral("15m"), 15},   {QStringLiteral("1h"), 60},
        {QStringLiteral("6h"), 360},       {QStringLiteral("24h"), 1440}, {QStringLiteral("7d"), 7 * 1440},
        {QStringLiteral("30d"), 30 * 1440}};
    return list;
}

} // namespace

QStringList rangeNames()
{
    QStringList names;
    for (const auto &[name, minutes] : ranges())
        names.append(name);
    return names;
}

std::optional<int> rangeFromName(const QString &name)
{
    for (const auto &[n, minutes] : ranges())
        if (n == name)
            return minutes;
    return std::nullopt;
}

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
    const QCommandLineOption prometheusOption(
        QStringLiteral("prometheus"),
        Text::tr("Prometheus (HTTP API v1) that scrapes the backend: history, long ranges, the fleet (token: "
                 "$OPSDASH_PROMETHEUS_TOKEN)."),
        Text::tr("url"));
    const QCommandLineOption alertmanagerOption(
        QStringLiteral("alertmanager"), Text::tr("Alertmanager for the alerts page and silences."), Text::tr("url"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"), Text::tr("Time range of the charts: %1.").arg(rangeNames().join(QStringLiteral(", "))),
        Text::tr("range"));
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
                       prometheusOption, alertmanagerOption, rangeOption, pageOption, eventOption, screenshotOption,
                       afterOption, themeOption, noKeychainOption});
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
    if (parser.isSet(rangeOption)) {
        line.rangeMinutes = rangeFromName(parser.value(rangeOption));
        if (!line.rangeMinutes) {
            *error = Text::tr("unknown range \"%1\"; ranges: %2")
                         .arg(parser.value(rangeOption), rangeNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
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
    launch.prometheus = parser.value(prometheusOption);
    launch.alertmanager = parser.value(alertmanagerOption);
    launch.prometheusToken = qgetenv("OPSDASH_PROMETHEUS_TOKEN");
    launch.interactive = !screenshot;
    return line;
}

} // namespace opsdash
