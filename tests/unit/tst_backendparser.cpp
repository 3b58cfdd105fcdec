// The performance API's bodies as eventsd sends them (recorded from a running eventsd) and as a NestJS backend
// built from seed 002 sends them (queryFrequency as {}, parameters as one JSON string), plus broken bodies.

#include "backendparser.h"

#include <QTest>

#include "fixtures.h"

namespace backend = opsdash::backend;

class TestBackendParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadEventsdsOverview()
    {
        const auto parsed = backend::parseOverview(testenv::fixture("eventsd/overview.json"));
        QVERIFY2(parsed, qPrintable(parsed.error));
        QVERIFY(parsed.value->database.totalQueries > 0);
        QVERIFY(!parsed.value->database.frequency.isEmpty());
        QVERIFY(parsed.value->api.totalRequests > 0);
        QVERIFY(parsed.value->memory.rss > 1'000'000);
        QVERIFY(parsed.value->system.version.startsWith(u"eventsd"));
        // frequency comes sorted by count, most frequent first
        const auto &f = parsed.value->database.frequency;
        for (qsizetype i = 1; i < f.size(); ++i)
            QVERIFY(f[i - 1].count >= f[i].count);
    }

    void shouldReadEveryEventsdBody()
    {
        QVERIFY(backend::parseDatabaseStats(testenv::fixture("eventsd/database-stats.json")));
        const auto slow = backend::parseSlowQueries(testenv::fixture("eventsd/database-slow-queries.json"));
        QVERIFY2(slow, qPrintable(slow.error));
        QVERIFY(!slow.value->isEmpty());
        QVERIFY(slow.value->first().slow);
        QVERIFY(slow.value->first().timestamp.isValid());
        const auto frequency = backend::parseFrequency(testenv::fixture("eventsd/database-frequency.json"));
        QVERIFY2(frequency, qPrintable(frequency.error));
        QVERIFY(frequency.value->first().maxDurationMs.has_value());
        const auto info = backend::parseDatabaseInfo(testenv::fixture("eventsd/database-info.json"));
        QVERIFY2(info, qPrintable(info.error));
        QVERIFY(info.value->totalSizeBytes.value_or(0) > 1'000'000);
        QVERIFY(backend::parseApiStats(testenv::fixture("eventsd/api-stats.json")));
        const auto memory = backend::parseMemoryStats(testenv::fixture("eventsd/memory-stats.json"));
        QVERIFY2(memory, qPrintable(memory.error));
        QVERIFY(memory.value->threshold.has_value());
        const auto pool = backend::parsePoolStats(testenv::fixture("eventsd/database-pool.json"));
        QVERIFY2(pool, qPrintable(pool.error));
        QCOMPARE(pool.value->poolSize, 10);
        QVERIFY(pool.value->acquireWaitP95Ms.has_value());
        const auto endpoints = backend::parseEndpoints(testenv::fixture("eventsd/api-endpoints.json"));
        QVERIFY2(endpoints, qPrintable(endpoints.error));
        QVERIFY(
            std::any_of(endpoints.value->begin(), endpoints.value->end(),
                        [](const opsdash::EndpointPercentiles &e) { return e.route == QLatin1String("GET /events"); }));
        const auto cache = backend::parseCacheStats(testenv::fixture("eventsd/cache-stats.json"));
        QVERIFY2(cache, qPrintable(cache.error));
        QVERIFY(cache.value->l1.has_value());
        QVERIFY(cache.value->l2.has_value());
        const auto health = backend::parseHealth(testenv::fixture("eventsd/health.json"));
        QVERIFY2(health, qPrintable(health.error));
        QVERIFY(health.value->healthy);
        QCOMPARE(health.value->redis, QStringLiteral("up"));
    }

    void shouldAcceptTheNestJsQuirks()
    {
        const auto parsed = backend::parseOverview(testenv::fixture("nestjs/overview.json"));
        QVERIFY2(parsed, qPrintable(parsed.error));
        const opsdash::Overview &o = *parsed.value;
        // queryFrequency is a JS Map: it arrives as {} and means "not available", not "nothing ran"
        QVERIFY(o.database.frequency.isEmpty());
        QCOMPARE(o.database.totalQueries, 1000);
        QCOMPARE(o.database.slowestQueries.size(), 2);
        QCOMPARE(o.database.slowestQueries[0].parameters, QStringList{QStringLiteral("true")});
        QVERIFY(o.database.slowestQueries[1].parameters.isEmpty());
        QCOMPARE(o.api.slowestEndpoints[0].endpoint, QStringLiteral("/events/statistics"));
        QCOMPARE(o.api.errorRatePercent, 2.380952380952381);
        QCOMPARE(o.memory.usagePercent, 64.15);
        QVERIFY(!o.memory.threshold.has_value());
        QCOMPARE(o.system.version, QStringLiteral("v18.17.0"));
        QVERIFY(backend::parseDatabaseStats(testenv::fixture("nestjs/database-stats.json")));
        QVERIFY(backend::parseApiStats(testenv::fixture("nestjs/api-stats.json")));
        QVERIFY(backend::parseMemoryStats(testenv::fixture("nestjs/memory-stats.json")));
        QVERIFY(backend::parseFrequency(testenv::fixture("nestjs/database-frequency.json")));
        QCOMPARE(*backend::parseMessage(testenv::fixture("nestjs/action.json")).value,
                 QStringLiteral("Garbage collection triggered"));
    }

    void shouldReadParametersInEveryShape()
    {
        const auto slow = backend::parseSlowQueries(testenv::fixture("nestjs/database-slow-queries.json"));
        QVERIFY2(slow, qPrintable(slow.error));
        QCOMPARE(slow.value->size(), 4);
        QCOMPARE(slow.value->at(0).parameters, (QStringList{QStringLiteral("evt_42"), QStringLiteral("51")}));
        QCOMPARE(slow.value->at(1).parameters,
                 (QStringList{QStringLiteral("Jazz, \"Night\""), QStringLiteral("NULL"), QStringLiteral("3.5"),
                              QStringLiteral("{\"nested\":true}")}));
        QCOMPARE(slow.value->at(2).parameters, QStringList{QStringLiteral("not json at all")});
        QVERIFY(slow.value->at(3).parameters.isEmpty());
        QCOMPARE(slow.value->at(0).timestamp, QDateTime(QDate(2026, 11, 20), QTime(10, 15, 30, 123), Qt::UTC));
    }

    void shouldReadPgSizePretty_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("bytes") << QStringLiteral("123 bytes") << qint64(123);
        QTest::newRow("kB") << QStringLiteral("8192 kB") << qint64(8192) * 1024;
        QTest::newRow("MB") << QStringLiteral("8 MB") << qint64(8) * 1024 * 1024;
        QTest::newRow("GB fraction") << QStringLiteral("1.5 GB") << qint64(1536) * 1024 * 1024;
        QTest::newRow("unknown") << QStringLiteral("Unknown") << qint64(-1);
    }
    void shouldReadPgSizePretty()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(backend::parseSize(text).value_or(-1), bytes);
    }

    void shouldReadTheQueues()
    {
        const auto queues = backend::parseQueues(testenv::fixture("eventsd/queues.json"));
        QVERIFY2(queues, qPrintable(queues.error));
        QCOMPARE(queues.value->size(), 3);
        const opsdash::QueueFigures &email = queues.value->first();
        QCOMPARE(email.name, QStringLiteral("email"));
        QVERIFY(email.dead > 0);
        QVERIFY(email.runP95Ms >= email.runP50Ms);
        QCOMPARE(queues.value->at(1).name, QStringLiteral("badge-generation"));
        QVERIFY(queues.value->at(1).paused);

        const auto dead = backend::parseTroubledJobs(testenv::fixture("eventsd/queue-jobs.json"));
        QVERIFY2(dead, qPrintable(dead.error));
        QCOMPARE(dead.value->queue, QStringLiteral("email"));
        QCOMPARE(dead.value->jobs.size(), 3);
        QVERIFY(dead.value->jobs.first().dead);
        QVERIFY(dead.value->jobs.first().error.contains(u"550"));
        QVERIFY(dead.value->jobs.first().failedAt.isValid());
        QVERIFY(dead.value->jobs.first().entryId.contains(u'-'));

        const auto retrying = backend::parseTroubledJobs(
            R"({"queue": "email", "dead": [], "retrying": [{"id": "confirmation-9", "entryId": "", "attempts": 2,
                "error": "SMTP: 451", "failedAt": "2026-12-02T01:00:00.000Z", "retryAt": "2026-12-02T01:00:04.000Z"}]})");
        QVERIFY2(retrying, qPrintable(retrying.error));
        QCOMPARE(retrying.value->jobs.size(), 1);
        QVERIFY(!retrying.value->jobs.first().dead);
        QCOMPARE(retrying.value->jobs.first().attempts, 2);
        QVERIFY(retrying.value->jobs.first().retryAt.isValid());

        QCOMPARE(backend::parseQueues(R"({"queues": [{"name": "x", "waiting": "many"}]})").error,
                 QStringLiteral("queues[0].waiting: expected a number, got string"));
        QCOMPARE(backend::parseQueues(R"({"queues": [{"waiting": 1}]})").error,
                 QStringLiteral("queues[0]: a queue without a name"));
        QCOMPARE(backend::parseQueues(R"({"queues": {}})").error,
                 QStringLiteral("queues: expected an array, got object"));
    }

    void shouldReadAnEndpointBreakdown()
    {
        const auto all = backend::parseEndpointBreakdown(testenv::fixture("eventsd/api-endpoints-breakdown.json"));
        QVERIFY2(all, qPrintable(all.error));
        const auto summary = std::find_if(all.value->cbegin(), all.value->cend(), [](const auto &b) {
            return b.route == QLatin1String("GET /events/:id/summary");
        });
        QVERIFY(summary != all.value->cend());
        QVERIFY(summary->requests > 0);
        QVERIFY(qAbs(summary->database + summary->poolWait + summary->cache + summary->handler - 1) < 1e-6);
        QCOMPARE(summary->statements.size(), 4);
        QCOMPARE(summary->statements.first().callsPerRequest, 1.0);
        QVERIFY(summary->statements.first().query.contains(u"$?"));

        QCOMPARE(backend::parseEndpointBreakdown(R"({"GET /x": {"requests": 1, "averageMs": 1,
                     "statementsPerRequest": 0, "shares": {"database": 7, "poolWait": 0, "cache": 0, "handler": 0},
                     "statements": []}})")
                     .error,
                 QStringLiteral("GET /x.shares.database: expected a share between 0 and 1"));
        QCOMPARE(backend::parseEndpointBreakdown(R"({"GET /x": []})").error,
                 QStringLiteral("GET /x: expected an object"));
    }

    void shouldReadAReport()
    {
        const auto ready = backend::parseReport(
            R"({"bytes":11863,"createdAt":"2026-12-02T00:54:06.741129Z","error":null,"eventId":4,
                "finishedAt":"2026-12-02T00:54:12.075541Z","gzipBytes":2608,"id":1,"rows":149,"status":"ready"})");
        QVERIFY2(ready, qPrintable(ready.error));
        QCOMPARE(ready.value->state, opsdash::ReportStatus::State::Ready);
        QCOMPARE(ready.value->rows.value_or(0), 149);
        QVERIFY(ready.value->finishedAt.isValid());
        const auto queued = backend::parseReport(R"({"id":2,"eventId":4,"status":"queued","rows":null})");
        QVERIFY2(queued, qPrintable(queued.error));
        QVERIFY(!queued.value->rows);
        QCOMPARE(backend::parseReport(R"({"id":3,"status":"lost"})").error,
                 QStringLiteral("status: unknown report status \"lost\""));
        QCOMPARE(backend::parseReport(R"({"status":"ready"})").error, QStringLiteral("a report without an id"));
    }

    void shouldNameWhatIsWrong()
    {
        const auto malformed = backend::parseDatabaseStats(testenv::fixture("nestjs/malformed.json"));
        QVERIFY(!malformed);
        QVERIFY2(malformed.error.contains(u"not valid JSON"), qPrintable(malformed.error));
        const auto wrong = backend::parseDatabaseStats(testenv::fixture("nestjs/wrong-types.json"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error, QStringLiteral("totalQueries: expected a number, got string"));
        const auto nested = backend::parseOverview(R"({"database": {"slowestQueries": {}}})");
        QVERIFY(!nested);
        QCOMPARE(nested.error, QStringLiteral("database.slowestQueries: expected an array, got object"));
        QCOMPARE(backend::parseSlowQueries("{}").error, QStringLiteral("expected a JSON array"));
        QCOMPARE(backend::parseApiStats("[]").error, QStringLiteral("expected a JSON object"));
        QCOMPARE(backend::parseSlowQueries(R"([{"query": "x"}, 7])").error, QStringLiteral("[1]: expected an object"));
        QVERIFY(!backend::parseHealth(""));
    }

    void shouldReadAnEventSummary()
    {
        const auto parsed = backend::parseEventSummary(testenv::fixture("eventsd/event-summary.json"));
        QVERIFY2(parsed, qPrintable(parsed.error));
        const opsdash::EventSummary &s = *parsed.value;
        QCOMPARE(s.eventId, 2);
        QVERIFY(s.date.isValid());
        QVERIFY(s.capacity > 0);
        QVERIFY(!s.days.isEmpty());
        qint64 registered = 0, checkedIn = 0, paid = 0;
        for (const opsdash::EventSummary::Day &d : s.days) {
            QVERIFY(d.day.isValid());
            registered += d.registrations;
            checkedIn += d.checkedIn;
        }
        for (const opsdash::EventSummary::Payment &p : s.payments)
            paid += p.count;
        QCOMPARE(registered, s.registrations);
        QCOMPARE(checkedIn, s.checkedIn);
        QCOMPARE(paid, s.registrations);
        QCOMPARE(s.payments.first().status, QStringLiteral("PAID"));

        QCOMPARE(backend::parseEventSummary(R"({"days": [{"day": "soon"}]})").error,
                 QStringLiteral("days[0].day: expected a date, got \"soon\""));
        QCOMPARE(backend::parseEventSummary(R"({"payments": [3]})").error,
                 QStringLiteral("payments[0]: expected an object"));
        const auto sparse = backend::parseEventSummary(
            R"({"eventId": "4", "payments": [{"status": "PAID", "count": "2", "amount": "9.5"}]})");
        QVERIFY2(sparse, qPrintable(sparse.error));
        QCOMPARE(sparse.value->payments.first().amount, 9.5);
    }

    void shouldTolerateMissingOptionalFieldsAndNumericStrings()
    {
        const auto sparse = backend::parseApiStats(R"({"totalRequests": "12", "extra": {"x": 1}})");
        QVERIFY2(sparse, qPrintable(sparse.error));
        QCOMPARE(sparse.value->totalRequests, 12);
        QVERIFY(sparse.value->slowestEndpoints.isEmpty());
        const auto memory = backend::parseMemoryStats(R"({"current": {"heapTotal": 200, "heapUsed": 50}})");
        QVERIFY(memory);
        QCOMPARE(memory.value->usagePercent, 25.0); // derived when the backend does not send it
        QCOMPARE(*backend::parseMessage(R"({"statusCode": 400, "message": ["a must be set", "b too"]})").value,
                 QStringLiteral("a must be set; b too"));
    }
};

QTEST_GUILESS_MAIN(TestBackendParser)
#include "tst_backendparser.moc"
