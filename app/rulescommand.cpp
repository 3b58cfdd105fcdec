#include "rulescommand.h"

#include "promql.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::RulesCommand)
};

void print(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

int runRulesCommand(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Print Prometheus alerting rules with the thresholds and hold times of a profile's alerts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("rules"), Text::tr("The rules command."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), Text::tr("Connection profile whose thresholds to use (default: the seeds')."),
        Text::tr("name"));
    const QCommandLineOption jobOption(QStringLiteral("job"),
                                       Text::tr("eventsd's scrape job in Prometheus (default: eventsd)."),
                                       Text::tr("name"), QStringLiteral("eventsd"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          Text::tr("Write the rules to this file instead of standard output."),
                                          Text::tr("file"));
    parser.addOptions({profileOption, jobOption, outputOption});
    parser.process(app);

    const QString job = parser.value(jobOption);
    static const QRegularExpression jobName(QStringLiteral("^[A-Za-z0-9_.:-]{1,100}$"));
    if (!jobName.match(job).hasMatch()) {
        print(Text::tr("opsdash rules: \"%1\" is not a job name (letters, digits, _ . : -)").arg(job));
        return 2;
    }
    Thresholds thresholds;
    QString profileName;
    if (parser.isSet(profileOption)) {
        const Settings settings;
        const auto profile = settings.profile(parser.value(profileOption));
        if (!profile) {
            print(Text::tr("opsdash rules: no profile named \"%1\"").arg(parser.value(profileOption)));
            return 2;
        }
        thresholds = profile->thresholds;
        profileName = profile->name;
    }
    const QByteArray rules = promql::alertingRules(thresholds, profileName, job).toUtf8();
    if (!parser.isSet(outputOption)) {
        std::fwrite(rules.constData(), 1, std::size_t(rules.size()), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(rules) != rules.size() || !file.commit()) {
        print(Text::tr("opsdash rules: cannot write %1: %2").arg(parser.value(outputOption), file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace opsdash
