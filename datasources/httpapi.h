#pragma once

#include "boundedhttp.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <QCoroTask>

#include <functional>

namespace opsdash {

/// The sentence for an HTTP exchange that brought no answer (refused, not found, timed out, cut off, too large,
/// not HTTP), naming `server` ("the backend", "Prometheus", …); empty when an answer came, whatever its status:
/// each client words statuses in its own contract's terms.
QString describeTransportError(const BoundedHttp::Response &response, const QUrl &url, int timeoutMs, qint64 maxBytes,
                               const QString &server);

/// What the clients of a JSON API over HTTP share (Prometheus, Alertmanager): a base URL that may carry a path
/// prefix (a proxy's /prometheus), a bearer token or basic auth, bounded answers with a timeout, and a sentence for
/// every failure — the transport's, or the status with the server's own words that `detail` digs from the body.
class HttpApi : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl;
        QByteArray bearerToken; ///< from the keychain, never logged
        QString basicUser; ///< basic auth when set (its password from the keychain)
        QString basicPassword;
        int timeoutMs = 10000;
        qint64 maxResponseBytes = 64 * 1024 * 1024;
    };

    struct Answer
    {
        BoundedHttp::Response response;
        QString error; ///< empty on a 2xx
    };

    HttpApi(Options options, QString serverName, std::function<QString(const QByteArray &body)> detail,
            QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    void setOptions(Options options) { m_options = std::move(options); }
    /// `path` below the base URL ("/api/v1/query"); a POST body as form fields or JSON by `contentType`.
    QCoro::Task<Answer> send(QByteArray method, QString path, QByteArray body = {}, QByteArray contentType = {});
    void abortAll() { m_http.abortAll(); }
    /// The sentence for an answer that is not a 2xx.
    QString describe(const BoundedHttp::Response &response, const QUrl &url) const;

private:
    Options m_options;
    QString m_server;
    std::function<QString(const QByteArray &)> m_detail;
    BoundedHttp m_http;
};

} // namespace opsdash
