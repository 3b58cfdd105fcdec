#include "config.h"
#include "redisurl.h"

#include <QTemporaryDir>
#include <QTest>

using eventsd::Config;
using eventsd::RedisEndpoint;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out{QStringLiteral("eventsd")};
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRequireADatabaseUrl()
    {
        QString error;
        QVERIFY(!Config::load(args({}), QProcessEnvironment(), &error));
        QVERIFY2(error.contains(QLatin1String("database-url")), qPrintable(error));
    }

    void shouldApplyFileThenEnvironmentThenFlags()
    {
        // Given a file that sets all three, an environment that overrides two and a flag that overrides one
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("eventsd.ini"));
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("port=4000\ndatabase-url=postgresql://file/db\ninstance-id=from-file\n");
        ini.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("EVENTSD_PORT"), QStringLiteral("5000"));
        env.insert(QStringLiteral("EVENTSD_INSTANCE_ID"), QStringLiteral("from-env"));
        QString error;
        const auto config = Config::load(args({"--config", qPrintable(file), "--port", "6000"}), env, &error);
        QVERIFY2(config, qPrintable(error));
        // Then each value comes from the strongest source that sets it
        QCOMPARE(config->port, 6000);
        QCOMPARE(config->instanceId, QStringLiteral("from-env"));
        QCOMPARE(config->databaseUrl, QStringLiteral("postgresql://file/db"));
    }

    void shouldNameTheSourceOfABadValue()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("EVENTSD_PORT"), QStringLiteral("70000"));
        env.insert(QStringLiteral("EVENTSD_DATABASE_URL"), QStringLiteral("postgresql:///x"));
        QString error;
        QVERIFY(!Config::load(args({}), env, &error));
        QVERIFY2(error.contains(QLatin1String("EVENTSD_PORT")), qPrintable(error));
    }

    void shouldRejectAnUnknownFlag()
    {
        QString error;
        QVERIFY(!Config::load(args({"--database-url", "x", "--no-such-flag"}), QProcessEnvironment(), &error));
        QVERIFY(error.contains(QLatin1String("no-such-flag")));
    }

    void shouldMaskPasswordsInTheDescription()
    {
        QString error;
        const auto uri = Config::load(args({"--database-url", "postgresql://app:s3cret@db:5432/events", "--redis-url",
                                            "redis://:r3dis@cache:6380/2"}),
                                      QProcessEnvironment(), &error);
        QVERIFY2(uri, qPrintable(error));
        QVERIFY(!uri->describe().contains(QLatin1String("s3cret")));
        QVERIFY(!uri->describe().contains(QLatin1String("r3dis")));
        QVERIFY(uri->describe().contains(QLatin1String("db:5432/events")));

        const auto conninfo = Config::load(args({"--database-url", "host=db password='se cr3tpw' dbname=events"}),
                                           QProcessEnvironment(), &error);
        QVERIFY2(conninfo, qPrintable(error));
        QVERIFY2(!conninfo->describe().contains(QLatin1String("cr3tpw")), qPrintable(conninfo->describe()));
        QVERIFY(conninfo->describe().contains(QLatin1String("dbname=events")));

        // libpq parameters in a URI's query, and a TLS Redis URL
        const auto query = Config::load(
            args({"--database-url", "postgresql://app@db/events?sslmode=require&password=qu3ry&sslpassword=k3y",
                  "--redis-url", "rediss://user:tl5pw@cache:6380/0"}),
            QProcessEnvironment(), &error);
        QVERIFY2(query, qPrintable(error));
        for (const char *secret : {"qu3ry", "k3y", "tl5pw"})
            QVERIFY2(!query->describe().contains(QLatin1String(secret)), qPrintable(query->describe()));
        QVERIFY(query->describe().contains(QLatin1String("sslmode=require")));
    }

    void shouldParseRedisUrls()
    {
        QString error;
        const auto full = RedisEndpoint::parse(QStringLiteral("redis://:pw@cache.local:6380/3"), &error);
        QVERIFY2(full, qPrintable(error));
        QCOMPARE(full->host, QStringLiteral("cache.local"));
        QCOMPARE(full->port, 6380);
        QCOMPARE(full->db, 3);
        QCOMPARE(full->password, QStringLiteral("pw"));

        const auto bare = RedisEndpoint::parse(QStringLiteral("redis://127.0.0.1"), &error);
        QVERIFY(bare);
        QCOMPARE(bare->port, 6379);
        QCOMPARE(bare->db, 0);

        QVERIFY(!RedisEndpoint::parse(QStringLiteral("http://x:1"), &error));
        QVERIFY(!RedisEndpoint::parse(QStringLiteral("redis://x:1/abc"), &error));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
