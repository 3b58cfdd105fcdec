#include "connectiontest.h"

#include "backendclient.h"
#include "format.h"
#include "pgmonitor.h"
#include "session.h"

#include <QCoreApplication>
#include <QPointer>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::ConnectionTest)
};

} // namespace

QCoro::Task<QStringList> testConnection(Profile profile, Secrets secrets)
{
    QStringList lines;
    if (!profile.hasBackend() && !profile.hasDatabase())
        lines.append(Text::tr("✘ the profile has neither a backend URL nor a database"));
    for (const QUrl &url : std::as_const(profile.backendUrls)) {
        const QString where = url.toString();
        BackendClient::Options options;
        options.baseUrl = url;
        options.timeoutMs = 5000;
        if (profile.auth == Profile::Auth::Token)
            options.token = secrets.token;
        BackendClient client(options);
        if (profile.auth == Profile::Auth::Login) {
            QCoro::Task<BackendReply<QByteArray>> login = client.login(profile.email, secrets.password);
            const auto token = co_await login;
            if (!token) {
                lines.append(Text::tr("✘ %1: login as %2 failed: %3").arg(where, profile.email, token.error));
                continue;
            }
        }
        QCoro::Task<BackendReply<Overview>> request = client.overview();
        const BackendReply<Overview> overview = co_await request;
        if (overview.httpStatus == 403) {
            lines.append(Text::tr("✘ %1: this account may not read the performance API (403): use an operator or admin "
                                  "account")
                             .arg(where));
            continue;
        }
        const bool answered = overview.httpStatus >= 200 && overview.httpStatus < 300;
        if (!overview && !answered) {
            lines.append(Text::tr("✘ %1: %2").arg(where, overview.error));
            continue;
        }
        if (!overview) {
            lines.append(
                Text::tr("✘ %1 answers, but not with the performance API's shape: %2").arg(where, overview.error));
            continue;
        }
        const SystemInfo &system = overview.value->system;
        lines.append(Text::tr("✔ %1: performance API answers (%2, up %3)")
                         .arg(where, system.version.isEmpty() ? Text::tr("version unknown") : system.version,
                              format::durationMs(system.uptimeSeconds * 1000.0)));
    }
    if (profile.hasDatabase()) {
        const PgConnectionParams params = databaseParams(profile, secrets.pgPassword);
        const QString where = QStringLiteral("%1:%2/%3").arg(params.host).arg(params.port).arg(params.database);
        QCoro::Task<PgAccessReport> checking = checkPgAccess(params);
        const PgAccessReport report = co_await checking;
        if (!report.connected || !report.error.isEmpty()) {
            lines.append(Text::tr("✘ PostgreSQL %1: %2").arg(where, report.error));
        } else {
            lines.append(
                Text::tr("✔ PostgreSQL %1: connected to %2 as %3").arg(where, report.serverVersion, params.user));
            for (const QString &problem : report.problems)
                lines.append(Text::tr("✘ %1").arg(problem));
        }
    }
    co_return lines;
}

} // namespace opsdash
