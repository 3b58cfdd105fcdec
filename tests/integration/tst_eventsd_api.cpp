// eventsd's HTTP contract against a real eventsd, PostgreSQL and Redis: log-in, the seed's performance API shapes
// and roles, the actions, /metrics, rate limits and a client that leaves early. Events and registrations:
// tst_eventsd_domain.

#include "eventsdfixture.h"
#include "gunzip.h"

using namespace testenv;

class TestEventsdApi : public EventsdFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startOrFail(); }

    void shouldLogInWithTheSeedsShape()
    {
        const Answer ok = m_client->post(QStringLiteral("/auth/login"),
                                         json({{QStringLiteral("email"), QStringLiteral("operator@example.com")},
                                               {QStringLiteral("password"), QStringLiteral("operator-demo")}}));
        QCOMPARE(ok.status, 200);
        const QJsonObject data = ok.object().value(u"data").toObject();
        VERIFY_KEYS(data, "accessToken", "expiresIn", "role");
        QCOMPARE(data.value(u"role").toString(), QStringLiteral("operator"));

        const Answer wrong = m_client->post(QStringLiteral("/auth/login"),
                                            json({{QStringLiteral("email"), QStringLiteral("operator@example.com")},
                                                  {QStringLiteral("password"), QStringLiteral("nope")}}));
        QCOMPARE(wrong.status, 401);
        const Answer unknown = m_client->post(QStringLiteral("/auth/login"),
                                              json({{QStringLiteral("email"), QStringLiteral("who@example.com")},
                                                    {QStringLiteral("password"), QStringLiteral("x")}}));
        QCOMPARE(unknown.status, 401);
        const Answer malformed = m_client->post(QStringLiteral("/auth/login"), "{\"email\": ");
        QCOMPARE(malformed.status, 400);
        VERIFY_KEYS(malformed.object(), "statusCode", "error", "message");
    }

    void shouldGuardThePerformanceApi_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p :
             {"/performance/overview", "/performance/database/stats", "/performance/database/slow-queries",
              "/performance/database/frequency", "/performance/database/info", "/performance/api/stats",
              "/performance/memory/stats", "/performance/database/pool", "/performance/api/endpoints"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void shouldGuardThePerformanceApi()
    {
        QFETCH(QString, path);
        QCOMPARE(m_client->get(path).status, 401);
        QCOMPARE(m_client->get(path, "not.a.token").status, 401);
        QCOMPARE(m_client->get(path, m_organizer).status, 403);
        QCOMPARE(m_client->get(path, m_operator).status, 200);
    }

    void shouldServeTheSeedShapes()
    {
        // Some traffic first, so every figure has something to show.
        QCOMPARE(m_client->get(QStringLiteral("/events?limit=5")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/events/999999")).status, 404);

        const QJsonObject overview = m_client->get(QStringLiteral("/performance/overview"), m_operator).object();
        VERIFY_KEYS(overview, "database", "api", "memory", "system");
        VERIFY_KEYS(overview.value(u"system").toObject(), "uptime", "nodeVersion", "platform");

        const QJsonObject db = m_client->get(QStringLiteral("/performance/database/stats"), m_operator).object();
        VERIFY_KEYS(db, "totalQueries", "slowQueries", "averageResponseTime", "slowestQueries", "queryFrequency");
        QVERIFY(db.value(u"totalQueries").toDouble() > 0);
        QVERIFY(db.value(u"slowestQueries").isArray());
        QVERIFY(db.value(u"queryFrequency").isObject());

        // --slow-query-ms 0: every statement is slow, so the list has entries with the seed's fields.
        const QJsonArray slow =
            m_client->get(QStringLiteral("/performance/database/slow-queries"), m_operator).json.array();
        QVERIFY(!slow.isEmpty());
        VERIFY_KEYS(slow.first().toObject(), "query", "duration", "timestamp", "parameters", "slowQuery");
        QVERIFY(
            QDateTime::fromString(slow.first().toObject().value(u"timestamp").toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(m_client->get(QStringLiteral("/performance/database/slow-queries?limit=0"), m_operator).status, 400);

        const QJsonArray frequency =
            m_client->get(QStringLiteral("/performance/database/frequency"), m_operator).json.array();
        QVERIFY(!frequency.isEmpty());
        VERIFY_KEYS(frequency.first().toObject(), "query", "count", "avgDuration");
        // Seed 002's normalization: lower case, placeholders as $?, no $1-style left.
        static const QRegularExpression numbered(QStringLiteral("\\$\\d"));
        bool anyPlaceholder = false;
        for (const auto &entry : frequency) {
            const QString query = entry.toObject().value(u"query").toString();
            QCOMPARE(query, query.toLower());
            QVERIFY2(!query.contains(numbered), qPrintable(query));
            anyPlaceholder = anyPlaceholder || query.contains(u"$?");
        }
        QVERIFY(anyPlaceholder);

        const QJsonObject info = m_client->get(QStringLiteral("/performance/database/info"), m_operator).object();
        VERIFY_KEYS(info, "totalSize", "tableCount", "indexCount", "connectionCount");
        QCOMPARE(info.value(u"tableCount").toInt(),
                 int(scalar(
                     QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))));

        const QJsonObject api = m_client->get(QStringLiteral("/performance/api/stats"), m_operator).object();
        VERIFY_KEYS(api, "totalRequests", "slowRequests", "averageResponseTime", "slowestEndpoints", "errorRate");
        QVERIFY(api.value(u"errorRate").toDouble() > 0); // the 404 above
        VERIFY_KEYS(api.value(u"slowestEndpoints").toArray().first().toObject(), "endpoint", "method",
                    "avgResponseTime", "requestCount");

        const QJsonObject endpoints = m_client->get(QStringLiteral("/performance/api/endpoints"), m_operator).object();
        QVERIFY2(endpoints.contains(u"GET /events/:id"), "routes are keyed by pattern, not by raw path");
        VERIFY_KEYS(endpoints.value(u"GET /events").toObject(), "count", "average", "median", "p95", "p99", "min",
                    "max");

        const QJsonObject memory = m_client->get(QStringLiteral("/performance/memory/stats"), m_operator).object();
        VERIFY_KEYS(memory, "current", "formatted", "usagePercentage");
        VERIFY_KEYS(memory.value(u"current").toObject(), "rss", "heapTotal", "heapUsed", "external", "arrayBuffers");
        QVERIFY(memory.value(u"formatted").toObject().value(u"rss").toString().contains(u"MB"));

        const QJsonObject pool = m_client->get(QStringLiteral("/performance/database/pool"), m_operator).object();
        VERIFY_KEYS(pool, "totalConnections", "idleConnections", "waitingClients", "poolSize", "maxConnections",
                    "acquireWaitMs");
        QVERIFY(pool.value(u"totalConnections").toInt() >= 1);
    }

    void shouldRunTheActions()
    {
        const Answer gc = m_client->post(QStringLiteral("/performance/memory/gc"), {}, m_operator);
        QCOMPARE(gc.status, 200);
        VERIFY_KEYS(gc.object(), "message", "freedBytes", "before", "after");

        QCOMPARE(m_client->post(QStringLiteral("/performance/memory/threshold/0.75"), {}, m_operator).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/performance/memory/stats"), m_operator)
                     .object()
                     .value(u"threshold")
                     .toDouble(),
                 0.75);
        for (const char *bad : {"0", "1.5", "abc", "-1", "nan"})
            QCOMPARE(
                m_client->post(QStringLiteral("/performance/memory/threshold/") + QLatin1String(bad), {}, m_operator)
                    .status,
                400);

        const Answer optimize = m_client->post(QStringLiteral("/performance/database/optimize"), {}, m_operator);
        QCOMPARE(optimize.status, 200);
        const QJsonArray steps = optimize.object().value(u"steps").toArray();
        QCOMPARE(steps.size(), 8); // ANALYZE and VACUUM (ANALYZE) of four tables
        for (const auto &step : steps)
            QVERIFY(step.toObject().value(u"ok").toBool());
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'registrations' "
                                      "AND last_vacuum > now() - interval '5 minutes'")) == 1);

        QCOMPARE(m_client->post(QStringLiteral("/performance/clear-metrics"), {}, m_operator).status, 200);
        const QJsonObject after = m_client->get(QStringLiteral("/performance/database/stats"), m_operator).object();
        // Only the statements since the clear (none of this request's own) remain.
        QVERIFY(after.value(u"totalQueries").toDouble() < 5);
        QCOMPARE(m_client->post(QStringLiteral("/performance/clear-metrics"), {}, m_organizer).status, 403);
    }

    void shouldExposePrometheusMetrics()
    {
        // A statement since the actions cleared the metrics: registrations are read uncached
        QCOMPARE(m_client->get(QStringLiteral("/events/1/registrations?limit=1"), m_operator).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/metrics")).status, 401);
        QCOMPARE(m_client->get(QStringLiteral("/metrics"), m_organizer).status, 403);
        const Answer metrics = m_client->get(QStringLiteral("/metrics"), m_operator);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.headers.value("content-type").startsWith("text/plain; version=0.0.4"));
        // Every sample line is `name{labels} value`, labels quoted and escaped, value a number.
        // (An ordinary string literal: moc in Qt 6.4 stumbles over this pattern as a raw string.)
        static const QRegularExpression sample(
            QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)"
                           "(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\",?)*\\})?"
                           " (-?[0-9.eE+-]+|NaN|[+-]Inf)$"));
        QSet<QString> families;
        QSet<QByteArray> series;
        int samples = 0;
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const auto match = sample.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            families.insert(match.captured(1));
            // No duplicate series: name and labels together are unique.
            const QByteArray key = line.left(line.lastIndexOf(' '));
            QVERIFY2(!series.contains(key), key.constData());
            series.insert(key);
            ++samples;
        }
        QVERIFY(samples > 20);
        for (const char *family :
             {"eventsd_http_request_duration_seconds_bucket", "eventsd_http_request_duration_seconds_count",
              "eventsd_db_statements_total", "eventsd_pool_connections", "eventsd_cache_hits_total", "eventsd_redis_up",
              "eventsd_build_info", "process_resident_memory_bytes", "process_cpu_seconds_total",
              "process_start_time_seconds", "process_open_fds"})
            QVERIFY2(families.contains(QLatin1String(family)), family);
        // Durations are histograms by route pattern, method and status class: the read above is a 2xx of its
        // pattern, the two refusals of /metrics are 4xx; buckets only grow and +Inf is the count.
        const auto value = [&metrics](const QByteArray &series) {
            for (const QByteArray &line : metrics.body.split('\n'))
                if (line.startsWith(QByteArray(series + ' ')))
                    return line.mid(series.size() + 1).toDouble();
            return -1.0;
        };
        const QByteArray read = R"(route="/events/:id/registrations",method="GET",status="2xx")";
        QVERIFY(value("eventsd_http_request_duration_seconds_count{" + read + '}') >= 1);
        QCOMPARE(value("eventsd_http_request_duration_seconds_bucket{" + read + R"(,le="+Inf"})"),
                 value("eventsd_http_request_duration_seconds_count{" + read + '}'));
        QVERIFY(value("eventsd_http_request_duration_seconds_bucket{" + read + R"(,le="0.005"})") <=
                value("eventsd_http_request_duration_seconds_bucket{" + read + R"(,le="10"})"));
        QVERIFY(value(R"(eventsd_http_request_duration_seconds_count{route="/metrics",method="GET",status="4xx"})") >=
                2);
        // No statement text as a label: per-statement figures stay in the JSON API and pg_stat_statements.
        QVERIFY(!metrics.body.contains("statement=\""));

        // And Prometheus' own linter accepts it (names, units, suffixes, help and type lines).
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool not found: scripts/setup-deps installs the prometheus package");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(metrics.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, said.constData());
        QVERIFY2(said.trimmed().isEmpty(), said.constData());
    }

    void shouldSurviveAClientThatLeavesEarly()
    {
        // Given a request that takes a while (statistics over every event) whose client hangs up at once
        QNetworkRequest request(QUrl(m_eventsd.baseUrl() + QStringLiteral("/events/statistics")));
        request.setRawHeader("Authorization", "Bearer " + m_operator);
        QNetworkReply *reply = m_client->nam().get(request);
        QTimer::singleShot(1, reply, &QNetworkReply::abort);
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
        QTest::qWait(300);
        // Then the server is still there and answers the next request
        QCOMPARE(m_eventsd.process().state(), QProcess::Running);
        QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
    }

    void shouldSendCacheControlForAnEvent()
    {
        const Answer a = m_client->get(QStringLiteral("/events/1"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("cache-control"), QByteArrayLiteral("public, max-age=60"));
    }

    void shouldGzipWhatIsWorthItWhenAccepted()
    {
        // Setting Accept-Encoding ourselves keeps Qt from decompressing: the bytes are what eventsd sent.
        const auto get = [&](const QString &path, const QByteArray &acceptEncoding) {
            return m_client->call("GET", path, {}, m_operator, {{"Accept-Encoding", acceptEncoding}});
        };
        // A JSON list over 1 KiB: gzipped when gzip is accepted, the same bytes after gunzip, Vary either way
        const QString list = QStringLiteral("/events?limit=50");
        const Answer plain = get(list, "identity");
        QCOMPARE(plain.status, 200);
        QVERIFY2(plain.body.size() > 1024, plain.body.left(200).constData());
        QVERIFY(!plain.headers.contains("content-encoding"));
        QCOMPARE(plain.headers.value("vary"), QByteArrayLiteral("Accept-Encoding"));
        const Answer zipped = get(list, "gzip, deflate, br");
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.headers.value("content-encoding"), QByteArrayLiteral("gzip"));
        QCOMPARE(zipped.headers.value("vary"), QByteArrayLiteral("Accept-Encoding"));
        QVERIFY2(zipped.body.size() * 3 < plain.body.size(), QByteArray::number(zipped.body.size()).constData());
        QCOMPARE(testenv::gunzip(zipped.body), plain.body);
        // Refused by its q-value, or a body under 1 KiB: as it is
        QVERIFY(!get(list, "gzip;q=0, identity").headers.contains("content-encoding"));
        const Answer small = get(QStringLiteral("/health"), "gzip");
        QVERIFY(small.body.size() < 1024 && !small.headers.contains("content-encoding"));
        // And Qt's client, which asks for gzip itself, reads the list as before
        QCOMPARE(m_client->get(list, m_operator).body, plain.body);

        // The CSV export streams through gzip when accepted: the same file after gunzip
        const qint64 event = plain.object().value(u"items").toArray().first().toObject().value(u"id").toInteger();
        const QString csv = QStringLiteral("/events/%1/registrations.csv").arg(event);
        const Answer csvPlain = get(csv, "identity");
        const Answer csvZipped = get(csv, "gzip");
        QCOMPARE(csvPlain.status, 200);
        QVERIFY(!csvPlain.headers.contains("content-encoding"));
        QCOMPARE(csvZipped.headers.value("content-encoding"), QByteArrayLiteral("gzip"));
        QCOMPARE(testenv::gunzip(csvZipped.body), csvPlain.body);
    }

    void shouldRateLimitPerAddressPerSubjectAndMonitoringApart()
    {
        // A second instance with tiny budgets that hardly refill during the test (one request per 100 s):
        // 5 at once per address, 3 per token subject, 4 for an operator's monitoring.
        const QStringList tight = {QStringLiteral("--rate-limit"),
                                   QStringLiteral("0.01"),
                                   QStringLiteral("--rate-burst"),
                                   QStringLiteral("5"),
                                   QStringLiteral("--token-rate-limit"),
                                   QStringLiteral("0.01"),
                                   QStringLiteral("--token-rate-burst"),
                                   QStringLiteral("3"),
                                   QStringLiteral("--monitoring-rate-limit"),
                                   QStringLiteral("0.01"),
                                   QStringLiteral("--monitoring-rate-burst"),
                                   QStringLiteral("4")};
        Eventsd limited;
        QString log;
        QVERIFY2(limited.start(tight, &log), qPrintable(log));
        Client client(limited.baseUrl());
        auto statuses = [&client](int n, const QString &path, const QByteArray &token = {},
                                  const QList<std::pair<QByteArray, QByteArray>> &headers = {}) {
            QList<int> seen;
            for (int i = 0; i < n; ++i)
                seen << client.call("GET", path, {}, token, headers).status;
            return seen;
        };
        const QString event = QStringLiteral("/events/1");
        // Anonymous: 5 from this address, then 429 with Retry-After.
        QCOMPARE(statuses(5, event), QList<int>({200, 200, 200, 200, 200}));
        const Answer refused = client.get(event);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.headers.value("retry-after").toInt() >= 1);
        // X-Forwarded-For from an untrusted peer is ignored: no way out of the address's budget.
        QCOMPARE(statuses(1, event, {}, {{"X-Forwarded-For", "203.0.113.5"}}), QList<int>({429}));
        // A token is counted by its subject, not by the exhausted address: 3, then 429.
        QCOMPARE(statuses(4, event, m_organizer), QList<int>({200, 200, 200, 429}));
        // The operator uses up its own subject budget on public routes...
        QCOMPARE(statuses(4, event, m_operator), QList<int>({200, 200, 200, 429}));
        // ...and its monitoring still answers, in a budget of its own (4), which public load never touches.
        QCOMPARE(statuses(5, QStringLiteral("/performance/api/stats"), m_operator),
                 QList<int>({200, 200, 200, 200, 429}));
        // An organizer's token on an operator route is refused by role, and counted in its own subject budget.
        QCOMPARE(client.get(QStringLiteral("/metrics"), m_organizer).status, 429);

        // Behind a trusted proxy, X-Forwarded-For names the client: each forwarded client has its own budget, and
        // an address the client put in front of the list cannot buy it another.
        Eventsd proxied;
        QVERIFY2(proxied.start(tight + QStringList{QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.0/8")},
                               &log),
                 qPrintable(log));
        Client viaProxy(proxied.baseUrl());
        auto proxiedStatuses = [&viaProxy, &event](int n, const QByteArray &forwardedFor) {
            QList<int> seen;
            for (int i = 0; i < n; ++i)
                seen << viaProxy.call("GET", event, {}, {}, {{"X-Forwarded-For", forwardedFor}}).status;
            return seen;
        };
        QCOMPARE(proxiedStatuses(6, "203.0.113.5"), QList<int>({200, 200, 200, 200, 200, 429}));
        QCOMPARE(proxiedStatuses(1, "198.51.100.1, 203.0.113.5"), QList<int>({429}));
        QCOMPARE(proxiedStatuses(1, "203.0.113.6"), QList<int>({200}));
        // The proxy's own requests (no header) count as the proxy's address.
        QCOMPARE(viaProxy.get(event).status, 200);
    }

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TestEventsdApi)
#include "tst_eventsd_api.moc"
