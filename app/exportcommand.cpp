#include "exportcommand.h"

#include "backendclient.h"
#include "registrationexport.h"
#include "secretstore.h"
#include "session.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <QCoroTask>

#include <cstdio>
#include <unistd.h>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::ExportCommand)
};

void print(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

struct Plan
{
    RegistrationExport::Options options;
    QString email, password; ///< log in first when set
    QString error;
};

QCoro::Task<int> exportTask(Plan plan)
{
    if (!plan.email.isEmpty() && plan.options.source.backend) {
        BackendClient client(*plan.options.source.backend);
        QCoro::Task<BackendReply<QByteArray>> login = client.login(plan.email, plan.password);
        const auto token = co_await login;
        if (!token) {
            print(Text::tr("opsdash export: login as %1 failed: %2").arg(plan.email, token.error));
            co_return 1;
        }
        plan.options.source.backend->token = *token.value;
    }
    RegistrationExport exporter(plan.options);
    const bool terminal = isatty(STDERR_FILENO) == 1;
    const QLocale locale;
    QObject::connect(&exporter, &RegistrationExport::progressed, &exporter, [&](const ExportProgress &p) {
        if (!terminal)
            return;
        const QString total = p.expectedRows ? Text::tr(" of %1").arg(locale.toString(*p.expectedRows)) : QString();
        std::fprintf(stderr, "\r%s",
                     qPrintable(Text::tr("%1%2 rows, %3 MB, %4 MB/s   ")
                                    .arg(locale.toString(p.rows), total, locale.toString(double(p.bytes) / 1e6, 'f', 1),
                                         locale.toString(p.megabytesPerSecond(), 'f', 1))));
        std::fflush(stderr);
    });
    QCoro::Task<ExportResult> running = exporter.run();
    const ExportResult result = co_await running;
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!result.ok) {
        print(Text::tr("opsdash export: %1").arg(result.error));
        co_return 1;
    }
    print(Text::tr("opsdash export: %1 to %2 (%3 MB in %4 s)")
              .arg(result.note, plan.options.file, locale.toString(double(result.progress.bytes) / 1e6, 'f', 1),
                   locale.toString(result.progress.seconds, 'f', 2)));
    co_return 0;
}

} // namespace

int runExportCommand(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Export an event's registrations as CSV (a registration report)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), Text::tr("The export command."));
    const QCommandLineOption eventOption(QStringLiteral("event"), Text::tr("Event id."), Text::tr("id"));
    const QCommandLineOption outputOption(QStringLiteral("output"), Text::tr("CSV file to write."), Text::tr("file"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), Text::tr("Connection profile to use."),
                                           Text::tr("name"));
    const QCommandLineOption backendOption(QStringLiteral("backend"), Text::tr("Backend base URL."), Text::tr("url"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"), Text::tr("Backend bearer token (default: $OPSDASH_TOKEN)."), Text::tr("token"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), Text::tr("PostgreSQL connection string: export straight from the database."),
        Text::tr("conninfo"));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       Text::tr("Start the file with a UTF-8 byte order mark (Excel)."));
    parser.addOptions(
        {eventOption, outputOption, profileOption, backendOption, tokenOption, databaseOption, bomOption});
    parser.process(app);

    bool ok = false;
    Plan plan;
    plan.options.eventId = parser.value(eventOption).toLongLong(&ok);
    if (!ok || plan.options.eventId <= 0 || parser.value(outputOption).isEmpty()) {
        print(Text::tr("opsdash export: --event ID and --output FILE are required"));
        return 2;
    }
    plan.options.file = parser.value(outputOption);
    plan.options.bom = parser.isSet(bomOption);

    Settings settings;
    SecretStore secrets;
    QString error;
    if (parser.isSet(profileOption)) {
        const auto profile = settings.profile(parser.value(profileOption));
        if (!profile) {
            print(Text::tr("opsdash export: no profile named \"%1\"").arg(parser.value(profileOption)));
            return 2;
        }
        const Secrets stored = QCoro::waitFor(secrets.readProfile(*profile));
        if (profile->hasBackend()) {
            plan.options.source.backend = BackendClient::Options{profile->backendUrls.first(), stored.token};
            if (profile->auth == Profile::Auth::Login) {
                plan.email = profile->email;
                plan.password = stored.password;
            }
        } else if (profile->hasDatabase()) {
            plan.options.source.database = databaseParams(*profile, stored.pgPassword);
        }
    }
    if (parser.isSet(backendOption)) {
        plan.email.clear();
        plan.options.source.backend = BackendClient::Options{
            QUrl::fromUserInput(parser.value(backendOption)),
            parser.isSet(tokenOption) ? parser.value(tokenOption).toUtf8() : qgetenv("OPSDASH_TOKEN")};
    }
    if (parser.isSet(databaseOption)) {
        const auto db = parseConnInfo(parser.value(databaseOption), &error);
        if (!db) {
            print(Text::tr("opsdash export: %1").arg(error));
            return 2;
        }
        plan.options.source.database = db;
        if (!parser.isSet(backendOption))
            plan.options.source.backend.reset(); // the database path was asked for
    }
    if (!plan.options.source.backend && !plan.options.source.database) {
        print(Text::tr("opsdash export: give --backend URL, --database CONNINFO or --profile NAME"));
        return 2;
    }
    return QCoro::waitFor(exportTask(plan));
}

} // namespace opsdash
