#include "backendclient.h"

#include "httpapi.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace opsdash {

BackendClient::BackendClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

BackendClient::Call BackendClient::getCall(QString path, std::optional<BackendExtension> extension)
{
    Call call;
    call.path = std::move(path);
    call.extension = extension;
    return call;
}

BackendClient::Call BackendClient::postCall(QString path, QByteArray body, std::optional<BackendExtension> extension)
{
    Call call = getCall(std::move(path), extension);
    call.method = QByteArrayLiteral("POST");
    call.body = std::move(body);
    return call;
}

QCoro::Task<BackendClient::Raw> BackendClient::send(Call call)
{
    BoundedHttp::Request request = std::move(call.streaming);
    request.method = call.method;
    request.url = m_options.baseUrl;
    const qsizetype query = call.path.indexOf(u'?');
    request.url.setPath(request.url.path().chopped(request.url.path().endsWith(u'/') ? 1 : 0) + call.path.left(query));
    if (query >= 0)
        request.url.setQuery(call.path.mid(query + 1));
    if (!request.sink)
        request.timeoutMs = m_options.timeoutMs;
    request.maxBodyBytes = m_options.maxResponseBytes;
    if (!m_options.token.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_options.token});
    if (!call.body.isEmpty() || call.method == "POST")
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = std::move(call.body);

    // Everything used after the co_await is copied first: this client may be gone by then.
    QPointer<BackendClient> self(this);
    const QUrl url = request.url;
    const int timeoutMs = request.timeoutMs;
    const qint64 maxBytes = request.maxBodyBytes;
    QCoro::Task<BoundedHttp::Response> sending = m_http.send(std::move(request));
    Raw raw;
    raw.response = co_await sending;
    const BoundedHttp::Response &response = raw.response;
    const bool answered = response.error == BoundedHttp::Error::None;
    if (answered && response.status >= 200 && response.status < 300)
        co_return raw;
    raw.error = describe(response, url, timeoutMs, maxBytes);
    // A 404 of an extension is an answer (the backend lacks it), not a sign the backend is unwell.
    raw.notOffered = answered && response.status == 404 && call.extension;
    if (self && raw.notOffered)
        m_notOffered |= *call.extension;
    else if (self)
        setStatus(Status::Error, raw.error);
    co_return raw;
}

template<typename T>
QCoro::Task<BackendReply<T>> BackendClient::typed(Call call, backend::Parsed<T> (*parse)(const QByteArray &))
{
    QPointer<BackendClient> self(this);
    const QString path = call.path.section(u'?', 0, 0);
    QCoro::Task<Raw> sending = send(std::move(call));
    const Raw raw = co_await sending;
    BackendReply<T> reply;
    reply.httpStatus = raw.response.status;
    reply.notOffered = raw.notOffered;
    if (!raw.error.isEmpty()) {
        reply.error = raw.error;
        co_return reply;
    }
    backend::Parsed<T> parsed = parse(raw.response.body);
    reply.value = std::move(parsed.value);
    if (!reply.value)
        reply.error = tr("%1: %2").arg(path, parsed.error);
    if (self)
        setStatus(reply ? Status::Ok : Status::Error, reply.error);
    co_return reply;
}

QCoro::Task<BackendReply<QByteArray>> BackendClient::login(QString email, QString password)
{
    Call call =
        postCall(QStringLiteral("/auth/login"),
                 QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
                     .toJson(QJsonDocument::Compact),
                 std::nullopt);
    QPointer<BackendClient> self(this);
    QCoro::Task<Raw> sending = send(std::move(call));
    const Raw raw = co_await sending;
    BackendReply<QByteArray> out;
    out.httpStatus = raw.response.status;
    if (!raw.error.isEmpty()) {
        out.error = raw.response.status == 401 ? tr("wrong e-mail or password") : raw.error;
        co_return out;
    }
    // Seed 001's load test reads $.data.accessToken; accept a top-level accessToken too.
    const QJsonObject doc = QJsonDocument::fromJson(raw.response.body).object();
    QString token = doc.value(u"data").toObject().value(u"accessToken").toString();
    if (token.isEmpty())
        token = doc.value(u"accessToken").toString();
    if (token.isEmpty()) {
        out.error = tr("the login answer has no access token");
        co_return out;
    }
    out.value = token.toUtf8();
    if (self)
        m_options.token = *out.value;
    co_return out;
}

QCoro::Task<BackendReply<Overview>> BackendClient::overview()
{
    return typed<Overview>(getCall(QStringLiteral("/performance/overview")), backend::parseOverview);
}

QCoro::Task<BackendReply<QList<EndpointPercentiles>>> BackendClient::endpoints()
{
    return typed<QList<EndpointPercentiles>>(
        getCall(QStringLiteral("/performance/api/endpoints"), BackendExtension::Endpoints), backend::parseEndpoints);
}

QCoro::Task<BackendReply<QList<EndpointBreakdown>>> BackendClient::endpointBreakdown()
{
    return typed<QList<EndpointBreakdown>>(
        getCall(QStringLiteral("/performance/api/endpoints/breakdown"), BackendExtension::Breakdown),
        backend::parseEndpointBreakdown);
}

QCoro::Task<BackendReply<PoolStats>> BackendClient::pool()
{
    return typed<PoolStats>(getCall(QStringLiteral("/performance/database/pool"), BackendExtension::Pool),
                            backend::parsePoolStats);
}

QCoro::Task<BackendReply<CacheStats>> BackendClient::cacheStats()
{
    return typed<CacheStats>(getCall(QStringLiteral("/performance/cache/stats"), BackendExtension::CacheStats),
                             backend::parseCacheStats);
}

QCoro::Task<BackendReply<HealthStatus>> BackendClient::health()
{
    QCoro::Task<Raw> sending = send(getCall(QStringLiteral("/health"), BackendExtension::Health));
    const Raw raw = co_await sending;
    BackendReply<HealthStatus> reply;
    reply.httpStatus = raw.response.status;
    reply.notOffered = raw.notOffered;
    // A 503 with the same body is still a health report: a dependency is down.
    const bool report =
        raw.error.isEmpty() || (raw.response.error == BoundedHttp::Error::None && reply.httpStatus == 503);
    if (!report) {
        reply.error = raw.error;
        co_return reply;
    }
    const auto parsed = backend::parseHealth(raw.response.body);
    if (parsed)
        reply.value = *parsed.value;
    else if (reply.httpStatus == 503)
        reply.value = HealthStatus{};
    else
        reply.error = tr("%1: %2").arg(QStringLiteral("/health"), parsed.error);
    co_return reply;
}

QCoro::Task<BackendReply<DatabaseInfo>> BackendClient::databaseInfo()
{
    return typed<DatabaseInfo>(getCall(QStringLiteral("/performance/database/info")), backend::parseDatabaseInfo);
}

QCoro::Task<BackendReply<QList<QueryFrequency>>> BackendClient::frequency()
{
    return typed<QList<QueryFrequency>>(
        getCall(QStringLiteral("/performance/database/frequency"), BackendExtension::Frequency),
        backend::parseFrequency);
}

QCoro::Task<BackendReply<ActionAnswer>> BackendClient::action(QString path, QByteArray body,
                                                              std::optional<BackendExtension> extension)
{
    return typed<ActionAnswer>(postCall(std::move(path), std::move(body), extension), backend::parseActionAnswer);
}

QCoro::Task<BackendReply<ActionAnswer>> BackendClient::forceGc()
{
    return action(QStringLiteral("/performance/memory/gc"));
}

QCoro::Task<BackendReply<ActionAnswer>> BackendClient::optimizeDatabase()
{
    return action(QStringLiteral("/performance/database/optimize"));
}

QCoro::Task<BackendReply<ActionAnswer>> BackendClient::setMemoryThreshold(double fraction)
{
    return action(QStringLiteral("/performance/memory/threshold/") + QString::number(fraction, 'g', 4));
}

QCoro::Task<BackendReply<ActionAnswer>> BackendClient::clearMetrics()
{
    return action(QStringLiteral("/performance/clear-metrics"));
}

QCoro::Task<BackendReply<ActionAnswer>> BackendClient::invalidateCache(QString pattern, CacheScope scope)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("pattern"), pattern},
                                                      {QStringLiteral("scope"),
                                                       scope == CacheScope::AllInstances ? QStringLiteral("all")
                                                                                         : QStringLiteral("instance")}})
                                .toJson(QJsonDocument::Compact);
    return action(QStringLiteral("/performance/cache/invalidate"), body, BackendExtension::CacheInvalidate);
}

QCoro::Task<BackendReply<QList<QueueFigures>>> BackendClient::queues()
{
    return typed<QList<QueueFigures>>(getCall(QStringLiteral("/performance/queues"), BackendExtension::Queues),
                                      backend::parseQueues);
}

QCoro::Task<BackendReply<TroubledJobs>> BackendClient::troubledJobs(QString queue)
{
    const QString path = QStringLiteral("/performance/queues/%1/jobs?limit=200")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(queue)));
    return typed<TroubledJobs>(getCall(path, BackendExtension::Queues), backend::parseTroubledJobs);
}

QCoro::Task<BackendReply<ActionAnswer>> BackendClient::queueAction(QString queue, QueueAction action, QString entryId)
{
    const QString base =
        QStringLiteral("/performance/queues/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(queue)));
    switch (action) {
    case QueueAction::RetryOne:
        return this->action(
            base + QStringLiteral("retry"),
            QJsonDocument(QJsonObject{{QStringLiteral("entryId"), entryId}}).toJson(QJsonDocument::Compact),
            BackendExtension::Queues);
    case QueueAction::RetryAllDead:
        return this->action(base + QStringLiteral("retry"), {}, BackendExtension::Queues);
    case QueueAction::PurgeDead:
        return this->action(base + QStringLiteral("purge-dead"), {}, BackendExtension::Queues);
    case QueueAction::Pause:
        return this->action(base + QStringLiteral("pause"), {}, BackendExtension::Queues);
    case QueueAction::Resume:
        break;
    }
    return this->action(base + QStringLiteral("resume"), {}, BackendExtension::Queues);
}

QCoro::Task<BackendReply<QList<EventStat>>> BackendClient::eventStatistics()
{
    return typed<QList<EventStat>>(getCall(QStringLiteral("/events/statistics")), backend::parseEventStatistics);
}

QCoro::Task<BackendReply<CursorPage<EventStat>>> BackendClient::eventsPage(QString cursor)
{
    QString path = QStringLiteral("/events?limit=200");
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return typed<CursorPage<EventStat>>(getCall(path), backend::parseEventsPage);
}

QCoro::Task<BackendReply<CursorPage<RegistrationItem>>> BackendClient::registrationsPage(RegistrationQuery query)
{
    QString path = QStringLiteral("/events/%1/registrations?limit=200").arg(query.eventId);
    if (!query.search.isEmpty())
        path += QStringLiteral("&q=") + QString::fromLatin1(QUrl::toPercentEncoding(query.search));
    if (!query.cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(query.cursor));
    return typed<CursorPage<RegistrationItem>>(getCall(path), backend::parseRegistrationsPage);
}

QCoro::Task<BackendReply<EventSummary>> BackendClient::eventSummary(qint64 eventId)
{
    QPointer<BackendClient> self(this);
    QCoro::Task<BackendReply<EventSummary>> asking =
        typed<EventSummary>(getCall(QStringLiteral("/events/%1/summary").arg(eventId), BackendExtension::EventSummary),
                            backend::parseEventSummary);
    BackendReply<EventSummary> reply = co_await asking;
    // eventsd answers 404 "no event N" for an event it does not have: the route exists.
    if (reply.notOffered && reply.error.contains(QStringLiteral("no event"))) {
        reply.notOffered = false;
        if (self)
            m_notOffered &= ~BackendExtensions(BackendExtension::EventSummary);
    }
    co_return reply;
}

QCoro::Task<BackendReply<ReportStatus>> BackendClient::requestReport(qint64 eventId)
{
    return typed<ReportStatus>(
        postCall(QStringLiteral("/events/%1/reports").arg(eventId), {}, BackendExtension::Reports),
        backend::parseReport);
}

QCoro::Task<BackendReply<ReportStatus>> BackendClient::report(qint64 eventId, qint64 reportId)
{
    return typed<ReportStatus>(getCall(QStringLiteral("/events/%1/reports/%2").arg(eventId).arg(reportId)),
                               backend::parseReport);
}

QCoro::Task<BackendReply<qint64>> BackendClient::downloadRegistrationsCsv(qint64 eventId, Download download,
                                                                          int stallTimeoutMs,
                                                                          std::optional<qint64> reportId)
{
    Call call = reportId
        ? getCall(QStringLiteral("/events/%1/reports/%2/file").arg(eventId).arg(*reportId), BackendExtension::Reports)
        : getCall(QStringLiteral("/events/%1/registrations.csv").arg(eventId), BackendExtension::RegistrationsCsv);
    auto bytes = std::make_shared<qint64>(0);
    call.streaming.timeoutMs = stallTimeoutMs;
    call.streaming.onHeader = [started = download.started](int status,
                                                           const QList<std::pair<QByteArray, QByteArray>> &fields) {
        if (status < 200 || status >= 300 || !started)
            return;
        std::optional<qint64> expected;
        for (const auto &[name, value] : fields) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (ok && name.compare("X-Expected-Rows", Qt::CaseInsensitive) == 0)
                expected = n;
        }
        started(expected);
    };
    call.streaming.sink = [piece = download.piece, bytes](QByteArrayView data) {
        *bytes += data.size();
        return piece(data);
    };
    QCoro::Task<Raw> sending = send(std::move(call));
    const Raw raw = co_await sending;
    BackendReply<qint64> reply;
    reply.httpStatus = raw.response.status;
    reply.notOffered = raw.notOffered;
    if (!raw.error.isEmpty())
        reply.error = raw.error;
    else
        reply.value = *bytes;
    co_return reply;
}

void BackendClient::abortAll()
{
    m_http.abortAll();
}

QString BackendClient::describe(const BoundedHttp::Response &response, const QUrl &url, int timeoutMs, qint64 maxBytes)
{
    if (QString transport = describeTransportError(response, url, timeoutMs, maxBytes, tr("the backend"));
        !transport.isEmpty())
        return transport;
    const int status = response.status;
    const auto message = backend::parseMessage(response.body);
    // A backend's own words, cut to a sentence's length: they end up in the message bar.
    const QString detail = message && !message.value->isEmpty() ? message.value->left(300) : QString();
    if (status == 401)
        return tr("the backend rejected the token (401): log in again");
    if (status == 403)
        return tr("this account may not do that (403)%1").arg(detail.isEmpty() ? QString() : u": " + detail);
    if (status == 404)
        return tr("not offered by this backend (404)");
    return tr("the backend answered %1%2").arg(status).arg(detail.isEmpty() ? QString() : u": " + detail);
}

void BackendClient::setStatus(Status status, const QString &message)
{
    if (status == m_status && message == m_statusMessage)
        return;
    m_status = status;
    m_statusMessage = message;
    Q_EMIT statusChanged(status, message);
}

} // namespace opsdash
