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

/// Writes `content` to <dir>/eventsd.ini and returns its path (empty if it could not be written).
QString writeIni(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString file = dir.filePath(QStringLiteral("eventsd.ini"));
    QFile ini(file);
    if (!ini.open(QIODevice::WriteOnly) || ini.write(content) != content.size())
        return {};
    return file;
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
        const QString file = writeIni(dir, "port=4000\ndatabase-url=postgresql://file/db\ninstance-id=from-file\n");
        QVERIFY(!file.isEmpty());
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

    void shouldLoadTheExampleConfigAndRejectAnUnknownKey()
    {
        // The example installed with the package loads as it is (after the password is set, nothing else needed).
        const QString example = QStringLiteral(OPSDASH_SOURCE_DIR "/deploy/eventsd.ini");
        QString error;
        const auto config = Config::load(args({"--config", qPrintable(example)}), {}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->port, 3000);
        QCOMPARE(config->databaseUrl, QStringLiteral("postgresql://eventsd:CHANGE-ME@127.0.0.1:5432/eventsd"));
        QCOMPARE(config->jobs.mailSpool, QStringLiteral("/var/lib/eventsd"));
        // A misspelt key is named, not ignored.
        QTemporaryDir dir;
        const QString file = writeIni(dir, "database-url=postgresql://file/db\npool-sise=20\n");
        QVERIFY(!file.isEmpty());
        QVERIFY(!Config::load(args({"--config", qPrintable(file)}), {}, &error));
        QVERIFY2(error.contains(QLatin1String("unknown key \"pool-sise\"")), qPrintable(error));
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

        // libpq parameters in a URI's query, and a Redis URL with a user (rediss:// is refused: no TLS to Redis)
        const auto query = Config::load(
            args({"--database-url", "postgresql://app@db/events?sslmode=require&password=qu3ry&sslpassword=k3y",
                  "--redis-url", "redis://user:tl5pw@cache:6380/0"}),
            QProcessEnvironment(), &error);
        QVERIFY2(query, qPrintable(error));
        for (const char *secret : {"qu3ry", "k3y", "tl5pw"})
            QVERIFY2(!query->describe().contains(QLatin1String(secret)), qPrintable(query->describe()));
        QVERIFY(query->describe().contains(QLatin1String("sslmode=require")));
    }

    void shouldReadTheQueueSettings()
    {
        QString error;
        const auto defaults = Config::load(args({"--database-url", "x"}), QProcessEnvironment(), &error);
        QVERIFY2(defaults, qPrintable(error));
        QCOMPARE(defaults->jobs.queues.size(), 3);
        QVERIFY(!defaults->workerOnly);
        // Seed 000: email 5 at a time and 3 attempts, badges 3 and 2, reports 1 and 1 after 5 s.
        QCOMPARE(defaults->jobs.of(eventsd::JobQueue::Email).concurrency, 5);
        QCOMPARE(defaults->jobs.of(eventsd::JobQueue::Email).attempts, 3);
        QCOMPARE(defaults->jobs.of(eventsd::JobQueue::Badge).attempts, 2);
        QCOMPARE(defaults->jobs.of(eventsd::JobQueue::Report).concurrency, 1);
        QCOMPARE(defaults->jobs.of(eventsd::JobQueue::Report).delayMs, 5000);
        QVERIFY(defaults->describe().contains(QLatin1String("not sent (no smtp-url or mail-spool)")));

        const auto worker =
            Config::load(args({"--database-url", "x", "--worker", "--queues", "email, badge-generation,email",
                               "--email-attempts", "7", "--smtp-url", "smtps://mailer:m4ilpw@smtp.example.com:465",
                               "--mail-from", "Events <ev@example.com>"}),
                         QProcessEnvironment(), &error);
        QVERIFY2(worker, qPrintable(error));
        QVERIFY(worker->workerOnly);
        QCOMPARE(worker->jobs.queues, (QList<eventsd::JobQueue>{eventsd::JobQueue::Email, eventsd::JobQueue::Badge}));
        QCOMPARE(worker->jobs.of(eventsd::JobQueue::Email).attempts, 7);
        QVERIFY2(!worker->describe().contains(QLatin1String("m4ilpw")), qPrintable(worker->describe()));
        QVERIFY(worker->describe().contains(QLatin1String("queues = email, badge-generation")));

        const auto none =
            Config::load(args({"--database-url", "x", "--queues", "none"}), QProcessEnvironment(), &error);
        QVERIFY(none && none->jobs.queues.isEmpty());
        for (auto bad : {std::pair{"--queues", "email,sms"},
                         {"--smtp-url", "http://mail"},
                         {"--mail-from", "a b c"},
                         {"--email-concurrency", "0"},
                         {"--job-claim-ms", "5"}}) {
            QVERIFY2(!Config::load(args({"--database-url", "x", bad.first, bad.second}), QProcessEnvironment(), &error),
                     bad.first);
            QVERIFY2(error.contains(QLatin1String(bad.first + 2)), qPrintable(error));
        }
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

    void shouldFindTheClientBehindTrustedProxiesOnly()
    {
        using eventsd::TrustedProxies;
        QString error;
        QVERIFY(!TrustedProxies::parse(QStringLiteral("10.0.0.0/8, not-an-address"), &error));
        QVERIFY(error.contains(QLatin1String("not-an-address")));
        const auto proxies = TrustedProxies::parse(QStringLiteral(" 10.0.0.0/8, 192.0.2.7 ,2001:db8::/32"), &error);
        QVERIFY2(proxies, qPrintable(error));
        const QHostAddress proxy(QStringLiteral("10.1.2.3"));
        const QHostAddress stranger(QStringLiteral("198.51.100.9"));
        auto client = [&](const QHostAddress &peer, const char *forwarded) {
            return proxies->clientOf(peer, QByteArrayView(forwarded)).toString();
        };
        // From an untrusted peer the header is ignored.
        QCOMPARE(client(stranger, "203.0.113.5"), stranger.toString());
        // From a trusted one, the rightmost entry that is not a proxy; what the client wrote left of it is not used.
        QCOMPARE(client(proxy, "203.0.113.5"), QStringLiteral("203.0.113.5"));
        QCOMPARE(client(proxy, "1.1.1.1, 203.0.113.5, 192.0.2.7"), QStringLiteral("203.0.113.5"));
        QCOMPARE(client(QHostAddress(QStringLiteral("::ffff:10.9.9.9")), "203.0.113.5"), QStringLiteral("203.0.113.5"));
        QCOMPARE(client(QHostAddress(QStringLiteral("2001:db8::1")), "2001:db9::2"), QStringLiteral("2001:db9::2"));
        // A malformed entry stops the walk at the last hop that could be checked.
        QCOMPARE(client(proxy, "203.0.113.5, garbage"), proxy.toString());
        QCOMPARE(client(proxy, "garbage, 10.0.0.9, 203.0.113.5"), QStringLiteral("203.0.113.5"));
        // Trusted all the way: the leftmost.
        QCOMPARE(client(proxy, "10.0.0.1"), QStringLiteral("10.0.0.1"));
        // The setting reaches Config, and a bad one names itself.
        const auto config = Config::load(args({"--database-url", "postgresql:///x", "--trusted-proxies", "10.0.0.0/8"}),
                                         QProcessEnvironment(), &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->trustedProxies.contains(proxy));
        QVERIFY(!Config::load(args({"--database-url", "postgresql:///x", "--trusted-proxies", "10.0.0.0/99"}),
                              QProcessEnvironment(), &error));
        QVERIFY(error.startsWith(QLatin1String("trusted-proxies")));
    }

    void shouldKeepTheRateLimitersTableBoundedAndBudgetsApart()
    {
        using eventsd::Budget;
        using eventsd::RequestLimits;
        // Rates that do not refill during the test.
        RequestLimits limits({0.001, 2}, {0.001, 1}, {0, 1});
        const QByteArray a = RequestLimits::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2::5")));
        // One IPv6 /64 is one client.
        QCOMPARE(RequestLimits::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9"))), a);
        QVERIFY(RequestLimits::addressKey(QHostAddress(QStringLiteral("2001:db8:1:3::5"))) != a);
        QCOMPARE(limits.admit(Budget::Address, a), 0);
        QCOMPARE(limits.admit(Budget::Address, a), 0);
        QVERIFY(limits.admit(Budget::Address, a) > 0);
        // The same key in another budget is another bucket; a rate of 0 admits everything.
        QCOMPARE(limits.admit(Budget::Subject, a), 0);
        QVERIFY(limits.admit(Budget::Subject, a) > 0);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(limits.admit(Budget::Monitoring, a), 0);

        // Beyond its table size new keys share one overflow bucket, so a flood of addresses costs bounded memory
        // and cannot reset anyone's budget.
        eventsd::RateLimiter small(0.001, 1, 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(small.admit(QByteArray::number(i)), 0);
        QCOMPARE(small.admit("overflow-1"), 0);
        QVERIFY(small.admit("overflow-2") > 0);
        QVERIFY(small.admit("0") > 0);
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
