#pragma once

#include <QString>

#include <optional>

namespace eventsd {

/// A parsed redis://[:password@]host[:port][/db] URL.
struct RedisEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    int db = 0;
    QString password;

    static std::optional<RedisEndpoint> parse(const QString &url, QString *error);
};

} // namespace eventsd
