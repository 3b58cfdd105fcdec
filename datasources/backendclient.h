#pragma once

#include "backendparser.h"
#include "boundedhttp.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <QCoroTask>

#include <functional>

namespace opsdash {

/// What one call to a backend brought: the value, or a sentence saying why not; the HTTP status (0 when no answer
/// came); and whether the backend simply does not offer the call (an extension that answered 404).
template<typename T>
struct BackendReply
{
    std::optional<T> value;
    QString error; ///< empty on success
    int httpStatus = 0;
    bool notOffered = false;
    explicit operator bool() const { return value.has_value(); }
};

/// One backend instance and the whole of its contract: seed 002's performance API, seed 000's events and
/// registrations, and eventsd's extensions. The only place in opsdash that spells a path, builds a request or
/// turns a status into a sentence; every call is typed. Remembers which extensions answered 404 (`offers()`), and
/// does not ask for them again.
///
/// Uses BoundedHttp (a cap on every kept answer, a timeout on every stall); never throws. QCoro tasks cannot be
/// cancelled: abortAll() aborts the requests, and their tasks end with an error. Lives on the thread that made it
/// (the export makes its own on its worker thread).
class BackendClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl;
        QByteArray token; ///< bearer token; from the keychain, never logged
        int timeoutMs = 5000;
        qint64 maxResponseBytes = 16 * 1024 * 1024; ///< a larger answer is aborted with an error
    };

    enum class Status { Unknown, Ok, Error };
    Q_ENUM(Status)

    /// The figures read for a page of registrations (`search` is an eventsd extension: a seed backend ignores it
    /// and sends every registration).
    struct RegistrationQuery
    {
        qint64 eventId = 0;
        QString search;
        QString cursor;
    };

    /// A streamed download: the server's expected row count (X-Expected-Rows) when the header is in, then the body
    /// piece by piece (false stops it).
    struct Download
    {
        std::function<void(std::optional<qint64> expectedRows)> started;
        std::function<bool(QByteArrayView piece)> piece;
    };

    explicit BackendClient(Options options, QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    QString instance() const { return m_options.baseUrl.toString(); }
    void setToken(const QByteArray &token) { m_options.token = token; }
    Status status() const { return m_status; }
    QString statusMessage() const { return m_statusMessage; }
    /// False once the backend answered 404 to the extension.
    bool offers(BackendExtension extension) const { return !m_notOffered.testFlag(extension); }
    BackendExtensions notOffered() const { return m_notOffered; }

    /// POST /auth/login; the token on success (also kept for later requests).
    QCoro::Task<BackendReply<QByteArray>> login(QString email, QString password);

    // Seed 002's performance API and eventsd's extensions to it.
    QCoro::Task<BackendReply<Overview>> overview();
    QCoro::Task<BackendReply<QList<EndpointPercentiles>>> endpoints();
    /// Where each route's time goes (extension); asked for when someone looks, not polled.
    QCoro::Task<BackendReply<QList<EndpointBreakdown>>> endpointBreakdown();
    QCoro::Task<BackendReply<PoolStats>> pool();
    QCoro::Task<BackendReply<CacheStats>> cacheStats();
    /// A 503 with a health body is a report (a dependency is down), not an error.
    QCoro::Task<BackendReply<HealthStatus>> health();
    QCoro::Task<BackendReply<DatabaseInfo>> databaseInfo();
    QCoro::Task<BackendReply<QList<QueryFrequency>>> frequency();

    // Actions (any 2xx is success: NestJS answers 201 to POST).
    QCoro::Task<BackendReply<ActionAnswer>> forceGc();
    QCoro::Task<BackendReply<ActionAnswer>> optimizeDatabase();
    QCoro::Task<BackendReply<ActionAnswer>> setMemoryThreshold(double fraction);
    QCoro::Task<BackendReply<ActionAnswer>> clearMetrics();
    QCoro::Task<BackendReply<ActionAnswer>> invalidateCache(QString pattern, CacheScope scope);

    // eventsd's background queues (extension Queues).
    QCoro::Task<BackendReply<QList<QueueFigures>>> queues();
    QCoro::Task<BackendReply<TroubledJobs>> troubledJobs(QString queue);
    /// `entryId` names the dead job for RetryOne and is ignored otherwise.
    QCoro::Task<BackendReply<ActionAnswer>> queueAction(QString queue, QueueAction action, QString entryId = {});

    // Seed 000's events and registrations.
    QCoro::Task<BackendReply<QList<EventStat>>> eventStatistics();
    QCoro::Task<BackendReply<CursorPage<EventStat>>> eventsPage(QString cursor);
    QCoro::Task<BackendReply<CursorPage<RegistrationItem>>> registrationsPage(RegistrationQuery query);
    /// Not offered by a seed backend; a 404 naming the event is an error, not "not offered".
    QCoro::Task<BackendReply<EventSummary>> eventSummary(qint64 eventId);
    /// Streams the event's registrations as CSV into `download` — the live export, or with `reportId` a report the
    /// backend built (extension Reports); the value is the number of bytes.
    QCoro::Task<BackendReply<qint64>> downloadRegistrationsCsv(qint64 eventId, Download download, int stallTimeoutMs,
                                                               std::optional<qint64> reportId = std::nullopt);
    /// Asks the backend to build the event's registrations report (or answers the one already under way).
    QCoro::Task<BackendReply<ReportStatus>> requestReport(qint64 eventId);
    QCoro::Task<BackendReply<ReportStatus>> report(qint64 eventId, qint64 reportId);

    /// Aborts every request in flight; their tasks finish with an error.
    void abortAll();

    /// The sentence for a failed answer (network error, HTTP status and the body's message).
    static QString describe(const BoundedHttp::Response &response, const QUrl &url, int timeoutMs, qint64 maxBytes);

Q_SIGNALS:
    void statusChanged(opsdash::BackendClient::Status status, const QString &message);

private:
    struct Call
    {
        QByteArray method = QByteArrayLiteral("GET");
        QString path; ///< with its query
        QByteArray body;
        std::optional<BackendExtension> extension; ///< a 404 means "not offered"
        BoundedHttp::Request streaming; ///< only sink, onHeader and timeoutMs are taken from it
    };
    struct Raw
    {
        BoundedHttp::Response response;
        QString error; ///< empty on a 2xx
        bool notOffered = false;
    };

    static Call getCall(QString path, std::optional<BackendExtension> extension = std::nullopt);
    static Call postCall(QString path, QByteArray body, std::optional<BackendExtension> extension);
    QCoro::Task<Raw> send(Call call);
    template<typename T>
    QCoro::Task<BackendReply<T>> typed(Call call, backend::Parsed<T> (*parse)(const QByteArray &));
    QCoro::Task<BackendReply<ActionAnswer>> action(QString path, QByteArray body = {},
                                                   std::optional<BackendExtension> extension = {});
    void setStatus(Status status, const QString &message);

    BoundedHttp m_http; ///< not QNAM: its network thread reads ahead of any cap (boundedhttp.h)
    Options m_options;
    Status m_status = Status::Unknown;
    QString m_statusMessage;
    BackendExtensions m_notOffered;
};

} // namespace opsdash
