// eventsd's INI file (`--config`), read through the same code as the command line and environment. Properties:
// a file either loads or names the setting that is wrong; a loaded config's description never shows a
// password or token; the Redis URL it names parses or is refused with a reason.

#include "config.h"
#include "fuzz.h"
#include "redisurl.h"

#include <QFile>
#include <QTemporaryDir>

using eventsd::Config;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eventsd.ini"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    const auto config =
        Config::load({QStringLiteral("eventsd"), QStringLiteral("--config"), path}, QProcessEnvironment(), &error);
    if (!config) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QString described = config->describe();
    if (!config->tokenSecret.isEmpty())
        FUZZ_CHECK(described.contains(QLatin1String("\ntoken-secret = ***\n")));
    QString why;
    const auto redis = eventsd::RedisEndpoint::parse(config->redisUrl, &why);
    FUZZ_CHECK(redis.has_value() || !why.isEmpty());
    return 0;
}
