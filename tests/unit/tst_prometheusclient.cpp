// Prometheus's HTTP API v1 and Alertmanager's v2 as opsdash reads them: answers recorded from the stack's
// Prometheus, Go's times and durations, NaN and infinities, limits on series and points, error envelopes; and the
// clients against a real local server on port 0 that answers garbage, errors, silence and endless bodies — each a
// sentence, nothing blocks.
#include "annotations.h"
#include "prometheusclient.h"
#include "prometheushistory.h"
#include "testhttpserver.h"

#include <QCoroTask>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace opsdash;
using Reply = testenv::TestHttpServer::Reply;
using Mode = testenv::TestHttpServer::Mode;

namespace {

QByteArray recorded(const char *name)
{
    return testenv::fixture(QByteArray(QByteArrayLiteral("prometheus/") + name).constData());
}

template<typename T>
T run(QCoro::Task<T> task)
{
    return QCoro::waitFor(std::move(task));
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedAnswers()
    {
        const auto vector = prom::parseQuery(recorded("query-vector.json"));
        QVERIFY2(vector, qPrintable(vector.error));
        QVERIFY(vector.value->size() >= 3);
        for (const prom::Series &s : *vector.value) {
            QCOMPARE(s.labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
            QCOMPARE(s.points.size(), 1);
            QVERIFY(s.points.first().timeMs > 1700000000000);
        }
        const auto matrix = prom::parseQuery(recorded("query-matrix.json"));
        QVERIFY2(matrix, qPrintable(matrix.error));
        QVERIFY(!matrix.value->isEmpty());
        QVERIFY(matrix.value->first().labels.contains(QStringLiteral("job")));

        const auto targets = prom::parseTargets(recorded("targets.json"));
        QVERIFY2(targets, qPrintable(targets.error));
        QVERIFY(targets.value->size() >= 3);
        const prom::Target &t = targets.value->first();
        QCOMPARE(t.health, prom::TargetHealth::Up);
        QCOMPARE(t.scrapeIntervalSeconds, 5);
        QVERIFY(t.lastScrapeMs > 1700000000000);
        QVERIFY(t.scrapeUrl.startsWith(u"http://127.0.0.1:"));

        const auto rules = prom::parseRules(recorded("rules.json"));
        QVERIFY2(rules, qPrintable(rules.error));
        int alerting = 0, recording = 0;
        for (const prom::RuleGroup &g : *rules.value)
            for (const prom::Rule &r : g.rules)
                (r.alerting ? alerting : recording) += 1;
        QCOMPARE(alerting, 9);
        QCOMPARE(recording, 28);

        const auto build = prom::parseBuildInfo(recorded("buildinfo.json"));
        QVERIFY2(build, qPrintable(build.error));
        QVERIFY(build.value->version.startsWith(u"2."));
        QVERIFY(prom::parseAlerts(recorded("alerts.json")));
        QCOMPARE(prom::errorMessage(recorded("error-bad-data.json")).left(37),
                 QStringLiteral("bad_data: invalid parameter \"query\": "));
    }

    void valuesAndTimes()
    {
        const auto parsed = prom::parseQuery(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":"1"},"values":[)"
            R"([1733076000.5,"NaN"],[1733076001,"+Inf"],[1733076002,"-Inf"],[1733076003,"1e3"]]}]}})");
        QVERIFY2(parsed, qPrintable(parsed.error));
        const auto &p = parsed.value->first().points;
        QCOMPARE(p[0].timeMs, 1733076000500);
        QVERIFY(std::isnan(p[0].value));
        QVERIFY(std::isinf(p[1].value) && p[1].value > 0);
        QVERIFY(std::isinf(p[2].value) && p[2].value < 0);
        QCOMPARE(p[3].value, 1000.0);
        const auto scalar = prom::parseQuery(R"({"status":"success","data":{"resultType":"scalar","result":[1,"2"]}})");
        QVERIFY(scalar && scalar.value->first().points.first().value == 2.0);

        QCOMPARE(*prom::parseRfc3339(QStringLiteral("2026-12-01T18:18:13.490896472Z")), 1796149093490);
        QCOMPARE(*prom::parseRfc3339(QStringLiteral("2026-12-01T18:18:13Z")), 1796149093000);
        QCOMPARE(*prom::parseRfc3339(QStringLiteral("2026-12-01T19:18:13.5+01:00")), 1796149093500);
        QVERIFY(!prom::parseRfc3339(QStringLiteral("yesterday")));
        QVERIFY(!prom::parseRfc3339(QStringLiteral("2026-13-45T99:00:00Z")));
    }

    void malformedAnswersAreSentences_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("<html>") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "expected a JSON object";
        QTest::newRow("error envelope") << QByteArray(R"({"status":"error","error":"query timed out"})")
                                        << "query timed out";
        QTest::newRow("no data") << QByteArray(R"({"status":"success"})") << "no data";
        QTest::newRow("unknown type") << QByteArray(R"({"status":"success","data":{"resultType":"x","result":[]}})")
                                      << "expected a vector or a matrix";
        QTest::newRow("label not text")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},)"
                          R"("value":[1,"1"]}]}})")
            << "data.result[0].metric.a";
        QTest::newRow("point not a pair")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1]}]}})")
            << "expected [time, \"value\"]";
        QTest::newRow("value not a number")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},)"
                          R"("value":[1,"lots"]}]}})")
            << "expected a sample value";
        QTest::newRow("time out of range")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},)"
                          R"("value":[1e300,"1"]}]}})")
            << "time out of range";
    }
    void malformedAnswersAreSentences()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto parsed = prom::parseQuery(body);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }

    void seriesAndPointsAreBounded()
    {
        QByteArray many = R"({"status":"success","data":{"resultType":"vector","result":[)";
        for (int i = 0; i < 11; ++i)
            many += (i ? "," : "") + QByteArray(R"({"metric":{},"value":[1,"1"]})");
        many += "]}}";
        QVERIFY(prom::parseQuery(many, 11));
        const auto tooMany = prom::parseQuery(many, 10);
        QVERIFY(!tooMany);
        QVERIFY2(tooMany.error.contains(u"11 series, more than the 10"), qPrintable(tooMany.error));
        const QByteArray points =
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,"1"]]},)"
            R"({"metric":{},"values":[[1,"1"],[2,"1"]]}]}})";
        QVERIFY(prom::parseQuery(points, 10, 4));
        QVERIFY(!prom::parseQuery(points, 10, 3));
    }

    void alertmanagerAnswers()
    {
        const auto alerts = am::parseAlerts(
            R"([{"labels":{"alertname":"EventsdDown","instance":"a"},"annotations":{"summary":"a: down"},)"
            R"("fingerprint":"f1","startsAt":"2026-12-01T18:00:00.000Z","updatedAt":"2026-12-01T18:00:05.1Z",)"
            R"("endsAt":"2026-12-01T18:05:00Z","receivers":[{"name":"webhook"}],)"
            R"("status":{"state":"suppressed","silencedBy":["s-1"],"inhibitedBy":[]}}])");
        QVERIFY2(alerts, qPrintable(alerts.error));
        QCOMPARE(alerts.value->first().state, am::AlertState::Suppressed);
        QCOMPARE(alerts.value->first().silencedBy, QStringList{QStringLiteral("s-1")});
        QCOMPARE(alerts.value->first().labels.value(QStringLiteral("alertname")), QStringLiteral("EventsdDown"));

        am::Silence s;
        s.matchers = {{QStringLiteral("service"), QStringLiteral("database")},
                      {QStringLiteral("instance"), QStringLiteral("db-.*"), true, false}};
        s.startsAtMs = 1796149093000;
        s.endsAtMs = s.startsAtMs + 3600000;
        s.createdBy = QStringLiteral("ops@example.com");
        s.comment = QStringLiteral("VACUUM FULL \"registrations\"");
        const QByteArray body = am::silenceBody(s);
        QVERIFY(body.contains(R"("startsAt":"2026-12-01T18:18:13.000Z")"));
        // What Alertmanager answers to GET /api/v2/silences has the same shape with an id and a status.
        QByteArray listed = body;
        listed.chop(1);
        listed = "[" + listed + R"(,"id":"abc-1","status":{"state":"active"}}])";
        const auto silences = am::parseSilences(listed);
        QVERIFY2(silences, qPrintable(silences.error));
        const am::Silence &back = silences.value->first();
        QCOMPARE(back.matchers, s.matchers);
        QCOMPARE(back.comment, s.comment);
        QCOMPARE(back.endsAtMs, s.endsAtMs);
        QCOMPARE(back.state, am::SilenceState::Active);
        QCOMPARE(*am::parseSilenceId(R"({"silenceID":"abc-1"})").value, QStringLiteral("abc-1"));
        QVERIFY(!am::parseSilenceId(R"({})"));
        QCOMPARE(am::errorMessage(R"("bad matcher")"), QStringLiteral("bad matcher"));
        QCOMPARE(am::errorMessage("plain\n text"), QStringLiteral("plain text"));
        QCOMPARE(am::errorMessage("[]"), QStringLiteral("[]"));
    }

    void matchersAsPeopleWriteThem()
    {
        QString error;
        const auto m = am::parseMatchers(
            QStringLiteral("{alertname=EventsdDown, instance=~\"db-.*\", severity!=info, note!~\"a\\\"b,c\"}"), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->size(), 4);
        QCOMPARE(m->at(0), (am::Matcher{QStringLiteral("alertname"), QStringLiteral("EventsdDown"), false, true}));
        QCOMPARE(m->at(1), (am::Matcher{QStringLiteral("instance"), QStringLiteral("db-.*"), true, true}));
        QCOMPARE(m->at(2), (am::Matcher{QStringLiteral("severity"), QStringLiteral("info"), false, false}));
        QCOMPARE(m->at(3), (am::Matcher{QStringLiteral("note"), QStringLiteral("a\"b,c"), true, false}));
        // Written back and read again: the same
        const auto again = am::parseMatchers(am::formatMatchers(*m), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *m);
        for (const char *bad : {"", "alertname", "=x", "a=b,, c", "a=~(", "severity!=info"}) {
            error.clear();
            QVERIFY2(!am::parseMatchers(QString::fromLatin1(bad), &error), bad);
            QVERIFY2(!error.isEmpty(), bad);
        }
    }

    void restartsAndVersionsBecomeAnnotations()
    {
        // a started at 1000 s and again at 5000 s (its start time series says so at every step); b never restarted
        const auto series = [](const char *instance, QList<prom::Point> points, const char *version = nullptr) {
            Labels labels{{QStringLiteral("instance"), QString::fromLatin1(instance)}};
            if (version)
                labels.insert(QStringLiteral("version"), QString::fromLatin1(version));
            return prom::Series{labels, points};
        };
        const QList<prom::Series> starts{
            series("a", {{2000000, 1000}, {3000000, 1000}, {6000000, 5000}, {7000000, 5000}}),
            series("b", {{2000000, 10}, {7000000, 10}}),
        };
        const QList<prom::Series> builds{
            series("a", {{2000000, 1}, {3000000, 1}}, "0.0.9"),
            series("a", {{6000000, 1}, {7000000, 1}}, "0.1.0"),
            series("b", {{2000000, 1}, {7000000, 1}}, "0.1.0"),
        };
        const QList<Annotation> all = instanceAnnotations(starts, builds, 0, 8000000);
        QCOMPARE(all.size(), 4); // a started twice, changed version once; b's start (10 s) is in range too
        QCOMPARE(all[0], (Annotation{Annotation::Kind::Restart, 10000, QStringLiteral("b started")}));
        QCOMPARE(all[1].timeMs, 1000000);
        QCOMPARE(all[2], (Annotation{Annotation::Kind::Restart, 5000000, QStringLiteral("a started")}));
        QCOMPARE(all[3], (Annotation{Annotation::Kind::Version, 6000000, QStringLiteral("a: version 0.0.9 → 0.1.0")}));
        // Only what lies in the window
        QCOMPARE(instanceAnnotations(starts, builds, 4000000, 5500000).size(), 1);
    }

    void stepIsRangeOverWidth()
    {
        QCOMPARE(PrometheusClient::stepFor(3600000, 1100), 4);
        QCOMPARE(PrometheusClient::stepFor(30LL * 86400000, 1100), 2357);
        QCOMPARE(PrometheusClient::stepFor(60000, 1100), 1);
        QCOMPARE(PrometheusClient::stepFor(60000, 1100, 5), 5);
        QCOMPARE(PrometheusClient::stepFor(3600000, 0), 3600);
    }

    void historyAsksForTheShownPageFirst()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/api/v1/targets"), Reply{200, recorded("targets.json")});
        server.on(QStringLiteral("/api/v1/query_range"), Reply{200, recorded("query-matrix.json")});
        PrometheusClient client(HttpApi::Options{QUrl(server.baseUrl()), {}, {}, {}, 5000, 1 << 20});
        promql::Scope scope;
        scope.database = QStringLiteral("events");
        MetricStore live(64);
        PrometheusHistory history(&client, scope, &live, 1000);
        QSignalSpy updates(history.longStore(), &MetricStore::updated);

        // 30 days at 600 px: one point every 4,320 s, rates over a step and a scrape (5 s, counted as 15 s).
        QVERIFY(run(history.loadLong(30 * 24 * 60, 600, {Metric::ErrorRatePercent, Metric::DbCacheHitRatio})));
        const QList<QByteArray> bodies = server.bodies(QStringLiteral("/api/v1/query_range"));
        QCOMPARE(bodies.size(), PrometheusHistory::metrics().size());
        const auto queryOf = [](const QByteArray &body) {
            return QUrlQuery(QString::fromLatin1(body)).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        };
        QCOMPARE(queryOf(bodies[0]),
                 *promql::metricExpr(Metric::ErrorRatePercent, scope, promql::Grouping::Overall, 4335));
        QCOMPARE(queryOf(bodies[1]),
                 *promql::metricExpr(Metric::DbCacheHitRatio, scope, promql::Grouping::Overall, 4335));
        QCOMPARE(QUrlQuery(QString::fromLatin1(bodies[0])).queryItemValue(QStringLiteral("step")),
                 QStringLiteral("4320"));
        // The page's two are announced before the rest is in, and everything once more at the end.
        QCOMPARE(updates.size(), 2);
        QVERIFY(history.lastError().isEmpty());

        // Without a first page: one announcement; a failing query fails the load with a sentence, nothing half-read
        // is announced as done.
        updates.clear();
        QVERIFY(run(history.loadLong(30 * 24 * 60, 600)));
        QCOMPARE(updates.size(), 1);
        server.on(QStringLiteral("/api/v1/query_range"),
                  Reply{503, R"({"status":"error","errorType":"timeout","error":"query timed out"})"});
        QVERIFY(!run(history.loadLong(30 * 24 * 60, 600, {Metric::ApiP95Ms})));
        QVERIFY2(history.lastError().contains(u"history from Prometheus: Prometheus answered 503"),
                 qPrintable(history.lastError()));
    }

    void hostileServer()
    {
        testenv::TestHttpServer server;
        HttpApi::Options options{
            QUrl(server.baseUrl() + QStringLiteral("/prom/")), QByteArrayLiteral("secret"), {}, {}, 1500, 64 * 1024};
        PrometheusClient client(options);
        auto query = [&] { return run(client.query(QStringLiteral("up"))); };

        server.on(QStringLiteral("/prom/api/v1/query"), Reply{200, recorded("query-vector.json")});
        const auto good = query();
        QVERIFY2(good, qPrintable(good.error));
        QCOMPARE(server.lastMethod(), QByteArrayLiteral("POST"));
        QCOMPARE(server.lastAuthorization(), QByteArrayLiteral("Bearer secret"));

        struct Case
        {
            Reply reply;
            QString error;
        };
        const QList<Case> cases{
            {{200, "garbage"}, QStringLiteral("unexpected answer from Prometheus: not valid JSON")},
            {{400, recorded("error-bad-data.json")},
             QStringLiteral("Prometheus answered 400: bad_data: invalid parameter")},
            {{503, R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})"},
             QStringLiteral("Prometheus answered 503: timeout: query timed out")},
            {{401, "Unauthorized"}, QStringLiteral("Prometheus refused the credentials (401)")},
            {{200, QByteArray(100, ' '), Mode::Silent}, QStringLiteral("no answer from 127.0.0.1 within 1.5 s")},
            {{200, {}, Mode::Endless}, QStringLiteral("is larger than 64")},
            {{200, "{\"status\":\"succ", Mode::Truncate}, QStringLiteral("closed the connection")},
            {{200, {}, Mode::Drop}, QStringLiteral("127.0.0.1")},
        };
        for (const Case &c : cases) {
            server.on(QStringLiteral("/prom/api/v1/query"), c.reply);
            const auto reply = query();
            QVERIFY(!reply);
            QVERIFY2(reply.error.contains(c.error), qPrintable(reply.error + u" / expected: " + c.error));
        }
        QVERIFY2(server.endlessBytesSent() < 64 * 1024 * 1024, "the endless body was read far past the limit");

        // A path that is not Prometheus's, and a port where nothing listens.
        const auto missing = run(client.targets());
        QVERIFY2(missing.error.contains(u"Prometheus has no /prom/api/v1/targets (404)"), qPrintable(missing.error));
        HttpApi::Options closed = options;
        closed.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        PrometheusClient nowhere(closed);
        const auto refused = run(nowhere.buildInfo());
        QVERIFY2(refused.error.contains(u"refused the connection: is Prometheus running on port 1?"),
                 qPrintable(refused.error));

        // Alertmanager: basic auth, a bad id is refused before any request.
        HttpApi::Options amOptions{QUrl(server.baseUrl()), {},   QStringLiteral("ops"),
                                   QStringLiteral("pw"),   1500, 64 * 1024};
        AlertmanagerClient alertmanager(amOptions);
        server.on(QStringLiteral("/api/v2/silences"), Reply{400, R"("matcher value is empty")"});
        const auto rejected = run(alertmanager.createSilence({}));
        QVERIFY2(rejected.error.contains(u"Alertmanager answered 400: matcher value is empty"),
                 qPrintable(rejected.error));
        QCOMPARE(server.lastAuthorization(), "Basic " + QByteArrayLiteral("ops:pw").toBase64());
        const int before = server.requests(QStringLiteral("/api/v2/silence/../../x"));
        QVERIFY(!run(alertmanager.expireSilence(QStringLiteral("../../x"))));
        QCOMPARE(server.requests(QStringLiteral("/api/v2/silence/../../x")), before);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
