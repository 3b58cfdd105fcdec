// eventsd's events and registrations against a real eventsd, PostgreSQL and Redis: pagination without gaps,
// organizers kept to their own events, statistics and summaries that equal the database's own aggregates, search,
// capacity under concurrent registrations, validation, CSV exports, create/update, check-in and batch imports.

#include "eventsdfixture.h"

using namespace testenv;

class TestEventsdDomain : public EventsdFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startOrFail(); }

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
        const qint64 eventId =
            scalar(QStringLiteral("SELECT id FROM events ORDER BY event_registered(id) DESC LIMIT 1"));
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
        const qint64 eventId =
            scalar(QStringLiteral("SELECT id FROM events ORDER BY event_registered(id) DESC LIMIT 1"));
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
        QCOMPARE(scalar(QStringLiteral("SELECT event_registered(%1)").arg(eventId)), 20);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM transactions t JOIN registrations r ON r.id = t.registration_id "
                            "WHERE r.event_id = %1 AND t.payment_status = 'PENDING'")
                            .arg(eventId)),
                 20);
    }

    void shouldRejectBadInputAndWriteNothing()
    {
        const qint64 eventId = scalar(QStringLiteral(
            "SELECT id FROM events WHERE is_active AND status = 'published' AND event_registered(id) < max_capacity "
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
        const qint64 seats = scalar(QStringLiteral("SELECT event_registered(%1)").arg(eventId));
        // ... and the answer does not tell a stranger that the address attends: no 409, no message naming it,
        // nothing of the existing registration.
        const Answer again = m_client->post(path, once);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.object().value(u"status").toString(), QStringLiteral("received"));
        QVERIFY(!again.body.contains("dup@example.org"));
        QVERIFY(!again.object().contains(u"qrCode"));
        QVERIFY(!again.object().contains(u"id"));
        QCOMPARE(scalar(QStringLiteral("SELECT event_registered(%1)").arg(eventId)), seats);
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
        const qint64 eventId =
            scalar(QStringLiteral("SELECT id FROM events ORDER BY event_registered(id) DESC LIMIT 1"));
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
        QCOMPARE(scalar(QStringLiteral("SELECT event_registered(%1)").arg(eventId)), 240);
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

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TestEventsdDomain)
#include "tst_eventsd_domain.moc"
