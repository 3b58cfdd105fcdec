// eventsd's per-event figures (migration 4) against a real eventsd, PostgreSQL and Redis: after mixed traffic —
// registrations one by one and in batches, check-ins, payments, second payments, refunds, failures, deleted
// payments and deleted registrations, the last two written straight into the database as an administrator
// would — statistics and an event's summary still equal the seed's full queries, the seats stay exact, and
// `Cache-Control: no-cache` skips the cached statistics.

#include "eventsdfixture.h"
#include "registrationsql.h"
#include "sqlmatch.h"

#include <QSqlRecord>

using namespace testenv;

namespace {

/// Seed 000's getEventStatistics query, verbatim in what it counts.
const char seedStatistics[] =
    "SELECT e.id, COUNT(r.id), COUNT(CASE WHEN r.checked_in = true THEN 1 END), COALESCE(SUM(t.amount), 0), "
    "AVG(CASE WHEN t.payment_status = 'PAID' THEN t.amount END) FROM events e "
    "LEFT JOIN registrations r ON e.id = r.event_id "
    "LEFT JOIN transactions t ON r.id = t.registration_id AND t.payment_status = 'PAID' "
    "WHERE e.is_active = true GROUP BY e.id ORDER BY e.id";

} // namespace

class TestEventsdFigures : public EventsdFixture
{
    Q_OBJECT

    QByteArray m_admin;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(sql), qPrintable(sql + u": " + q.lastError().text()));
    }

    /// POSTs `count` registrations at once (several connections, so several database backends and seat shards).
    QMap<int, int> registerAtOnce(qint64 eventId, const QString &prefix, int count)
    {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < count; ++i) {
            QNetworkRequest request(
                QUrl(m_eventsd.baseUrl() + QStringLiteral("/events/%1/registrations").arg(eventId)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies.append(m_client->nam().post(
                request,
                json({{QStringLiteral("fullName"), QStringLiteral("%1 %2").arg(prefix).arg(i)},
                      {QStringLiteral("email"), QStringLiteral("%1%2@example.org").arg(prefix).arg(i)}})));
        }
        QMap<int, int> byStatus;
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished() && !QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
                qWarning("a registration got no answer in 30 s");
            ++byStatus[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
            reply->deleteLater();
        }
        return byStatus;
    }

    qint64 newEvent(int capacity, int price)
    {
        return scalar(QStringLiteral("INSERT INTO events (name, date, venue, max_capacity, price, organizer_id) "
                                     "SELECT 'Figures test', now() + interval '30 days', 'Hall', %1, %2, id FROM "
                                     "users WHERE email = 'organizer1@example.com' RETURNING id")
                          .arg(capacity)
                          .arg(price));
    }

    /// Every row of `sql`, each row's columns joined with '|'.
    QStringList rows(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next()) {
            QStringList columns;
            for (int c = 0; c < q.record().count(); ++c)
                columns << (q.isNull(c) ? QString() : q.value(c).toString());
            out << columns.join(u'|');
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startOrFail();
        m_admin = m_client->login(QStringLiteral("admin@example.com"), QStringLiteral("admin-demo"));
        QVERIFY(!m_admin.isEmpty());
    }

    void shouldEqualTheSeedsQueriesAfterMixedTraffic()
    {
        // Given a paid event with registrations one by one from many connections and a batch
        const qint64 eventId = newEvent(400, 25);
        QCOMPARE(registerAtOnce(eventId, QStringLiteral("mixed"), 120).value(201), 120);
        QJsonArray batch;
        for (int i = 0; i < 50; ++i)
            batch.append(QJsonObject{{QStringLiteral("fullName"), QStringLiteral("Batch %1").arg(i)},
                                     {QStringLiteral("email"), QStringLiteral("fbatch%1@example.org").arg(i)}});
        QCOMPARE(m_client
                     ->post(QStringLiteral("/events/%1/registrations/batch").arg(eventId),
                            json({{QStringLiteral("registrations"), batch}}), m_organizer)
                     .status,
                 201);
        // and check-ins through the API
        const QStringList ids =
            rows(QStringLiteral("SELECT id FROM registrations WHERE event_id = %1 ORDER BY id").arg(eventId));
        QCOMPARE(ids.size(), 170);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(
                m_client->post(QStringLiteral("/registrations/%1/check-in").arg(ids[i * 4]), {}, m_organizer).status,
                200);
        // When payments change and rows go, as an administrator would do it in the database
        const QString in =
            QStringLiteral("SELECT id FROM registrations WHERE event_id = %1 AND id % %2 = %3").arg(eventId);
        exec(QStringLiteral("UPDATE transactions SET payment_status = 'PAID' WHERE registration_id IN (%1)")
                 .arg(in.arg(2).arg(0)));
        exec(QStringLiteral("INSERT INTO transactions (registration_id, amount, payment_status, created_at) SELECT "
                            "id, 10, 'PAID', now() + interval '1 minute' FROM (%1) x")
                 .arg(in.arg(6).arg(0))); // a second payment: counted twice by the seed's statistics
        exec(QStringLiteral("INSERT INTO transactions (registration_id, amount, payment_status, created_at) SELECT "
                            "id, 25, 'REFUNDED', now() + interval '2 minutes' FROM (%1) x")
                 .arg(in.arg(10).arg(0)));
        exec(QStringLiteral("UPDATE transactions SET payment_status = 'FAILED' WHERE registration_id IN (%1)")
                 .arg(in.arg(7).arg(1)));
        exec(QStringLiteral("DELETE FROM transactions WHERE registration_id IN (%1)").arg(in.arg(11).arg(3)));
        exec(QStringLiteral("UPDATE registrations SET created_at = created_at - interval '3 days' WHERE id IN (%1)")
                 .arg(in.arg(5).arg(2)));
        exec(QStringLiteral("UPDATE registrations SET checked_in = true, checked_in_at = now() - interval '1 day' "
                            "WHERE id IN (%1)")
                 .arg(in.arg(9).arg(5)));
        exec(QStringLiteral("UPDATE registrations SET checked_in = false, checked_in_at = NULL WHERE id IN (%1)")
                 .arg(in.arg(16).arg(0)));
        exec(QStringLiteral("DELETE FROM registrations WHERE id IN (%1)").arg(in.arg(13).arg(4)));
        exec(QStringLiteral("DELETE FROM registrations WHERE id IN (%1)").arg(in.arg(12).arg(0)));

        // Then the statistics (fresh: no-cache) are the seed's query's, for every event
        const Answer stats = m_client->call("GET", QStringLiteral("/events/statistics"), {}, m_operator,
                                            {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}});
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.headers.value("x-cache"), QByteArrayLiteral("REFRESH"));
        QStringList fromApi;
        QList<QJsonObject> sorted;
        for (const auto &row : stats.json.array())
            sorted.append(row.toObject());
        std::sort(sorted.begin(), sorted.end(),
                  [](const QJsonObject &x, const QJsonObject &y) { return x[u"id"].toDouble() < y[u"id"].toDouble(); });
        for (const QJsonObject &o : sorted)
            fromApi << QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(qint64(o[u"id"].toDouble()))
                           .arg(qint64(o[u"registration_count"].toDouble()))
                           .arg(qint64(o[u"checked_in_count"].toDouble()))
                           .arg(o[u"total_revenue"].toDouble(), 0, 'f', 2)
                           .arg(o[u"avg_payment"].isNull() ? QString()
                                                           : QString::number(o[u"avg_payment"].toDouble(), 'f', 2));
        QStringList fromSeed;
        for (const QString &row : rows(QString::fromLatin1(seedStatistics))) {
            QStringList c = row.split(u'|');
            c[3] = QString::number(c[3].toDouble(), 'f', 2);
            c[4] = c[4].isEmpty() ? QString() : QString::number(c[4].toDouble(), 'f', 2);
            fromSeed << c.join(u'|');
        }
        QCOMPARE(fromApi, fromSeed);

        // and the event's summary is summaryDaysQuery's and summaryPaymentsQuery's
        const QJsonObject summary =
            m_client->get(QStringLiteral("/events/%1/summary").arg(eventId), m_organizer).object();
        QStringList days, payments;
        for (const auto &d : summary[u"days"].toArray())
            days << QStringLiteral("%1|%2|%3")
                        .arg(d[u"day"].toString())
                        .arg(qint64(d[u"registrations"].toDouble()))
                        .arg(qint64(d[u"checkedIn"].toDouble()));
        for (const auto &p : summary[u"payments"].toArray())
            payments << QStringLiteral("%1|%2|%3")
                            .arg(p[u"status"].toString())
                            .arg(qint64(p[u"count"].toDouble()))
                            .arg(p[u"amount"].toDouble(), 0, 'f', 2);
        QStringList seedPayments;
        for (const QString &row : rows(QString::fromUtf8(opsdash::sql::summaryPaymentsQuery(eventId)))) {
            QStringList c = row.split(u'|');
            c[2] = QString::number(c[2].toDouble(), 'f', 2);
            seedPayments << c.join(u'|');
        }
        QVERIFY(days.size() >= 3);
        QCOMPARE(days, rows(QString::fromUtf8(opsdash::sql::summaryDaysQuery(eventId))));
        QVERIFY(payments.size() == 4);
        QCOMPARE(payments, seedPayments);
        // and the seats: the registrations there are, and what the event still has
        const qint64 registered =
            scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId));
        QCOMPARE(scalar(QStringLiteral("SELECT event_registered(%1)").arg(eventId)), registered);
        QCOMPARE(qint64(summary[u"registrations"].toDouble()), registered);
    }

    void shouldSellExactlyTheSeatsInAHotSale()
    {
        // Given 150 seats, handed to the shards in blocks and taken from each other's shards at the end
        const qint64 eventId = newEvent(150, 5);
        // When 300 registrations arrive at once
        const QMap<int, int> sale = registerAtOnce(eventId, QStringLiteral("hot"), 300);
        // Then exactly 150 got one, the others were told it is full, and nothing failed
        QCOMPARE(sale.value(201), 150);
        QCOMPARE(sale.value(409), 150);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId)), 150);
        QCOMPARE(scalar(QStringLiteral("SELECT event_registered(%1)").arg(eventId)), 150);
        QCOMPARE(
            scalar(QStringLiteral("SELECT coalesce(sum(seats), 0) FROM event_seats WHERE event_id = %1").arg(eventId)),
            0);
    }

    void shouldKeepSeatsExactWhenRegistrationsGo()
    {
        // Given a full event of 10
        const qint64 eventId = newEvent(10, 0);
        QCOMPARE(registerAtOnce(eventId, QStringLiteral("first"), 14).value(201), 10);
        // When three registrations are deleted and eight more try at once
        exec(QStringLiteral("DELETE FROM registrations WHERE id IN (SELECT id FROM registrations WHERE event_id = %1 "
                            "ORDER BY id LIMIT 3)")
                 .arg(eventId));
        const QMap<int, int> second = registerAtOnce(eventId, QStringLiteral("second"), 8);
        // Then exactly the three freed seats are taken again
        QCOMPARE(second.value(201), 3);
        QCOMPARE(second.value(409), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(eventId)), 10);
        QCOMPARE(scalar(QStringLiteral("SELECT event_registered(%1)").arg(eventId)), 10);
        // and the capacity may fall to what is taken (free seats the shards held go back first), not below
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/events/%1").arg(eventId),
                            json({{QStringLiteral("maxCapacity"), 9}}), m_organizer)
                     .status,
                 409);
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/events/%1").arg(eventId),
                            json({{QStringLiteral("maxCapacity"), 10}}), m_organizer)
                     .status,
                 200);
    }

    void shouldServeCachedStatisticsUnlessToldNoCache()
    {
        // Given statistics in the cache
        const QString path = QStringLiteral("/events/statistics");
        m_client->get(path, m_operator);
        const Answer cached = m_client->get(path, m_operator);
        QVERIFY(cached.headers.value("x-cache") != "MISS");
        // When a registration is written behind eventsd's back
        const qint64 eventId = scalar(
            QStringLiteral("SELECT id FROM events WHERE is_active AND status = 'published' AND event_registered(id) "
                           "< max_capacity ORDER BY id LIMIT 1"));
        exec(QStringLiteral("INSERT INTO registrations (event_id, full_name, email, qr_code) VALUES (%1, 'Behind', "
                            "'behind@example.org', md5(random()::text))")
                 .arg(eventId));
        const auto countOf = [eventId](const Answer &a) {
            for (const auto &row : a.json.array())
                if (qint64(row[u"id"].toDouble()) == eventId)
                    return qint64(row[u"registration_count"].toDouble());
            return qint64(-1);
        };
        // Then the cached answer does not have it, a no-cache one does, and refreshes the cache
        QCOMPARE(countOf(m_client->get(path, m_operator)), countOf(cached));
        const Answer fresh = m_client->call("GET", path, {}, m_operator,
                                            {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}});
        QCOMPARE(countOf(fresh), countOf(cached) + 1);
        QCOMPARE(countOf(m_client->get(path, m_operator)), countOf(cached) + 1);
    }

    void shouldBreakAnEndpointsTimeDown()
    {
        // Given fresh metrics and an event's summary asked for 7 times
        const qint64 eventId =
            scalar(QStringLiteral("SELECT id FROM events ORDER BY event_registered(id) DESC LIMIT 1"));
        QCOMPARE(m_client->post(QStringLiteral("/performance/clear-metrics"), {}, m_operator).status, 200);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/events/%1/summary").arg(eventId), m_operator).status, 200);
        // When its breakdown is read
        const Answer answer = m_client->get(QStringLiteral("/performance/api/endpoints/breakdown"), m_operator);
        QCOMPARE(answer.status, 200);
        const QJsonObject route = answer.object().value(u"GET /events/:id/summary").toObject();
        VERIFY_KEYS(route, "requests", "averageMs", "shares", "statementsPerRequest", "statements");
        // Then it counts the 7 requests, its shares add up to the whole
        QCOMPARE(route[u"requests"].toInt(), 7);
        const QJsonObject shares = route[u"shares"].toObject();
        double sum = 0;
        for (const char *part : {"database", "poolWait", "cache", "handler"}) {
            const double share = shares.value(QLatin1String(part)).toDouble(-1);
            QVERIFY2(share >= 0 && share <= 1, part);
            sum += share;
        }
        QVERIFY2(qAbs(sum - 1) < 1e-9, qPrintable(QString::number(sum)));
        QVERIFY(shares[u"database"].toDouble() > 0);
        // and its statements run a whole number of times per request, 4 in all: the access check, the event, its
        // days and its payments
        const QJsonArray statements = route[u"statements"].toArray();
        QCOMPARE(statements.size(), 4);
        double calls = 0, statementShares = 0;
        for (const auto &st : statements) {
            QCOMPARE(st[u"callsPerRequest"].toDouble(), 1.0);
            calls += st[u"callsPerRequest"].toDouble();
            statementShares += st[u"share"].toDouble();
        }
        QCOMPARE(route[u"statementsPerRequest"].toDouble(), calls);
        QVERIFY(qAbs(statementShares - shares[u"database"].toDouble()) < 1e-9);
        // and each is a statement pg_stat_statements knows, by the key opsdash matches them with
        QSet<QString> known;
        for (const QString &q : rows(QStringLiteral("SELECT query FROM pg_stat_statements")))
            known.insert(opsdash::sql::matchKey(q));
        for (const auto &st : statements)
            QVERIFY2(known.contains(opsdash::sql::matchKey(st[u"query"].toString())),
                     qPrintable(st[u"query"].toString()));
        // and an organizer may not read it
        QCOMPARE(m_client->get(QStringLiteral("/performance/api/endpoints/breakdown"), m_organizer).status, 403);
    }

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TestEventsdFigures)
#include "tst_eventsd_figures.moc"
