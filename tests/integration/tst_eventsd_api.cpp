// eventsd's HTTP contract against a real eventsd, PostgreSQL and Redis: the seed's performance API shapes, roles,
// validation, pagination without gaps, capacity under concurrent registrations, and statistics that equal the
// database's own aggregates. The test database gets a small generated season first.

#include "csvparse.h"
#include "eventsdprocess.h"
#include "pgconnection.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using testenv::Answer;
using testenv::Client;
using testenv::Eventsd;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool hasKeys(const QJsonObject &o, std::initializer_list<const char *> keys, QString *missing)
{
    for (const char *k : keys)
        if (!o.contains(QLatin1String(k))) {
            *missing = QString::fromLatin1(k);
            return false;
        }
    return true;
}

#define VERIFY_KEYS(object, ...)                                                                                       \
    do {                                                                                                               \
        QString missing;                                                                                               \
        QVERIFY2(hasKeys(object, {__VA_ARGS__}, &missing),                                                             \
                 qPrintable(QStringLiteral("missing key %1 in %2")                                                     \
                                .arg(missing, QString::fromUtf8(QJsonDocument(object).toJson()))));                    \
    } while (false)

} // namespace

class TestEventsdApi : public QObject
{
    Q_OBJECT

private:
    Eventsd m_eventsd;
    std::unique_ptr<Client> m_client;
    QByteArray m_operator;
    QByteArray m_organizer;
    QSqlDatabase m_db;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(testenv::loadSampleData(12, 3000, &error), qPrintable(error));
        QVERIFY2(m_eventsd.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                  QStringLiteral("--slow-query-ms"), QStringLiteral("0")},
                                 &error),
                 qPrintable(error));
        m_client = std::make_unique<Client>(m_eventsd.baseUrl());
        m_operator = m_client->login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        m_organizer = m_client->login(QStringLiteral("organizer1@example.com"), QStringLiteral("organizer-demo"));
        QVERIFY(!m_operator.isEmpty());
        QVERIFY(!m_organizer.isEmpty());

        opsdash::PgConnectionParams params;
        params.host = testenv::value("OPSDASH_PG_HOST");
        params.port = testenv::value("OPSDASH_PG_PORT").toInt();
        params.database = testenv::value("OPSDASH_PG_TEST_DATABASE");
        params.user = testenv::value("OPSDASH_PG_APP_USER");
        params.password = testenv::value("OPSDASH_PG_APP_PASSWORD");
        params.readOnly = false;
        m_db = opsdash::openPgConnection(QStringLiteral("api-test"), params, &error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
    }

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

    void shouldPageThroughEveryActiveEventOnce()
    {
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const QString path =
                QStringLiteral("/events?limit=5") + (cursor.isEmpty() ? QString() : u"&cursor=" + cursor);
            const QJsonObject page = m_client->get(path).object();
            VERIFY_KEYS(page, "items", "hasNextPage", "nextCursor");
            for (const auto &item : page.value(u"items").toArray()) {
                const qint64 id = qint64(item.toObject().value(u"id").toDouble());
                QVERIFY2(!seen.contains(id), "an event came twice");
                seen.insert(id);
                VERIFY_KEYS(item.toObject(), "id", "name", "date", "venue", "maxCapacity", "registrationCount");
            }
            cursor = page.value(u"nextCursor").toString();
            QVERIFY(++pages < 100);
        } while (!cursor.isEmpty());
        QCOMPARE(qint64(seen.size()), scalar(QStringLiteral("SELECT count(*) FROM events WHERE is_active")));
        QCOMPARE(m_client->get(QStringLiteral("/events?cursor=garbage")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/events?limit=100000")).status, 400);
    }

    void shouldPageThroughAnEventsRegistrationsWithoutGaps()
    {
        // The largest event of organizer 1's (the operator may read any).
        const qint64 eventId = scalar(QStringLiteral("SELECT id FROM events ORDER BY registration_count DESC LIMIT 1"));
        QSet<qint64> seen;
        QString cursor;
        QString previous;
        do {
            const QString path = QStringLiteral("/events/%1/registrations?limit=97").arg(eventId) +
                (cursor.isEmpty() ? QString() : u"&cursor=" + cursor);
            const Answer answer = m_client->get(path, m_operator);
            QCOMPARE(answer.status, 200);
            for (const auto &item : answer.object().value(u"items").toArray()) {
                const QJsonObject r = item.toObject();
                QVERIFY2(!seen.contains(qint64(r.value(u"id").toDouble())), "a registration came twice");
                seen.insert(qint64(r.value(u"id").toDouble()));
                const QString created = r.value(u"createdAt").toString();
                QVERIFY2(previous.isEmpty() || created <= previous, "not newest first");
                previous = created;
            }
            cursor = answer.object().value(u"nextCursor").toString();
        } while (!cursor.isEmpty());
        QCOMPARE(qint64(seen.size()),
                 scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId)));
    }

    void shouldKeepOrganizersToTheirOwnEvents()
    {
        const qint64 own = scalar(QStringLiteral("SELECT e.id FROM events e JOIN users u ON u.id = e.organizer_id "
                                                 "WHERE u.email = 'organizer1@example.com' LIMIT 1"));
        const qint64 foreign = scalar(QStringLiteral("SELECT e.id FROM events e JOIN users u ON u.id = e.organizer_id "
                                                     "WHERE u.email <> 'organizer1@example.com' LIMIT 1"));
        QCOMPARE(m_client->get(QStringLiteral("/events/%1/registrations").arg(own), m_organizer).status, 200);
        const Answer refused = m_client->get(QStringLiteral("/events/%1/registrations").arg(foreign), m_organizer);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.object().value(u"message").toString().contains(u"another organizer"));
        QCOMPARE(m_client->get(QStringLiteral("/events/%1/registrations").arg(own)).status, 401);
        // A batch import into another organizer's event is refused and writes nothing.
        const qint64 before =
            scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(foreign));
        const QByteArray batch =
            json({{QStringLiteral("registrations"),
                   QJsonArray{QJsonObject{{QStringLiteral("fullName"), QStringLiteral("Intruder")},
                                          {QStringLiteral("email"), QStringLiteral("intruder@example.org")}}}}});
        const QString batchPath = QStringLiteral("/events/%1/registrations/batch").arg(foreign);
        QCOMPARE(m_client->post(batchPath, batch, m_organizer).status, 403);
        QCOMPARE(m_client->post(batchPath, batch).status, 401);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(foreign)), before);

        const QJsonArray stats = m_client->get(QStringLiteral("/events/statistics"), m_organizer).json.array();
        QCOMPARE(qint64(stats.size()),
                 scalar(QStringLiteral("SELECT count(*) FROM events e JOIN users u ON u.id = e.organizer_id "
                                       "WHERE u.email = 'organizer1@example.com' AND e.is_active")));
    }

    void shouldMatchTheDatabasesAggregates()
    {
        const QJsonArray stats = m_client->get(QStringLiteral("/events/statistics"), m_operator).json.array();
        QCOMPARE(qint64(stats.size()), scalar(QStringLiteral("SELECT count(*) FROM events WHERE is_active")));
        qint64 registrations = 0, checkedIn = 0;
        double revenue = 0;
        for (const auto &row : stats) {
            const QJsonObject o = row.toObject();
            VERIFY_KEYS(o, "id", "name", "date", "max_capacity", "registration_count", "checked_in_count",
                        "total_revenue", "avg_payment");
            registrations += qint64(o.value(u"registration_count").toDouble());
            checkedIn += qint64(o.value(u"checked_in_count").toDouble());
            revenue += o.value(u"total_revenue").toDouble();
        }
        QCOMPARE(registrations,
                 scalar(QStringLiteral(
                     "SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.is_active")));
        QCOMPARE(checkedIn,
                 scalar(QStringLiteral("SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id WHERE "
                                       "e.is_active AND r.checked_in")));
        QCOMPARE(qint64(std::llround(revenue)),
                 scalar(QStringLiteral(
                     "SELECT round(coalesce(sum(t.amount), 0)) FROM transactions t JOIN registrations r ON r.id = "
                     "t.registration_id "
                     "JOIN events e ON e.id = r.event_id WHERE e.is_active AND t.payment_status = 'PAID'")));
    }

    void shouldSummarizeAnEventLikeTheDatabase()
    {
        // Given the event with the most registrations
        const qint64 eventId = scalar(QStringLiteral("SELECT id FROM events ORDER BY registration_count DESC LIMIT 1"));
        const qint64 total =
            scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId));
        QVERIFY(total > 100);

        // When its summary is asked for
        const Answer answer = m_client->get(QStringLiteral("/events/%1/summary").arg(eventId), m_operator);
        QCOMPARE(answer.status, 200);
        const QJsonObject s = answer.object();
        VERIFY_KEYS(s, "eventId", "name", "date", "capacity", "registrations", "checkedIn", "days", "payments");

        // Then its figures are the database's, counted another way
        QCOMPARE(qint64(s.value(u"registrations").toDouble()), total);
        QCOMPARE(
            qint64(s.value(u"checkedIn").toDouble()),
            scalar(
                QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1 AND checked_in").arg(eventId)));
        QCOMPARE(qint64(s.value(u"capacity").toDouble()),
                 scalar(QStringLiteral("SELECT max_capacity FROM events WHERE id = %1").arg(eventId)));
        const QJsonArray days = s.value(u"days").toArray();
        QCOMPARE(qint64(days.size()),
                 scalar(QStringLiteral("SELECT count(DISTINCT date_trunc('day', created_at AT TIME ZONE 'UTC')) "
                                       "FROM registrations WHERE event_id = %1")
                            .arg(eventId)) +
                     scalar(QStringLiteral(
                                "SELECT count(*) FROM (SELECT DISTINCT date_trunc('day', checked_in_at AT TIME ZONE "
                                "'UTC') AS d FROM registrations WHERE event_id = %1 AND checked_in EXCEPT SELECT "
                                "DISTINCT date_trunc('day', created_at AT TIME ZONE 'UTC') FROM registrations WHERE "
                                "event_id = %1) x")
                                .arg(eventId)));
        qint64 registered = 0, checkedIn = 0;
        QString previous;
        for (const auto &d : days) {
            const QJsonObject day = d.toObject();
            const QString date = day.value(u"day").toString();
            QVERIFY2(previous < date, "days not in order, or twice");
            previous = date;
            registered += qint64(day.value(u"registrations").toDouble());
            checkedIn += qint64(day.value(u"checkedIn").toDouble());
        }
        QCOMPARE(registered, total);
        QCOMPARE(checkedIn, qint64(s.value(u"checkedIn").toDouble()));
        // By payment status: each registration once, under its latest transaction's status
        QHash<QString, qint64> byStatus;
        for (const auto &p : s.value(u"payments").toArray())
            byStatus.insert(p.toObject().value(u"status").toString(), qint64(p.toObject().value(u"count").toDouble()));
        qint64 counted = 0;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            const QString latest = QStringLiteral(
                "SELECT count(*) FROM registrations r LEFT JOIN (SELECT DISTINCT ON (registration_id) registration_id, "
                "payment_status FROM transactions ORDER BY registration_id, created_at DESC) t ON t.registration_id "
                "= r.id WHERE r.event_id = %1 AND coalesce(t.payment_status, 'PENDING') = '%2'");
            QCOMPARE(it.value(), scalar(latest.arg(eventId).arg(it.key())));
            counted += it.value();
        }
        QCOMPARE(counted, total);

        // Organizers see their own events' only; a missing event is a 404
        const qint64 foreign = scalar(QStringLiteral("SELECT e.id FROM events e JOIN users u ON u.id = e.organizer_id "
                                                     "WHERE u.email <> 'organizer1@example.com' LIMIT 1"));
        QCOMPARE(m_client->get(QStringLiteral("/events/%1/summary").arg(foreign), m_organizer).status, 403);
        QCOMPARE(m_client->get(QStringLiteral("/events/99999999/summary"), m_operator).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/events/%1/summary").arg(eventId)).status, 401);
    }

    void shouldSearchRegistrationsByNameOrEmailLiterally()
    {
        // Given an event with names holding LIKE's own pattern characters
        const qint64 eventId =
            scalar(QStringLiteral("INSERT INTO events (name, date, venue, max_capacity, organizer_id) SELECT "
                                  "'Search test', now() + interval '9 days', 'Hall', 100, id FROM users WHERE email = "
                                  "'organizer1@example.com' RETURNING id"));
        const QList<std::pair<QString, QString>> people{
            {QStringLiteral("Ada Lovelace"), QStringLiteral("ada.l@example.org")},
            {QStringLiteral("Alan Turing"), QStringLiteral("alan@ADA-lab.example.org")},
            {QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.org")},
            {QStringLiteral("100% Sure"), QStringLiteral("sure@example.org")},
            {QStringLiteral("Far_Side"), QStringLiteral("far1@example.org")},
            {QStringLiteral("Far Side"), QStringLiteral("far2@example.org")}};
        for (const auto &[name, email] : people)
            QCOMPARE(m_client
                         ->post(QStringLiteral("/events/%1/registrations").arg(eventId),
                                json({{QStringLiteral("fullName"), name}, {QStringLiteral("email"), email}}))
                         .status,
                     201);
        // When searched, a page of one at a time, then every match comes once, matched case-insensitively on name
        // or e-mail, with % and _ taken literally
        auto search = [&](const QString &q) {
            QStringList names;
            QString cursor;
            int pages = 0;
            do {
                const Answer answer = m_client->get(QStringLiteral("/events/%1/registrations?limit=1&q=%2")
                                                            .arg(eventId)
                                                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(q))) +
                                                        (cursor.isEmpty() ? QString() : u"&cursor=" + cursor),
                                                    m_organizer);
                if (answer.status != 200 || ++pages > 20)
                    return QStringList{QStringLiteral("HTTP %1").arg(answer.status)};
                for (const auto &item : answer.object().value(u"items").toArray())
                    names.append(item.toObject().value(u"fullName").toString());
                cursor = answer.object().value(u"nextCursor").toString();
            } while (!cursor.isEmpty());
            names.sort();
            return names;
        };
        QCOMPARE(search(QStringLiteral("ada")),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
        QCOMPARE(search(QStringLiteral("%")), QStringList{QStringLiteral("100% Sure")});
        QCOMPARE(search(QStringLiteral("r_s")), QStringList{QStringLiteral("Far_Side")});
        QCOMPARE(search(QStringLiteral("GRACE@")), QStringList{QStringLiteral("Grace Hopper")});
        QCOMPARE(search(QStringLiteral("nobody")), QStringList());
        QCOMPARE(search(QString()).size(), people.size());
        QCOMPARE(
            m_client
                ->get(QStringLiteral("/events/%1/registrations?q=%2").arg(eventId).arg(QString(201, u'x')), m_organizer)
                .status,
            400);
    }

    void shouldNeverOverfillAnEventUnderConcurrentRegistrations()
    {
        // Given an open event with 20 seats
        const qint64 eventId = scalar(
            QStringLiteral("INSERT INTO events (name, date, venue, max_capacity, price, organizer_id) "
                           "SELECT 'Capacity test', now() + interval '30 days', 'Test Hall', 20, 15, id FROM users "
                           "WHERE email = 'organizer1@example.com' RETURNING id"));
        QVERIFY(eventId > 0);
        // When 60 registrations arrive at once
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 60; ++i) {
            QNetworkRequest request(
                QUrl(m_eventsd.baseUrl() + QStringLiteral("/events/%1/registrations").arg(eventId)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies.append(
                m_client->nam().post(request,
                                     json({{QStringLiteral("fullName"), QStringLiteral("Racer %1").arg(i)},
                                           {QStringLiteral("email"), QStringLiteral("racer%1@example.org").arg(i)}})));
        }
        QMap<int, int> byStatus;
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            ++byStatus[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
            reply->deleteLater();
        }
        // Then exactly 20 got a seat and 40 were told it is full
        QCOMPARE(byStatus.value(201), 20);
        QCOMPARE(byStatus.value(409), 40);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId)), 20);
        QCOMPARE(scalar(QStringLiteral("SELECT registration_count FROM events WHERE id = %1").arg(eventId)), 20);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM transactions t JOIN registrations r ON r.id = t.registration_id "
                            "WHERE r.event_id = %1 AND t.payment_status = 'PENDING'")
                            .arg(eventId)),
                 20);
    }

    void shouldRejectBadInputAndWriteNothing()
    {
        const qint64 eventId = scalar(QStringLiteral(
            "SELECT id FROM events WHERE is_active AND status = 'published' AND registration_count < max_capacity "
            "AND name <> 'Capacity test' LIMIT 1"));
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM registrations"));
        const QString path = QStringLiteral("/events/%1/registrations").arg(eventId);
        QCOMPARE(m_client->post(path, "not json").status, 400);
        QCOMPARE(m_client->post(path, "[1, 2]").status, 400);
        QCOMPARE(m_client
                     ->post(path,
                            json({{QStringLiteral("fullName"), QStringLiteral("X")},
                                  {QStringLiteral("email"), QStringLiteral("no-at-sign")}}))
                     .status,
                 400);
        QCOMPARE(m_client
                     ->post(path,
                            json({{QStringLiteral("fullName"), QString()},
                                  {QStringLiteral("email"), QStringLiteral("a@example.org")}}))
                     .status,
                 400);
        QCOMPARE(m_client->post(QStringLiteral("/events/abc/registrations"), json({})).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/events/-1/registrations"), json({})).status, 400);
        QCOMPARE(m_client
                     ->post(QStringLiteral("/events/99999999/registrations"),
                            json({{QStringLiteral("fullName"), QStringLiteral("X")},
                                  {QStringLiteral("email"), QStringLiteral("x@example.org")}}))
                     .status,
                 404);
        const QByteArray huge = json({{QStringLiteral("fullName"), QString(2 * 1024 * 1024, u'x')},
                                      {QStringLiteral("email"), QStringLiteral("big@example.org")}});
        const Answer tooBig = m_client->post(path, huge);
        QCOMPARE(tooBig.status, 413);
        VERIFY_KEYS(tooBig.object(), "statusCode", "error", "message");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM registrations")), before);

        // A duplicate is refused and leaves the seat count as it was.
        const QByteArray once = json({{QStringLiteral("fullName"), QStringLiteral("Zoë O'Brien, \"Jr.\"")},
                                      {QStringLiteral("email"), QStringLiteral("dup@example.org")}});
        QCOMPARE(m_client->post(path, once).status, 201);
        const qint64 seats = scalar(QStringLiteral("SELECT registration_count FROM events WHERE id = %1").arg(eventId));
        // ... and the answer does not tell a stranger that the address attends: no 409, no message naming it,
        // nothing of the existing registration.
        const Answer again = m_client->post(path, once);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.object().value(u"status").toString(), QStringLiteral("received"));
        QVERIFY(!again.body.contains("dup@example.org"));
        QVERIFY(!again.object().contains(u"qrCode"));
        QVERIFY(!again.object().contains(u"id"));
        QCOMPARE(scalar(QStringLiteral("SELECT registration_count FROM events WHERE id = %1").arg(eventId)), seats);
        QCOMPARE(m_client->call("DELETE", path).status, 405);
        QCOMPARE(m_client->get(QStringLiteral("/no/such/route")).status, 404);
    }

    void shouldExportHostileNamesAsParseableSafeCsv()
    {
        // Given an event whose attendees have names a naive exporter breaks on
        const qint64 eventId =
            scalar(QStringLiteral("INSERT INTO events (name, date, venue, max_capacity, organizer_id) SELECT 'CSV "
                                  "test', now() + interval '9 days', "
                                  "'Hall', 100, id FROM users WHERE email = 'organizer1@example.com' RETURNING id"));
        const QStringList names{QStringLiteral("Smith, John"),  QStringLiteral("Anna \"The Hammer\" Berg"),
                                QStringLiteral("Line\nBreak"),  QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                QStringLiteral("+cmd"),         QStringLiteral("@SUM(A1)"),
                                QStringLiteral("Zoë 🎉 Ünïcode")};
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(m_client
                         ->post(QStringLiteral("/events/%1/registrations").arg(eventId),
                                json({{QStringLiteral("fullName"), names[i]},
                                      {QStringLiteral("email"), QStringLiteral("csv%1@example.org").arg(i)}}))
                         .status,
                     201);
        // When it is exported
        const Answer csv = m_client->get(QStringLiteral("/events/%1/registrations.csv").arg(eventId), m_operator);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.headers.value("content-type").startsWith("text/csv"));
        QCOMPARE(csv.headers.value("x-expected-rows"), QByteArray::number(names.size()));
        // Then an RFC 4180 parser gets every name back, formulas defused with a leading quote
        const QList<QStringList> rows = testenv::parseCsv(QString::fromUtf8(csv.body));
        QCOMPARE(rows.size(), names.size() + 1);
        QCOMPARE(rows[0],
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Registration Date"),
                              QStringLiteral("Payment Status"), QStringLiteral("Checked In"), QStringLiteral("Amount"),
                              QStringLiteral("Registration Id")}));
        QSet<QString> exported;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), 7);
            exported.insert(rows[i][0]);
        }
        for (const QString &name : names) {
            const bool formula = name.startsWith(u'=') || name.startsWith(u'+') || name.startsWith(u'@');
            const QString expected = formula ? u'\'' + name : name;
            QVERIFY2(exported.contains(expected), qPrintable(expected));
        }

        // Another organizer's event, and no such event
        const qint64 foreign = scalar(QStringLiteral("SELECT e.id FROM events e JOIN users u ON u.id = e.organizer_id "
                                                     "WHERE u.email <> 'organizer1@example.com' LIMIT 1"));
        QCOMPARE(m_client->get(QStringLiteral("/events/%1/registrations.csv").arg(foreign), m_organizer).status, 403);
        QCOMPARE(m_client->get(QStringLiteral("/events/%1/registrations.csv").arg(eventId), m_organizer).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/events/99999999/registrations.csv"), m_operator).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/events/%1/registrations.csv").arg(eventId)).status, 401);
    }

    void shouldStreamABigExportCompletely()
    {
        const qint64 eventId = scalar(QStringLiteral("SELECT id FROM events ORDER BY registration_count DESC LIMIT 1"));
        const Answer csv = m_client->get(QStringLiteral("/events/%1/registrations.csv").arg(eventId), m_operator);
        QCOMPARE(csv.status, 200);
        const QList<QStringList> rows = testenv::parseCsv(QString::fromUtf8(csv.body));
        QCOMPARE(qint64(rows.size() - 1),
                 scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId)));
        QSet<QString> ids;
        for (qsizetype i = 1; i < rows.size(); ++i)
            ids.insert(rows[i][6]);
        QCOMPARE(ids.size(), rows.size() - 1);
    }

    void shouldCreateAndUpdateEventsWithinTheRules()
    {
        const QJsonObject event{{QStringLiteral("name"), QStringLiteral("Spring Gala")},
                                {QStringLiteral("date"), QStringLiteral("2030-04-01T18:00:00Z")},
                                {QStringLiteral("venue"), QStringLiteral("Opera")},
                                {QStringLiteral("maxCapacity"), 3},
                                {QStringLiteral("price"), 25}};
        QCOMPARE(m_client->post(QStringLiteral("/events"), json(event)).status, 401);
        const Answer created = m_client->post(QStringLiteral("/events"), json(event), m_organizer);
        QCOMPARE(created.status, 201);
        const qint64 id = qint64(created.object().value(u"id").toDouble());
        QCOMPARE(created.object().value(u"status").toString(), QStringLiteral("published"));
        for (const auto &[key, value] : std::initializer_list<std::pair<QString, QJsonValue>>{
                 {QStringLiteral("date"), QStringLiteral("tomorrow")},
                 {QStringLiteral("date"), QStringLiteral("2030-04-01T18:00:00")}, // no time zone
                 {QStringLiteral("maxCapacity"), 0},
                 {QStringLiteral("price"), -1},
                 {QStringLiteral("name"), QString()},
                 {QStringLiteral("status"), QStringLiteral("finished")}}) {
            QJsonObject broken = event;
            broken.insert(key, value);
            QCOMPARE(m_client->post(QStringLiteral("/events"), json(broken), m_organizer).status, 400);
        }

        // A cached read, then an update: the next read shows the change (the cache entry went with it).
        QCOMPARE(m_client->get(QStringLiteral("/events/%1").arg(id)).object().value(u"name").toString(),
                 QStringLiteral("Spring Gala"));
        const Answer renamed =
            m_client->call("PATCH", QStringLiteral("/events/%1").arg(id),
                           json({{QStringLiteral("name"), QStringLiteral("Spring Gala II")}}), m_organizer);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/events/%1").arg(id)).object().value(u"name").toString(),
                 QStringLiteral("Spring Gala II"));

        // Capacity may not fall below the seats taken
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_client
                         ->post(QStringLiteral("/events/%1/registrations").arg(id),
                                json({{QStringLiteral("fullName"), QStringLiteral("Guest %1").arg(i)},
                                      {QStringLiteral("email"), QStringLiteral("gala%1@example.org").arg(i)}}))
                         .status,
                     201);
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/events/%1").arg(id), json({{QStringLiteral("maxCapacity"), 1}}),
                            m_organizer)
                     .status,
                 409);
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/events/%1").arg(id), json({{QStringLiteral("maxCapacity"), 2}}),
                            m_organizer)
                     .status,
                 200);
        const QByteArray other =
            m_client->login(QStringLiteral("organizer2@example.com"), QStringLiteral("organizer-demo"));
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/events/%1").arg(id),
                            json({{QStringLiteral("venue"), QStringLiteral("X")}}), other)
                     .status,
                 403);
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/events/99999999"),
                            json({{QStringLiteral("venue"), QStringLiteral("X")}}), m_operator)
                     .status,
                 404);
        // Cancelling takes it off the public list
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/events/%1").arg(id),
                            json({{QStringLiteral("status"), QStringLiteral("cancelled")}}), m_operator)
                     .object()
                     .value(u"isActive")
                     .toBool(),
                 false);
    }

    void shouldCheckInOnce()
    {
        const qint64 registration = scalar(QStringLiteral(
            "SELECT r.id FROM registrations r JOIN events e ON e.id = r.event_id JOIN users u ON u.id = e.organizer_id "
            "WHERE u.email = 'organizer1@example.com' AND NOT r.checked_in LIMIT 1"));
        const QString path = QStringLiteral("/registrations/%1/check-in").arg(registration);
        const Answer first = m_client->post(path, {}, m_organizer);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object().value(u"alreadyCheckedIn").toBool(), false);
        QCOMPARE(m_client->post(path, {}, m_organizer).object().value(u"alreadyCheckedIn").toBool(), true);
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT count(*) FROM registrations WHERE id = %1 AND checked_in AND checked_in_at IS NOT NULL")
                       .arg(registration)),
            1);
        const QByteArray other =
            m_client->login(QStringLiteral("organizer2@example.com"), QStringLiteral("organizer-demo"));
        QCOMPARE(m_client->post(path, {}, other).status, 403);
        QCOMPARE(m_client->post(QStringLiteral("/registrations/99999999/check-in"), {}, m_operator).status, 404);
        QCOMPARE(m_client->post(path).status, 401);
    }

    void shouldImportInBatchesSkippingDuplicatesAndStoppingBeforeOverfilling()
    {
        const qint64 eventId = scalar(QStringLiteral(
            "INSERT INTO events (name, date, venue, max_capacity, price, organizer_id) SELECT 'Batch test', "
            "now() + interval '20 days', 'Hall', 260, 5, id FROM users WHERE email = 'organizer1@example.com' "
            "RETURNING id"));
        QJsonArray entries;
        for (int i = 0; i < 250; ++i)
            entries.append(QJsonObject{
                {QStringLiteral("fullName"), QStringLiteral("Batch %1").arg(i)},
                {QStringLiteral("email"), QStringLiteral("batch%1@example.org").arg(i % 240)}}); // 10 repeats
        const QString path = QStringLiteral("/events/%1/registrations/batch").arg(eventId);
        const Answer imported = m_client->post(path, json({{QStringLiteral("registrations"), entries}}), m_organizer);
        QCOMPARE(imported.status, 201);
        QCOMPARE(imported.object().value(u"created").toInt(), 240);
        QCOMPARE(imported.object().value(u"skippedDuplicates").toInt(), 10);
        QCOMPARE(imported.object().value(u"batches").toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT registration_count FROM events WHERE id = %1").arg(eventId)), 240);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM transactions t JOIN registrations r ON r.id = t.registration_id "
                            "WHERE r.event_id = %1")
                            .arg(eventId)),
                 240);

        // 30 new names for 20 free seats: the batch is refused whole
        QJsonArray more;
        for (int i = 0; i < 30; ++i)
            more.append(QJsonObject{{QStringLiteral("fullName"), QStringLiteral("Late %1").arg(i)},
                                    {QStringLiteral("email"), QStringLiteral("late%1@example.org").arg(i)}});
        const Answer refused = m_client->post(path, json({{QStringLiteral("registrations"), more}}), m_organizer);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.object().value(u"created").toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId)), 240);
        QCOMPARE(m_client
                     ->post(path,
                            json({{QStringLiteral("registrations"),
                                   QJsonArray{QJsonObject{{QStringLiteral("fullName"), QStringLiteral("X")}}}}}),
                            m_organizer)
                     .status,
                 400);
    }

    void shouldExposePrometheusMetrics()
    {
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
             {"eventsd_http_requests_total", "eventsd_http_request_duration_seconds", "eventsd_db_statements_total",
              "eventsd_pool_connections", "eventsd_cache_hits_total", "eventsd_process_resident_memory_bytes",
              "eventsd_redis_up", "eventsd_uptime_seconds"})
            QVERIFY2(families.contains(QLatin1String(family)), family);

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

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("api-test"));
    }
};

QTEST_GUILESS_MAIN(TestEventsdApi)
#include "tst_eventsd_api.moc"
