#include "backendclient.h"

#include "format.h"

#include <QCoroNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace opsdash {

BackendClient::BackendClient(QNetworkAccessManager *nam, Options options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(std::move(options))
{ }

QCoro::Task<BackendClient::Result> BackendClient::get(QString path)
{
    QCoro::Task<Result> sending = send(QByteArrayLiteral("GET"), path, {});
    co_return co_await sending;
}

QCoro::Task<BackendClient::Result> BackendClient::post(QString path, QByteArray body)
{
    QCoro::Task<Result> sending = send(QByteArrayLiteral("POST"), path, body);
    co_return co_await sending;
}

QCoro::Task<BackendClient::Result> BackendClient::send(QByteArray method, QString path, QByteArray body)
{
    Result result;
    if (!m_nam) {
        result.error = tr("no network access");
        co_return result;
    }
    QUrl url = m_options.baseUrl;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_options.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.token);
    if (!body.isEmpty() || method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    // Everything used after the co_await is copied first: this client may be gone by then.
    QPointer<BackendClient> self(this);
    const int timeoutMs = m_options.timeoutMs;
    const qint64 maxBytes = m_options.maxResponseBytes;
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    m_inFlight.insert(reply);
    // A backend that announces or sends more than the cap is cut off while it sends, not after: the body is taken
    // as it arrives, so memory stays at the cap whatever the backend sends.
    auto received = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    auto take = [reply, maxBytes, received, tooLarge] {
        if (*tooLarge)
            return;
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        if (announced.isValid() && announced.toLongLong() > maxBytes) {
            *tooLarge = true;
        } else {
            *received += reply->read(maxBytes + 1 - received->size());
            *tooLarge = received->size() > maxBytes;
        }
        if (*tooLarge) {
            received->clear();
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, take);
    connect(reply, &QNetworkReply::readyRead, reply, take);
    co_await reply;
    if (self)
        m_inFlight.remove(reply);
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply is closed
        take();
    result.body = std::move(*received);
    const bool success =
        !*tooLarge && reply->error() == QNetworkReply::NoError && result.httpStatus >= 200 && result.httpStatus < 300;
    if (*tooLarge) {
        result.error = tr("the answer from %1 is larger than %2: opsdash stopped reading it (the profile's limit)")
                           .arg(reply->url().host(), format::bytes(maxBytes));
    } else if (!success) {
        result.notOffered = result.httpStatus == 404;
        result.error = describe(reply, result.body, timeoutMs);
    }
    reply->deleteLater();
    // A 404 is an answer (the backend lacks an extension), not a sign the backend is unwell.
    if (self && !result.notOffered)
        setStatus(result.ok() ? Status::Ok : Status::Error, result.error);
    co_return result;
}

QCoro::Task<backend::Parsed<QByteArray>> BackendClient::login(QString email, QString password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact);
    QCoro::Task<Result> sending = post(QStringLiteral("/auth/login"), body);
    const Result result = co_await sending;
    backend::Parsed<QByteArray> out;
    if (!result.ok()) {
        out.error = result.httpStatus == 401 ? tr("wrong e-mail or password") : result.error;
        co_return out;
    }
    // Seed 001's load test reads $.data.accessToken; accept a top-level accessToken too.
    const QJsonObject doc = QJsonDocument::fromJson(result.body).object();
    QString token = doc.value(u"data").toObject().value(u"accessToken").toString();
    if (token.isEmpty())
        token = doc.value(u"accessToken").toString();
    if (token.isEmpty()) {
        out.error = tr("the login answer has no access token");
        co_return out;
    }
    out.value = token.toUtf8();
    m_options.token = *out.value;
    co_return out;
}

void BackendClient::abortAll()
{
    const auto replies = m_inFlight;
    for (QNetworkReply *reply : replies)
        reply->abort();
}

QString BackendClient::describe(QNetworkReply *reply, const QByteArray &body, int timeoutMs)
{
    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto message = backend::parseMessage(body);
    // A backend's own words, cut to a sentence's length: they end up in the message bar.
    const QString detail = message && !message.value->isEmpty() ? message.value->left(300) : QString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection: is the backend running on port %2?").arg(host).arg(reply->url().port());
    case QNetworkReply::HostNotFoundError:
        return tr("host %1 not found (DNS)").arg(host);
    case QNetworkReply::OperationCanceledError:
        return tr("no answer from %1 within %2 s (or the request was cancelled)").arg(host).arg(timeoutMs / 1000.0);
    case QNetworkReply::TimeoutError:
        return tr("no answer from %1 within %2 s").arg(host).arg(timeoutMs / 1000.0);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS with %1 failed: %2").arg(host, reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before the answer was complete").arg(host);
    default:
        break;
    }
    if (status == 401)
        return tr("the backend rejected the token (401): log in again");
    if (status == 403)
        return tr("this account may not do that (403)%1").arg(detail.isEmpty() ? QString() : u": " + detail);
    if (status == 404)
        return tr("not offered by this backend (404)");
    if (status != 0)
        return tr("the backend answered %1%2").arg(status).arg(detail.isEmpty() ? QString() : u": " + detail);
    return tr("request to %1 failed: %2").arg(host, reply->errorString());
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
