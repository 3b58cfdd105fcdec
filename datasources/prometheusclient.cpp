#include "prometheusclient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

namespace opsdash {

namespace {

/// Every request with its form as it is sent, then its status, size and time
/// (`QT_LOGGING_RULES="opsdash.prometheus.debug=true"`): what a dashboard costs the server, and what
/// bench/prometheus-bench replays with curl. Off by default.
Q_LOGGING_CATEGORY(lcPrometheus, "opsdash.prometheus", QtInfoMsg)

const QByteArray kForm = QByteArrayLiteral("application/x-www-form-urlencoded");

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &[name, value] : fields)
        q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return q.query(QUrl::FullyEncoded).toLatin1();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

/// Parses an answer into a reply, or carries its error.
template<typename T>
BackendReply<T> toReply(const HttpApi::Answer &answer, backend::Parsed<T> (*parse)(const QByteArray &),
                        const QString &server)
{
    BackendReply<T> reply;
    reply.httpStatus = answer.response.status;
    if (!answer.error.isEmpty()) {
        reply.error = answer.error;
        return reply;
    }
    auto parsed = parse(answer.response.body);
    if (!parsed)
        reply.error = QCoreApplication::translate("opsdash::PrometheusClient", "unexpected answer from %1: %2")
                          .arg(server, parsed.error);
    reply.value = std::move(parsed.value);
    return reply;
}

} // namespace

PrometheusClient::PrometheusClient(HttpApi::Options options, QObject *parent)
    : QObject(parent)
    , m_api(std::move(options), tr("Prometheus"), &prom::errorMessage)
{ }

int PrometheusClient::stepFor(qint64 rangeMs, int widthPx, int minSeconds)
{
    const qint64 step = (rangeMs / 1000 + std::max(1, widthPx) - 1) / std::max(1, widthPx);
    return int(std::clamp<qint64>(step, std::max(1, minSeconds), 365LL * 86400));
}

template<typename T>
QCoro::Task<BackendReply<T>> PrometheusClient::call(QByteArray method, QString path, QByteArray body,
                                                    backend::Parsed<T> (*parse)(const QByteArray &))
{
    const QString server = tr("Prometheus");
    const QByteArray contentType = body.isEmpty() ? QByteArray() : kForm;
    QElapsedTimer timer;
    timer.start();
    const QByteArray logged = path.toUtf8();
    qCDebug(lcPrometheus, "%s %s %s", method.constData(), logged.constData(), body.constData());
    QCoro::Task<HttpApi::Answer> sending = m_api.send(std::move(method), std::move(path), std::move(body), contentType);
    const HttpApi::Answer answer = co_await sending;
    qCDebug(lcPrometheus, "%s -> %d, %lld bytes, %lld ms", logged.constData(), answer.response.status,
            static_cast<long long>(answer.response.body.size()), static_cast<long long>(timer.elapsed()));
    co_return toReply(answer, parse, server);
}

QCoro::Task<BackendReply<QList<prom::Series>>> PrometheusClient::query(QString expr, std::optional<qint64> atMs)
{
    QList<std::pair<QString, QString>> fields{{QStringLiteral("query"), expr}};
    if (atMs)
        fields.append({QStringLiteral("time"), seconds(*atMs)});
    return call(
        QByteArrayLiteral("POST"), QStringLiteral("/api/v1/query"), form(fields),
        +[](const QByteArray &b) { return prom::parseQuery(b); });
}

QCoro::Task<BackendReply<QList<prom::Series>>> PrometheusClient::queryRange(QString expr, qint64 startMs, qint64 endMs,
                                                                            int stepSeconds)
{
    return call(
        QByteArrayLiteral("POST"), QStringLiteral("/api/v1/query_range"),
        form({{QStringLiteral("query"), expr},
              {QStringLiteral("start"), seconds(startMs)},
              {QStringLiteral("end"), seconds(endMs)},
              {QStringLiteral("step"), QString::number(std::max(1, stepSeconds))}}),
        +[](const QByteArray &b) { return prom::parseQuery(b); });
}

QCoro::Task<BackendReply<QList<prom::Target>>> PrometheusClient::targets()
{
    return call(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/targets"), {}, &prom::parseTargets);
}

QCoro::Task<BackendReply<QList<prom::Alert>>> PrometheusClient::alerts()
{
    return call(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/alerts"), {}, &prom::parseAlerts);
}

QCoro::Task<BackendReply<QList<prom::RuleGroup>>> PrometheusClient::rules()
{
    return call(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/rules"), {}, &prom::parseRules);
}

QCoro::Task<BackendReply<prom::BuildInfo>> PrometheusClient::buildInfo()
{
    return call(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/status/buildinfo"), {}, &prom::parseBuildInfo);
}

AlertmanagerClient::AlertmanagerClient(HttpApi::Options options, QObject *parent)
    : QObject(parent)
    , m_api(std::move(options), tr("Alertmanager"), &am::errorMessage)
{ }

QCoro::Task<BackendReply<QList<am::Alert>>> AlertmanagerClient::alerts()
{
    const QString server = tr("Alertmanager");
    QCoro::Task<HttpApi::Answer> sending = m_api.send(QByteArrayLiteral("GET"), QStringLiteral("/api/v2/alerts"));
    const HttpApi::Answer answer = co_await sending;
    co_return toReply(answer, &am::parseAlerts, server);
}

QCoro::Task<BackendReply<QList<am::Silence>>> AlertmanagerClient::silences()
{
    const QString server = tr("Alertmanager");
    QCoro::Task<HttpApi::Answer> sending = m_api.send(QByteArrayLiteral("GET"), QStringLiteral("/api/v2/silences"));
    const HttpApi::Answer answer = co_await sending;
    co_return toReply(answer, &am::parseSilences, server);
}

QCoro::Task<BackendReply<QString>> AlertmanagerClient::createSilence(am::Silence silence)
{
    const QString server = tr("Alertmanager");
    QCoro::Task<HttpApi::Answer> sending = m_api.send(QByteArrayLiteral("POST"), QStringLiteral("/api/v2/silences"),
                                                      am::silenceBody(silence), QByteArrayLiteral("application/json"));
    const HttpApi::Answer answer = co_await sending;
    co_return toReply(answer, &am::parseSilenceId, server);
}

QCoro::Task<BackendReply<bool>> AlertmanagerClient::expireSilence(QString id)
{
    BackendReply<bool> reply;
    static const QRegularExpression uuid(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    if (!uuid.match(id).hasMatch()) {
        reply.error = tr("\"%1\" is not a silence id").arg(id.left(80));
        co_return reply;
    }
    QCoro::Task<HttpApi::Answer> sending =
        m_api.send(QByteArrayLiteral("DELETE"), QStringLiteral("/api/v2/silence/") + id);
    const HttpApi::Answer answer = co_await sending;
    reply.httpStatus = answer.response.status;
    reply.error = answer.error;
    if (answer.error.isEmpty())
        reply.value = true;
    co_return reply;
}

} // namespace opsdash
