// eventsd against hostile clients, over real sockets to a real eventsd: oversized request line, header and body
// refused while reading with the process's memory flat (read from /proc), framing attacks, a half-sent request
// closed, the connection caps, pipelined answers in request order, and stalled CSV downloads that hold no
// database connection while public reads go on.

#include "auth.h"
#include "eventsdprocess.h"
#include "pg.h"
#include "procstatus.h"
#include "rawhttp.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using testenv::Client;
using testenv::Eventsd;
using testenv::Raw;
using testenv::statusOf;

namespace {

/// redis-cli against the stack's test database.
QByteArray redis(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral("redis-cli"),
              QStringList{QStringLiteral("-u"), testenv::value("OPSDASH_TEST_REDIS_URL")} + args);
    cli.waitForFinished(10000);
    return cli.readAllStandardOutput();
}

} // namespace

class TestEventsdHostile : public QObject
{
    Q_OBJECT

private:
    Eventsd m_server; ///< default limits, small caps
    Eventsd m_impatient; ///< short timeouts
    QByteArray m_operator;
    QByteArray m_host = QByteArrayLiteral("Host: 127.0.0.1\r\n");

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(testenv::loadSampleData(2, 400000, &error), qPrintable(error));
        QVERIFY2(
            m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--max-connections"),
                            QStringLiteral("48"), QStringLiteral("--max-connections-per-address"), QStringLiteral("24"),
                            QStringLiteral("--max-exports"), QStringLiteral("4"), QStringLiteral("--pool-size"),
                            QStringLiteral("6"), QStringLiteral("--cache-list-pages"), QStringLiteral("8"),
                            QStringLiteral("--cache-namespace"), QStringLiteral("hostile-test")},
                           &error),
            qPrintable(error));
        QVERIFY2(
            m_impatient.start({QStringLiteral("--login-threads"), QStringLiteral("1"), QStringLiteral("--login-queue"),
                               QStringLiteral("1"), QStringLiteral("--header-timeout-ms"), QStringLiteral("500"),
                               QStringLiteral("--body-timeout-ms"), QStringLiteral("500"),
                               QStringLiteral("--keepalive-timeout-ms"), QStringLiteral("500")},
                              &error),
            qPrintable(error));
        m_operator =
            Client(m_server.baseUrl()).login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        QVERIFY(!m_operator.isEmpty());
    }

    void shouldRefuseOversizedRequestsWhileReadingWithMemoryFlat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<int>("status");
        // 100 GB announced, then as much as the server will take; a request line and a header without end.
        QTest::newRow("body") << QByteArray("POST /ping HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000000\r\n\r\n")
                              << QByteArray(64 * 1024, 'x') << 413;
        QTest::newRow("request line") << QByteArray("GET /") << QByteArray(64 * 1024, 'a') << 414;
        QTest::newRow("header") << QByteArray("GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: ") << QByteArray(64 * 1024, 'b')
                                << 431;
        QTest::newRow("header fields") << QByteArray("GET /ping HTTP/1.1\r\nHost: x\r\n")
                                       << QByteArray("X-Field: value\r\n").repeated(4096) << 431;
    }

    void shouldRefuseOversizedRequestsWhileReadingWithMemoryFlat()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, filler);
        QFETCH(int, status);
        const qint64 before = testenv::procStatusKiB(m_server.process().processId(), "VmRSS:");
        QVERIFY(before > 0);

        // When 200 MiB are pushed after the head
        Raw raw;
        QVERIFY(raw.open(m_server.port()));
        raw.socket.write(head);
        const qint64 sent = raw.flood(filler, 200LL * 1024 * 1024);
        const QByteArray answer = raw.readUntilClosed();

        // Then the server answered the limit's status, closed long before taking it all, and grew by < 16 MiB
        QCOMPARE(statusOf(answer), status);
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY2(sent < 200LL * 1024 * 1024, qPrintable(QString::number(sent)));
        const qint64 after = testenv::procStatusKiB(m_server.process().processId(), "VmRSS:");
        QVERIFY2(after - before < 16 * 1024, qPrintable(QStringLiteral("RSS %1 → %2 KiB").arg(before).arg(after)));
    }

    void shouldRefuseAmbiguousFraming_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Content-Length with Transfer-Encoding")
            << QByteArray("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("conflicting Content-Length") << QByteArray(
            "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!");
        QTest::newRow("invalid Content-Length")
            << QByteArray("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello");
        QTest::newRow("unknown transfer coding")
            << QByteArray("POST /auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked2\r\n\r\n");
        QTest::newRow("no Host") << QByteArray("GET /ping HTTP/1.1\r\n\r\n");
        QTest::newRow("bad chunk") << QByteArray("POST /auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                                 "chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
    }

    void shouldRefuseAmbiguousFraming()
    {
        QFETCH(QByteArray, request);
        Raw raw;
        QVERIFY(raw.open(m_server.port()));
        const QByteArray answer = raw.exchange(request + "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(statusOf(answer), 400);
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY2(!answer.contains("pong"), "nothing after a refused request may be read as a request");
        QVERIFY(raw.socket.state() != QAbstractSocket::ConnectedState);
    }

    void shouldAcceptAChunkedBody()
    {
        Raw raw;
        QVERIFY(raw.open(m_server.port()));
        const QByteArray body = R"({"email":"operator@example.com","password":"operator-demo"})";
        const QByteArray answer = raw.exchange(
            "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
            "Transfer-Encoding: chunked\r\n\r\n" +
            QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n" + QByteArray::number(body.size() - 10, 16) +
            "\r\n" + body.mid(10) + "\r\n0\r\n\r\n");
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(answer.contains("accessToken"));
    }

    void shouldCloseAHalfSentRequest()
    {
        // A header that never ends, and a body that stops halfway: 408, then closed.
        for (const QByteArray &partial : {QByteArray("GET /ping HTTP/1.1\r\nHost: x\r\n"),
                                          QByteArray("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                                     "100\r\n\r\n{\"email\":")}) {
            Raw raw;
            QVERIFY(raw.open(m_impatient.port()));
            const QByteArray answer = raw.exchange(partial, 15000);
            QCOMPARE(statusOf(answer), 408);
            QVERIFY(raw.socket.state() != QAbstractSocket::ConnectedState);
        }
        // An idle keep-alive connection is closed too.
        Raw idle;
        QVERIFY(idle.open(m_impatient.port()));
        QVERIFY(idle.closedByServer());
    }

    void shouldAnswerPipelinedRequestsInOrder()
    {
        // The first request is slow (a database read and a password check), the second instant.
        Raw raw;
        QVERIFY(raw.open(m_server.port()));
        const QByteArray login = R"({"email":"operator@example.com","password":"wrong-password"})";
        const QByteArray answer =
            raw.exchange("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(login.size()) + "\r\n\r\n" + login + "GET /ping HTTP/1.1\r\n" + m_host +
                         "\r\nGET /events/999999 HTTP/1.1\r\n" + m_host + "Connection: close\r\n\r\n");
        const qsizetype first = answer.indexOf("HTTP/1.1 401");
        const qsizetype second = answer.indexOf("pong");
        const qsizetype third = answer.indexOf("HTTP/1.1 404");
        QVERIFY2(first >= 0 && second > first && third > second, answer.constData());
    }

    void shouldCapConnectionsPerAddressAndInAll()
    {
        // Given 24 open connections from 127.0.0.1, each with a request answered (so the server holds them)
        std::vector<std::unique_ptr<Raw>> open;
        auto openFrom = [&](const QHostAddress &from) {
            auto raw = std::make_unique<Raw>();
            if (!raw->open(m_server.port(), from))
                return false;
            raw->socket.write("GET /ping HTTP/1.1\r\n" + m_host + "\r\n");
            QByteArray got;
            for (int i = 0; i < 50 && !got.contains("pong"); ++i) {
                raw->socket.waitForReadyRead(100);
                got += raw->socket.readAll();
            }
            if (!got.contains("pong"))
                return false;
            open.push_back(std::move(raw));
            return true;
        };
        for (int i = 0; i < 24; ++i)
            QVERIFY(openFrom(QHostAddress::LocalHost));

        // Then a 25th from the same address is refused with 503
        Raw extra;
        QVERIFY(extra.open(m_server.port()));
        const QByteArray refused = extra.readUntilClosed();
        QCOMPARE(statusOf(refused), 503);
        QVERIFY(refused.contains("your address"));
        QVERIFY(refused.contains("Retry-After"));

        // Given 24 more from 127.0.0.2 (48 in all, the server's cap), then one from 127.0.0.3 is refused
        for (int i = 0; i < 24; ++i)
            QVERIFY(openFrom(QHostAddress(QStringLiteral("127.0.0.2"))));
        Raw beyond;
        QVERIFY(beyond.open(m_server.port(), QHostAddress(QStringLiteral("127.0.0.3"))));
        const QByteArray refusedAll = beyond.readUntilClosed();
        QCOMPARE(statusOf(refusedAll), 503);
        QVERIFY(refusedAll.contains("too many connections"));

        // When the connections close, the server takes new ones again
        open.clear();
        QTRY_VERIFY_WITH_TIMEOUT(Client(m_server.baseUrl()).get(QStringLiteral("/ping")).status == 200, 10000);
    }

    void shouldParkIdleConnectionsOutsideTheEventLoopAndWakeThem()
    {
        // Given an eventsd that parks connections idle for 100 ms and closes them after 3 s of keep-alive
        Eventsd parking;
        QString error;
        QVERIFY2(parking.start({QStringLiteral("--park-idle-after-ms"), QStringLiteral("100"),
                                QStringLiteral("--keepalive-timeout-ms"), QStringLiteral("3000"),
                                QStringLiteral("--max-connections-per-address"), QStringLiteral("24"),
                                QStringLiteral("--rate-limit"), QStringLiteral("0")},
                               &error),
                 qPrintable(error));
        auto parked = [&parking, this] {
            const QByteArray metrics = Client(parking.baseUrl()).get(QStringLiteral("/metrics"), m_operator).body;
            static const QRegularExpression line(
                QStringLiteral("eventsd_http_connections\\{[^}]*state=\"parked\"\\} (\\d+)"));
            return line.match(QString::fromUtf8(metrics)).captured(1).toInt();
        };
        auto ping = [this](Raw &raw) {
            raw.socket.write("GET /ping HTTP/1.1\r\n" + m_host + "\r\n");
            raw.socket.flush();
            QByteArray got;
            for (int i = 0; i < 50 && !got.contains("pong"); ++i) {
                raw.socket.waitForReadyRead(100);
                got += raw.socket.readAll();
            }
            return got.contains("pong");
        };
        // When 20 keep-alive connections each had an answer and then say nothing
        std::vector<std::unique_ptr<Raw>> open;
        for (int i = 0; i < 20; ++i) {
            open.push_back(std::make_unique<Raw>());
            QVERIFY(open.back()->open(parking.port()));
            QVERIFY(ping(*open.back()));
        }
        // Then they are parked (the metrics request's own connection may be too)
        QTRY_VERIFY_WITH_TIMEOUT(parked() >= 20, 10000);
        // and still count against their address: 4 more fit under the cap of 24, the 25th is refused
        std::vector<std::unique_ptr<Raw>> more;
        for (int i = 0; i < 4; ++i) {
            more.push_back(std::make_unique<Raw>());
            QVERIFY(more.back()->open(parking.port()));
            QVERIFY(ping(*more.back()));
        }
        Raw refused;
        QVERIFY(refused.open(parking.port()));
        QCOMPARE(statusOf(refused.readUntilClosed()), 503);
        more.clear();
        // When each parked connection sends its next request, it is woken and answered
        for (auto &raw : open)
            QVERIFY(ping(*raw));
        // When clients close parked connections, their places are given back
        QTRY_VERIFY_WITH_TIMEOUT(parked() >= 20, 10000);
        open.resize(10);
        QTRY_VERIFY_WITH_TIMEOUT(parked() <= 11, 10000);
        // And the rest are closed by the server when their keep-alive runs out, parked or not
        for (auto &raw : open)
            QVERIFY(raw->closedByServer(15000));
        QTRY_VERIFY_WITH_TIMEOUT(parked() <= 1, 10000);
    }

    void shouldFreeDatabaseConnectionsWhileDownloadsStall()
    {
        Client client(m_server.baseUrl());
        // The larger of the two events (about 200,000 registrations, over 10 MB of CSV)
        const QJsonArray events = client.get(QStringLiteral("/events?limit=10")).object().value(u"items").toArray();
        QVERIFY(events.size() >= 2);
        qint64 id = 0;
        int most = -1;
        for (const auto &e : events) {
            const QJsonObject o = e.toObject();
            if (o.value(u"registrationCount").toInt() > most) {
                most = o.value(u"registrationCount").toInt();
                id = qint64(o.value(u"id").toDouble());
            }
        }
        QVERIFY(most > 100000);

        // When 12 clients start the download and never read
        std::vector<std::unique_ptr<Raw>> stalled;
        int streaming = 0;
        int refused = 0;
        for (int i = 0; i < 12; ++i) {
            auto raw = std::make_unique<Raw>();
            raw->socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
            QVERIFY(raw->open(m_server.port()));
            raw->socket.write("GET /events/" + QByteArray::number(id) + "/registrations.csv HTTP/1.1\r\n" + m_host +
                              "Authorization: Bearer " + m_operator + "\r\n\r\n");
            QVERIFY(raw->socket.waitForReadyRead(10000));
            const QByteArray head = raw->socket.read(64);
            if (statusOf(head) == 200)
                ++streaming;
            else if (statusOf(head) == 503)
                ++refused;
            stalled.push_back(std::move(raw));
        }
        // Then four stream (the export cap) and eight are told to retry
        QCOMPARE(streaming, 4);
        QCOMPARE(refused, 8);

        // And every pool connection is free again while the four clients still read nothing
        auto idleConnections = [&] {
            const QJsonObject pool = client.get(QStringLiteral("/performance/database/pool"), m_operator).object();
            return pool.value(u"idleConnections").toInt() == pool.value(u"totalConnections").toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(idleConnections(), 30000);
        int stillOpen = 0;
        for (const auto &raw : stalled)
            stillOpen += raw->socket.state() == QAbstractSocket::ConnectedState;
        QVERIFY(stillOpen >= 4);

        // And public reads answer as usual
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(client.get(QStringLiteral("/events?limit=5")).status, 200);
            QCOMPARE(client.get(QStringLiteral("/events/%1").arg(id)).status, 200);
        }

        // When the stalled clients go, a new export is served whole
        stalled.clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            client.get(QStringLiteral("/events/%1/registrations.csv").arg(id), m_operator).status == 200, 10000);
    }

    void shouldAnswer503WhenTheLogInQueueIsFull()
    {
        // Given eventsd with one hashing thread and room for one waiting check, when 16 clients log in at once
        const QByteArray body = R"({"email":"organizer1@example.com","password":"organizer-demo"})";
        std::vector<std::unique_ptr<Raw>> clients;
        for (int i = 0; i < 16; ++i) {
            auto raw = std::make_unique<Raw>();
            QVERIFY(raw->open(m_impatient.port()));
            clients.push_back(std::move(raw));
        }
        for (auto &raw : clients)
            raw->socket.write("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
        for (auto &raw : clients)
            raw->socket.flush(); // out now, all of them: a blocking read drives only its own socket
        int ok = 0;
        int busy = 0;
        QByteArrayList statuses;
        for (auto &raw : clients) {
            const QByteArray answer = raw->readUntilClosed();
            statuses.append(answer.left(12));
            ok += statusOf(answer) == 200;
            if (statusOf(answer) == 503 && answer.contains("Retry-After: 1"))
                ++busy;
        }
        // Then some are told to retry at once instead of queueing, and the others are logged in
        QVERIFY2(busy >= 1 && ok >= 1, statuses.join(", ").constData());
        QCOMPARE(ok + busy, 16);
    }

    void shouldThrottleRepeatedFailedLogIns()
    {
        auto login = [&](const QHostAddress &from, const QByteArray &email, const QByteArray &password) {
            Raw raw;
            if (!raw.open(m_impatient.port(), from))
                return QByteArray();
            const QByteArray body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
            return raw.exchange("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Connection: close\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body);
        };
        const QHostAddress attacker(QStringLiteral("127.0.0.3"));
        // Given five free failures from one address, the sixth fails too and makes the address wait
        for (int i = 0; i < 6; ++i)
            QCOMPARE(statusOf(login(attacker, "organizer2@example.com", "guess" + QByteArray::number(i))), 401);
        const QByteArray throttled = login(attacker, "organizer2@example.com", "organizer-demo");
        QCOMPARE(statusOf(throttled), 429);
        QVERIFY(throttled.contains("Retry-After: "));
        // Then another address logs in to another account as usual
        QCOMPARE(statusOf(login(QHostAddress(QStringLiteral("127.0.0.4")), "operator@example.com", "operator-demo")),
                 200);
    }

    void shouldReplaceAnOlderPasswordHashWithArgon2idAtLogIn()
    {
        // Given an account whose hash is PBKDF2, as eventsd wrote them before
        pg::Connection db(
            pg::ConnectParams::fromConnInfo(testenv::value("OPSDASH_TEST_DATABASE_URL").toUtf8(), "opsdash-test"));
        db.exec("UPDATE users SET password_hash = $1 WHERE email = 'organizer3@example.com'",
                pg::Params() << eventsd::password::hashPbkdf2(QStringLiteral("organizer-demo"), 1000));
        Client client(m_server.baseUrl());
        // When its owner logs in
        QVERIFY(!client.login(QStringLiteral("organizer3@example.com"), QStringLiteral("organizer-demo")).isEmpty());
        // Then the stored hash is Argon2id, and it works
        const QByteArray stored =
            db.exec("SELECT password_hash FROM users WHERE email = 'organizer3@example.com'").bytes(0, 0);
        QVERIFY2(stored.startsWith("$argon2id$"), stored.constData());
        QVERIFY(!client.login(QStringLiteral("organizer3@example.com"), QStringLiteral("organizer-demo")).isEmpty());
        QVERIFY(client.login(QStringLiteral("organizer3@example.com"), QStringLiteral("wrong")).isEmpty());
    }

    void shouldRefuseForgedExpiredAndUnsignedTokens()
    {
        Client client(m_server.baseUrl());
        const eventsd::TokenSigner signer("test-secret-0123456789");
        eventsd::Claims claims;
        claims.userId = 1;
        claims.email = QStringLiteral("operator@example.com");
        claims.role = eventsd::Role::Admin;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray good = signer.issue(claims, now);
        const QList<QByteArray> parts = good.split('.');
        const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const QByteArray none = QByteArray(R"({"alg":"none","typ":"JWT"})").toBase64(b64) + '.' + parts[1] + '.';
        const QByteArray forged = parts[0] + '.' + parts[1] + '.' +
            eventsd::TokenSigner("another-secret-0123456789").issue(claims, now).split('.').value(2);
        const QByteArray expired = signer.issue(claims, now - 2 * signer.lifetimeSeconds());
        const testenv::Answer ok = client.get(QStringLiteral("/performance/overview"), good);
        QCOMPARE(ok.status, 200);
        // Every answer carries a request id a client can quote (the log names it with any 5xx)
        const QByteArray id = ok.headers.value("x-request-id");
        QVERIFY(!id.isEmpty());
        QVERIFY(client.get(QStringLiteral("/performance/overview"), good).headers.value("x-request-id") != id);
        for (const QByteArray &token : {none, forged, expired, QByteArray("garbage")})
            QCOMPARE(client.get(QStringLiteral("/performance/overview"), token).status, 401);
    }

    void shouldRefuseEveryActionToAnonymousAndOrganizers()
    {
        Client client(m_server.baseUrl());
        const QByteArray organizer =
            client.login(QStringLiteral("organizer1@example.com"), QStringLiteral("organizer-demo"));
        QVERIFY(!organizer.isEmpty());
        for (const char *path :
             {"/performance/database/optimize", "/performance/memory/gc", "/performance/memory/threshold/0.5",
              "/performance/clear-metrics", "/performance/cache/invalidate"}) {
            const QString p = QString::fromLatin1(path);
            QCOMPARE(client.post(p, R"({"pattern":"*","scope":"all"})").status, 401);
            QCOMPARE(client.post(p, R"({"pattern":"*","scope":"all"})", organizer).status, 403);
        }
    }

    void shouldKeepCachedListPagesBoundedAndKeyedByValue()
    {
        Client client(m_server.baseUrl());
        const auto cursor = [](const QByteArray &timestamp, int id) {
            return QString::fromLatin1(QByteArray(timestamp + '|' + QByteArray::number(id))
                                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        // Two spellings of one position are one page: the second is a cache hit
        QCOMPARE(
            client.get(u"/events?limit=1&cursor=" + cursor("2020-01-01T00:00:00.000000Z", 1)).headers.value("x-cache"),
            QByteArrayLiteral("MISS"));
        QCOMPARE(client.get(u"/events?limit=1&cursor=" + cursor("2020-01-01T00:00:00Z", 1)).headers.value("x-cache"),
                 QByteArrayLiteral("L1"));
        // 40 made-up cursors: the budget (8 pages) is cached, the rest is read past the cache, all correctly
        int bypassed = 0;
        for (int i = 2; i < 42; ++i) {
            const testenv::Answer a = client.get(u"/events?limit=1&cursor=" + cursor("2020-01-01T00:00:00Z", i));
            QCOMPARE(a.status, 200);
            bypassed += a.headers.value("x-cache") == "BYPASS";
        }
        QVERIFY2(bypassed >= 32, qPrintable(QString::number(bypassed)));
        // and Redis holds no more list pages than that, all under the namespace
        QVERIFY(redis({QStringLiteral("--scan"), QStringLiteral("--pattern"), QStringLiteral("events:*")}).isEmpty());
        const QByteArray pages = redis(
            {QStringLiteral("--scan"), QStringLiteral("--pattern"), QStringLiteral("hostile-test:events:list:*")});
        QVERIFY2(pages.count('\n') <= 8, pages.constData());
    }

    void shouldConfineInvalidationToItsNamespace()
    {
        // Given another application's key in the same Redis database
        QVERIFY(redis({QStringLiteral("SET"), QStringLiteral("otherapp:session:1"), QStringLiteral("keep me")})
                    .startsWith("OK"));
        Client client(m_server.baseUrl());
        QCOMPARE(client.get(QStringLiteral("/events/1")).status, 200);
        QVERIFY(!redis({QStringLiteral("--scan"), QStringLiteral("--pattern"), QStringLiteral("hostile-test:events:*")})
                     .isEmpty());
        // When an operator drops "*" everywhere
        const testenv::Answer dropped = client.post(QStringLiteral("/performance/cache/invalidate"),
                                                    R"({"pattern":"*","scope":"all"})", m_operator);
        QCOMPARE(dropped.status, 200);
        // Then eventsd's keys are gone and the other application's key is still there
        QVERIFY(redis({QStringLiteral("--scan"), QStringLiteral("--pattern"), QStringLiteral("hostile-test:events:*")})
                    .isEmpty());
        QCOMPARE(redis({QStringLiteral("GET"), QStringLiteral("otherapp:session:1")}).trimmed(),
                 QByteArrayLiteral("keep me"));
        redis({QStringLiteral("DEL"), QStringLiteral("otherapp:session:1")});
    }

    void shouldKeepDraftsAndCancelledEventsFromThePublic()
    {
        Client client(m_server.baseUrl());
        const QByteArray owner =
            client.login(QStringLiteral("organizer1@example.com"), QStringLiteral("organizer-demo"));
        const QByteArray other =
            client.login(QStringLiteral("organizer4@example.com"), QStringLiteral("organizer-demo"));
        QVERIFY(!owner.isEmpty() && !other.isEmpty());
        for (const char *status : {"draft", "cancelled"}) {
            // Given an organizer's event that is not published
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Secret launch")},
                                          {QStringLiteral("date"), QStringLiteral("2031-05-01T18:00:00Z")},
                                          {QStringLiteral("venue"), QStringLiteral("Hall")},
                                          {QStringLiteral("maxCapacity"), 10},
                                          {QStringLiteral("price"), 5}})
                    .toJson(QJsonDocument::Compact);
            const testenv::Answer created = client.post(QStringLiteral("/events"), body, owner);
            QCOMPARE(created.status, 201);
            const qint64 id = qint64(created.object().value(u"id").toDouble());
            const QString path = QStringLiteral("/events/%1").arg(id);
            QCOMPARE(client.call("PATCH", path, QByteArray("{\"status\":\"") + status + "\"}", owner).status, 200);
            // Then the public sees no such event, in no list, and neither does another organizer
            QCOMPARE(client.get(path).status, 404);
            QCOMPARE(client.get(path, other).status, 404);
            for (const QString &list :
                 {QStringLiteral("/events?limit=200"), QStringLiteral("/events/upcoming?limit=100")})
                QVERIFY2(!client.get(list).body.contains("Secret launch"), qPrintable(list));
            // While its organizer and operators do, never from a shared cache
            const testenv::Answer own = client.get(path, owner);
            QCOMPARE(own.status, 200);
            QCOMPARE(own.headers.value("cache-control"), QByteArrayLiteral("private, no-store"));
            QCOMPARE(client.get(path, m_operator).status, 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventsdHostile)
#include "tst_eventsd_hostile.moc"
