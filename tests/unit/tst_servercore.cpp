// eventsd's building blocks without a stack or a server: the L1 cache (LRU by bytes, TTL, glob invalidation), the
// rate limiter (burst, refill, a bounded table), trusted proxies and client networks, the token signer and the
// keyset cursors, Accept-Encoding and gzip. The integration tests show them working together; these show each one's
// edges.

#include "auth.h"
#include "gunzip.h"
#include "gzip.h"
#include "health.h"
#include "http.h"
#include "l1cache.h"
#include "processstats.h"
#include "ratelimiter.h"
#include "routemetrics.h"
#include "util.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

using namespace eventsd;

class TestServerCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldEvictTheLeastRecentlyUsedToStayWithinItsBytes()
    {
        // Entries of about 1 KiB in a cache of 4 KiB: the fifth pushes out the one used longest ago
        L1Cache cache(4 * 1024);
        const QByteArray value(900, 'x');
        for (int i = 0; i < 4; ++i)
            cache.set(QStringLiteral("k%1").arg(i), value, 60);
        QVERIFY(cache.get(QStringLiteral("k0"))); // k0 is now the most recently used; k1 the least
        cache.set(QStringLiteral("k4"), value, 60);
        QVERIFY(!cache.get(QStringLiteral("k1")));
        QVERIFY(cache.get(QStringLiteral("k0")));
        QVERIFY(cache.get(QStringLiteral("k4")));
        const L1Cache::Stats s = cache.stats();
        QVERIFY2(s.bytes <= 4 * 1024, qPrintable(QString::number(s.bytes)));
        QCOMPARE(s.evictions, 1);
        QCOMPARE(s.misses, 1);

        // A value larger than the whole cache is not kept (and pushes nothing out)
        cache.set(QStringLiteral("huge"), QByteArray(8 * 1024, 'y'), 60);
        QVERIFY(!cache.get(QStringLiteral("huge")));
        QVERIFY(cache.get(QStringLiteral("k0")));
    }

    void shouldForgetAnEntryWhenItsTimeIsUp()
    {
        L1Cache cache;
        cache.set(QStringLiteral("short"), "a", 1);
        cache.set(QStringLiteral("long"), "b", 60);
        QVERIFY(cache.get(QStringLiteral("short")));
        QTest::qWait(1100);
        QVERIFY(!cache.get(QStringLiteral("short")));
        QCOMPARE(*cache.get(QStringLiteral("long")), QByteArray("b"));
        QVERIFY(cache.stats().expirations >= 1);
    }

    void shouldInvalidateByGlobLikeRedis_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star") << "events:list:*"
                              << "events:list:0:50" << true;
        QTest::newRow("star matches nothing too") << "events:*"
                                                  << "events:" << true;
        QTest::newRow("question mark is one") << "event?"
                                              << "events" << true;
        QTest::newRow("question mark is not none") << "events?"
                                                   << "events" << false;
        QTest::newRow("prefix only") << "events:list"
                                     << "events:list:0" << false;
        QTest::newRow("inner star") << "events:*:summary"
                                    << "events:12:summary" << true;
        QTest::newRow("other namespace") << "events:*"
                                         << "users:1" << false;
    }
    void shouldInvalidateByGlobLikeRedis()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, key);
        QFETCH(bool, matches);
        QCOMPARE(L1Cache::globMatch(pattern, key), matches);
    }

    void shouldRemoveEveryMatchingKey()
    {
        L1Cache cache;
        for (const char *key : {"events:list:0", "events:list:1", "events:stats:all", "users:1"})
            cache.set(QString::fromLatin1(key), "v", 60);
        QCOMPARE(cache.removeMatching(QStringLiteral("events:list:*")), 2);
        QVERIFY(cache.get(QStringLiteral("events:stats:all")));
        QVERIFY(cache.get(QStringLiteral("users:1")));
        QCOMPARE(cache.stats().keys, 2);
    }

    void shouldAdmitABurstThenAskToWait()
    {
        RateLimiter limiter(1.0, 3.0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.admit("a"), 0);
        QVERIFY(limiter.admit("a") >= 1); // Retry-After in whole seconds
        QCOMPARE(limiter.admit("b"), 0); // another key has its own bucket
        RateLimiter unlimited(0, 1);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(unlimited.admit("a"), 0);
    }

    void shouldShareOneBucketBeyondItsKeysInsteadOfGrowing()
    {
        // Two keys fit; every further key shares the overflow bucket (burst 1): the second newcomer waits
        RateLimiter limiter(0.001, 1.0, 2);
        QCOMPARE(limiter.admit("a"), 0);
        QCOMPARE(limiter.admit("b"), 0);
        QCOMPARE(limiter.admit("c"), 0);
        QVERIFY(limiter.admit("d") > 0);
    }

    void shouldCountIpv6ByItsSlash64AndMappedIpv4AsIpv4()
    {
        QCOMPARE(clientNetwork(QHostAddress(QStringLiteral("2001:db8:1:2:aaaa::1"))),
                 clientNetwork(QHostAddress(QStringLiteral("2001:db8:1:2:bbbb::9"))));
        QVERIFY(clientNetwork(QHostAddress(QStringLiteral("2001:db8:1:2::1"))) !=
                clientNetwork(QHostAddress(QStringLiteral("2001:db8:1:3::1"))));
        QCOMPARE(RequestLimits::addressKey(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))),
                 RequestLimits::addressKey(QHostAddress(QStringLiteral("192.0.2.7"))));
    }

    void shouldBelieveForwardedForOnlyFromTrustedProxies()
    {
        QString error;
        const auto proxies = TrustedProxies::parse(QStringLiteral("10.0.0.0/8, 192.0.2.7"), &error);
        QVERIFY2(proxies, qPrintable(error));
        const QHostAddress proxy(QStringLiteral("10.1.2.3"));
        const QHostAddress stranger(QStringLiteral("198.51.100.1"));
        // From a stranger the header is ignored: a client cannot pick the address it is counted by
        QCOMPARE(proxies->clientOf(stranger, "203.0.113.9"), stranger);
        // From a proxy: the rightmost entry that is not a trusted proxy
        QCOMPARE(proxies->clientOf(proxy, "203.0.113.9, 192.0.2.7"), QHostAddress(QStringLiteral("203.0.113.9")));
        QCOMPARE(proxies->clientOf(proxy, "6.6.6.6, 203.0.113.9"), QHostAddress(QStringLiteral("203.0.113.9")));
        // A malformed entry stops the walk at the last hop that could be checked
        QCOMPARE(proxies->clientOf(proxy, "203.0.113.9, not-an-address, 192.0.2.7"),
                 QHostAddress(QStringLiteral("192.0.2.7")));
        QVERIFY(!TrustedProxies::parse(QStringLiteral("10.0.0.0/99"), &error));
        QVERIFY(!error.isEmpty());
    }

    void shouldIssueTokensThatVerifyAndRefuseTamperedOrExpiredOnes()
    {
        const TokenSigner signer(QByteArrayLiteral("unit-secret-0123456789"), 3600);
        Claims claims;
        claims.userId = 42;
        claims.email = QStringLiteral("op@example.com");
        claims.role = Role::Operator;
        const qint64 now = 1'800'000'000;
        const QByteArray token = signer.issue(claims, now);
        const auto back = signer.verify(token, now + 10);
        QVERIFY(back);
        QCOMPARE(back->userId, 42);
        QCOMPARE(back->role, Role::Operator);
        QCOMPARE(back->expiresAt, now + 3600);

        QString why;
        QVERIFY(!signer.verify(token, now + 3601, &why)); // expired
        QVERIFY(!why.isEmpty());
        QByteArray tampered = token;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
        QVERIFY(!signer.verify(tampered, now, &why));
        QVERIFY(!TokenSigner(QByteArrayLiteral("another-secret-0123456789")).verify(token, now, &why));
        for (const QByteArray &garbage : {QByteArray(), QByteArray("a.b"), QByteArray("...."), QByteArray(9000, 'a')})
            QVERIFY(!signer.verify(garbage, now, &why));
    }

    void shouldRoundTripCursorsAndRefuseForgedOnes()
    {
        const QString at = QStringLiteral("2026-11-22T10:15:30.123456Z");
        const QString cursor = util::encodeCursor(at, 77);
        QString timestamp;
        qint64 id = 0, micros = 0;
        QVERIFY(util::decodeCursor(cursor, &timestamp, &id, &micros));
        QCOMPARE(timestamp, at);
        QCOMPARE(id, 77);
        QCOMPARE(micros % 1'000'000, 123456); // microseconds survive, not only QDateTime's milliseconds
        for (const QString &bad :
             {QStringLiteral("!!!"), util::encodeCursor(QStringLiteral("yesterday"), 1), util::encodeCursor(at, 0),
              QString(300, u'A'),
              QString::fromLatin1(QByteArray("no separator").toBase64(QByteArray::Base64UrlEncoding))})
            QVERIFY2(!util::decodeCursor(bad, &timestamp, &id, &micros), qPrintable(bad));
    }

    void shouldReadAPageRequestAndKeyItCanonically()
    {
        HttpResponse error;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("20"));
        query.addQueryItem(QStringLiteral("cursor"), util::encodeCursor(QStringLiteral("2026-11-22T10:15:30.1Z"), 5));
        const auto page = util::parsePage(query, 50, 100, &error);
        QVERIFY(page);
        QCOMPARE(page->limit, 20);
        QCOMPARE(page->cursorId, 5);
        // Two spellings of one position are one cache key, and the key holds none of the client's text
        QUrlQuery same;
        same.addQueryItem(QStringLiteral("cursor"),
                          util::encodeCursor(QStringLiteral("2026-11-22T10:15:30.100000Z"), 5));
        QCOMPARE(util::parsePage(same, 50, 100, &error)->cursorKey, page->cursorKey);
        QVERIFY(!page->cursorKey.contains(u'T'));

        for (const char *limit : {"0", "101", "-1", "ten", "1e2"}) {
            QUrlQuery bad;
            bad.addQueryItem(QStringLiteral("limit"), QString::fromLatin1(limit));
            QVERIFY2(!util::parsePage(bad, 50, 100, &error), limit);
            QCOMPARE(error.status, 400);
        }
        QUrlQuery forged;
        forged.addQueryItem(QStringLiteral("cursor"), QStringLiteral("bm90IGEgY3Vyc29y"));
        QVERIFY(!util::parsePage(forged, 50, 100, &error));
        QCOMPARE(error.status, 400);
    }

    void shouldKeepRequestHistogramsByPatternMethodAndStatusClassAcrossAClear()
    {
        // Given two quick answers and one slow failure of one route
        RouteMetrics metrics;
        metrics.record(QStringLiteral("GET /events/:id"), 3, 200);
        metrics.record(QStringLiteral("GET /events/:id"), 30, 204);
        metrics.record(QStringLiteral("GET /events/:id"), 600, 503);
        // When the seed's "clear metrics" resets the JSON figures
        metrics.clear();
        // Then Prometheus' histograms stay (counters only grow), one per status class, cumulative by bound
        const QList<RouteMetrics::Histogram> all = metrics.histograms();
        QCOMPARE(all.size(), 2);
        const RouteMetrics::Histogram &ok = all[0];
        QCOMPARE(ok.method, QStringLiteral("GET"));
        QCOMPARE(ok.pattern, QStringLiteral("/events/:id"));
        QCOMPARE(ok.statusClass, QStringLiteral("2xx"));
        QCOMPARE(ok.count, 2);
        QCOMPARE(ok.cumulative[0], 1); // ≤ 5 ms
        QCOMPARE(ok.cumulative[3], 2); // ≤ 50 ms
        QCOMPARE(ok.sumSeconds, 0.033);
        const RouteMetrics::Histogram &failed = all[1];
        QCOMPARE(failed.statusClass, QStringLiteral("5xx"));
        QCOMPARE(failed.cumulative[6], 0); // ≤ 0.5 s
        QCOMPARE(failed.cumulative[7], 1); // ≤ 1 s
        QVERIFY(metrics.routes().isEmpty());
    }

    void shouldReadProcStatFieldsPastACommandNameWithParentheses()
    {
        const QList<QByteArray> f = procStatFields("4242 (odd) name) S 1 4242 4242 0 -1 4194560 700 0 0 0 12 7");
        QCOMPARE(f.value(0), QByteArray("S")); // field 3
        QCOMPARE(f.value(14 - 3), QByteArray("12")); // utime
        QCOMPARE(f.value(15 - 3), QByteArray("7")); // stime
        QVERIFY(procStatFields("no parenthesis").isEmpty());
        // And this process's own figures are there
        const ProcessStats self = ProcessStats::read();
        QVERIFY(ProcessMemory::read().rss > 0 && self.openFds > 0 && self.startTimeSeconds > 1.7e9);
    }

    void shouldReadAcceptEncodingAsRfc9110Says_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("gzip");
        const QList<std::pair<const char *, bool>> cases{
            {"gzip", true},
            {"gzip, deflate, br", true},
            {"deflate, GZIP;q=0.5", true},
            {"x-gzip", true},
            {"*", true},
            {"*;q=0.1", true},
            {"br;q=1.0, gzip;q=0.001", true},
            {"", false},
            {"identity", false},
            {"deflate, br", false},
            {"gzip;q=0", false},
            {"gzip;q=0.000", false},
            {"*, gzip;q=0", false}, // gzip named: its own q-value counts, not the star's
            {"*;q=0", false},
            {"gzip;q=2", false}, // malformed elements count as absent
            {"gzip;q=abc", false},
            {"gzip;q=", false},
            {"gzip;q=0.00001", false},
            {"gzipx", false},
            {",,,;;;==", false},
            {" gzip ; q=1 ", true},
        };
        for (const auto &[header, expected] : cases)
            QTest::newRow(header) << QByteArray(header) << expected;
    }
    void shouldReadAcceptEncodingAsRfc9110Says()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, gzip);
        QCOMPARE(opsdash::gzip::acceptsGzip(header), gzip);
    }

    void shouldGzipWhatGunzipReadsBack()
    {
        // JSON-like text, random bytes, nothing, and a body fed in uneven pieces as a stream is
        QByteArray text;
        for (int i = 0; i < 5000; ++i)
            text += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"Event " + QByteArray::number(i % 97) + "\"},";
        QByteArray noise(300'000, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        for (const QByteArray &body : {text, noise, QByteArray()}) {
            const QByteArray once = opsdash::gzip::compress(body);
            QCOMPARE(testenv::gunzip(once), body);
            opsdash::gzip::Encoder stream;
            QByteArray pieces;
            for (qsizetype at = 0, size = 1; at < body.size(); at += size, size = size * 3 + 7)
                pieces += stream.push(QByteArrayView(body).sliced(at, std::min(size, body.size() - at)));
            pieces += stream.finish();
            QCOMPARE(testenv::gunzip(pieces), body);
            QVERIFY(stream.finish().isEmpty() && stream.push("more").isEmpty()); // done is done
        }
        QVERIFY2(opsdash::gzip::compress(text).size() * 5 < text.size(),
                 "JSON-like text should shrink at least 5 times");
        using opsdash::gzip::compressible;
        QVERIFY(compressible("application/json") && compressible("text/csv; charset=utf-8") &&
                !compressible("application/pdf") && !compressible("image/png"));
    }
};

QTEST_GUILESS_MAIN(TestServerCore)
#include "tst_servercore.moc"
