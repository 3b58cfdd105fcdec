#include "redisurl.h"

#include <QUrl>

namespace eventsd {

std::optional<RedisEndpoint> RedisEndpoint::parse(const QString &url, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("redis") || parsed.host().isEmpty()) {
        *error = QStringLiteral("not a redis://host:port[/db] URL: %1").arg(url);
        return std::nullopt;
    }
    RedisEndpoint endpoint;
    endpoint.host = parsed.host();
    endpoint.port = parsed.port(6379);
    endpoint.password = parsed.password();
    const QString path = parsed.path().mid(1);
    if (!path.isEmpty()) {
        bool ok = false;
        endpoint.db = path.toInt(&ok);
        if (!ok || endpoint.db < 0) {
            *error = QStringLiteral("not a database number in %1: %2").arg(url, path);
            return std::nullopt;
        }
    }
    return endpoint;
}

} // namespace eventsd
