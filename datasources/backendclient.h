#pragma once

#include "backendparser.h"
#include "boundedhttp.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <QCoroTask>

namespace opsdash {

/// One backend instance's performance API over HTTP: eventsd, or any backend serving seed 002's contract.
/// Uses the application's long-lived QNetworkAccessManager; every request has a transfer timeout; replies are
/// freed with deleteLater(). Errors come back as sentences a person can act on, never as exceptions.
/// QCoro tasks cannot be cancelled: abortAll() aborts the requests instead, and their tasks end with an error.
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

    /// One request's outcome.
    struct Result
    {
        int httpStatus = 0; ///< 0 when no HTTP answer came
        QByteArray body;
        QString error; ///< empty on success
        bool notOffered = false; ///< 404: the backend does not have this endpoint (an extension)
        bool ok() const { return error.isEmpty(); }
    };

    enum class Status { Unknown, Ok, Error };
    Q_ENUM(Status)

    explicit BackendClient(Options options, QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    void setToken(const QByteArray &token) { m_options.token = token; }
    Status status() const { return m_status; }
    QString statusMessage() const { return m_statusMessage; }

    /// GET/POST `path` (e.g. "/performance/overview"). Any 2xx is success (NestJS answers 201 to POST).
    QCoro::Task<Result> get(QString path);
    QCoro::Task<Result> post(QString path, QByteArray body = {});

    /// POST /auth/login; the token on success (also kept for later requests), or the error.
    QCoro::Task<backend::Parsed<QByteArray>> login(QString email, QString password);

    /// A typed GET: fetch `path` and parse it with `parse`; the error names the request or the parse.
    template<typename T>
    QCoro::Task<backend::Parsed<T>> fetch(QString path, backend::Parsed<T> (*parse)(const QByteArray &))
    {
        QPointer<BackendClient> self(this);
        QCoro::Task<Result> request = get(path);
        const Result result = co_await request;
        backend::Parsed<T> parsed;
        if (!result.ok()) {
            parsed.error = result.error;
            co_return parsed;
        }
        parsed = parse(result.body);
        if (!parsed)
            parsed.error = tr("%1: %2").arg(path, parsed.error);
        if (self)
            setStatus(parsed ? Status::Ok : Status::Error, parsed.error);
        co_return parsed;
    }

    /// Aborts every request in flight; their tasks finish with an error.
    void abortAll();

    /// The sentence for a failed answer (network error, HTTP status and the body's message).
    static QString describe(const BoundedHttp::Response &response, const QUrl &url, int timeoutMs, qint64 maxBytes);

Q_SIGNALS:
    void statusChanged(opsdash::BackendClient::Status status, const QString &message);

private:
    QCoro::Task<Result> send(QByteArray method, QString path, QByteArray body);
    void setStatus(Status status, const QString &message);

    BoundedHttp m_http; ///< not QNAM: its network thread reads ahead of any cap (boundedhttp.h)
    Options m_options;
    Status m_status = Status::Unknown;
    QString m_statusMessage;
};

} // namespace opsdash
