#pragma once

// The stack's Prometheus through its HTTP API v1, as tests read it (OPSDASH_PROMETHEUS_URL).

#include "stackenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace testenv {

class PrometheusApi
{
public:
    /// GET `path` (e.g. /api/v1/query) with `query`; the answer's `data`, or an empty object.
    QJsonObject get(const QString &path, const QUrlQuery &query)
    {
        QUrl url(value("OPSDASH_PROMETHEUS_URL") + path);
        url.setQuery(query);
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer.value(u"data").toObject();
    }

    /// The one value of an instant query, or -1 when it has no sample (or more than one).
    double instant(const QString &promql)
    {
        const QJsonArray result = get(QStringLiteral("/api/v1/query"), QUrlQuery{{QStringLiteral("query"), promql}})
                                      .value(u"result")
                                      .toArray();
        return result.size() == 1 ? result.first().toObject().value(u"value").toArray().at(1).toString().toDouble()
                                  : -1;
    }

private:
    QNetworkAccessManager m_network;
};

} // namespace testenv
