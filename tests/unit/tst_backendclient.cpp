// BackendClient against a real local HTTP server that misbehaves on purpose: each failure becomes a sentence
// and an error status, nothing blocks, and a good answer afterwards brings the status back to ok.

#include "backendclient.h"
#include "gzip.h"
#include "testhttpserver.h"

#include <QCoroTask>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using opsdash::BackendClient;
using Reply = testenv::TestHttpServer::Reply;
using Mode = testenv::TestHttpServer::Mode;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A backend over TLS with the self-signed certificate in tests/fixtures/tls (issued for "localhost" only). It
/// answers `{}` to whatever request reaches it and counts the bytes that did: none may, when the client refuses
/// the certificate.
class TlsBackend : public QObject
{
public:
    TlsBackend()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate());
        QFile key(QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/tls/localhost.key"));
        if (key.open(QIODevice::ReadOnly))
            config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requestBytes += socket->readAll().size();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                  "Connection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    static QSslCertificate certificate()
    {
        return QSslCertificate::fromPath(QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/tls/localhost.crt"))
            .value(0);
    }
    quint16 port() const { return m_server.serverPort(); }
    qint64 requestBytes() const { return m_requestBytes; }

private:
    QSslServer m_server;
    qint64 m_requestBytes = 0;
};

} // namespace

class TestBackendClient : public QObject
{
    Q_OBJECT

private:
    using Overview = opsdash::BackendReply<opsdash::Overview>;
    static Overview overview(BackendClient &client) { return QCoro::waitFor(client.overview()); }
    /// The overview from `server` by a client whose answers are capped at `maxBytes`.
    static Overview overviewCapped(const testenv::TestHttpServer &server, qint64 maxBytes)
    {
        BackendClient::Options options{QUrl(server.baseUrl()), {}, 30000};
        options.maxResponseBytes = maxBytes;
        BackendClient client(options);
        const Overview result = overview(client);
        if (!result && client.status() != BackendClient::Status::Error)
            return Overview{}; // a failure must also turn the client's status red
        return result;
    }

private Q_SLOTS:
    void shouldParseAGoodAnswerAndSendTheToken()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), Reply{200, fixture("nestjs/overview.json")});
        BackendClient client({QUrl(server.baseUrl()), "tok123", 2000});
        const Overview answer = overview(client);
        QVERIFY2(answer, qPrintable(answer.error));
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.value->database.totalQueries, 1000);
        QCOMPARE(server.lastAuthorization(), QByteArrayLiteral("Bearer tok123"));
        QCOMPARE(client.status(), BackendClient::Status::Ok);
    }

    void shouldTurnEachFailureIntoASentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("server error with message")
            << 503 << QByteArray(R"({"statusCode":503,"message":"database unavailable: x"})") << int(Mode::Answer)
            << QStringLiteral("the backend answered 503: database unavailable: x");
        QTest::newRow("401") << 401 << QByteArray("{}") << int(Mode::Answer) << QStringLiteral("log in again");
        QTest::newRow("403") << 403 << QByteArray(R"({"message":"this route is for operators"})") << int(Mode::Answer)
                             << QStringLiteral("may not do that (403): this route is for operators");
        QTest::newRow("silent") << 200 << QByteArray() << int(Mode::Silent)
                                << QStringLiteral("no answer from 127.0.0.1 within 0.3 s");
        QTest::newRow("dropped") << 200 << QByteArray() << int(Mode::Drop) << QStringLiteral("closed the connection");
        QTest::newRow("truncated") << 200 << QByteArray(R"({"totalQueries": 1)") << int(Mode::Truncate)
                                   << QStringLiteral("closed the connection");
    }
    void shouldTurnEachFailureIntoASentence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), Reply{status, body, Mode(mode)});
        BackendClient client({QUrl(server.baseUrl()), {}, 300});
        QSignalSpy statusSpy(&client, &BackendClient::statusChanged);
        const Overview result = overview(client);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        // The status travels as a number, never inside the sentence only (a body cut short had its header).
        QCOMPARE(result.httpStatus, mode == int(Mode::Answer) || mode == int(Mode::Truncate) ? status : 0);
        QCOMPARE(client.status(), BackendClient::Status::Error);
        QCOMPARE(statusSpy.count(), 1);
    }

    void shouldReportGarbageAsAParseError()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/database/pool"), Reply{200, "<html>proxy error</html>"});
        BackendClient client({QUrl(server.baseUrl()), {}, 2000});
        const auto pool = QCoro::waitFor(client.pool());
        QVERIFY(!pool);
        QVERIFY(!pool.notOffered);
        QCOMPARE(pool.httpStatus, 200);
        QVERIFY2(pool.error.startsWith(u"/performance/database/pool: not valid JSON"), qPrintable(pool.error));
        QCOMPARE(client.status(), BackendClient::Status::Error);
    }

    void shouldTreat404AsNotOfferedWithoutTurningRed()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), Reply{200, fixture("nestjs/overview.json")});
        BackendClient client({QUrl(server.baseUrl()), {}, 2000});
        QVERIFY(overview(client));
        QVERIFY(client.offers(opsdash::BackendExtension::Pool));
        const auto pool = QCoro::waitFor(client.pool());
        QVERIFY(pool.notOffered);
        QCOMPARE(pool.httpStatus, 404);
        QCOMPARE(client.status(), BackendClient::Status::Ok);
        // The client remembers: the Poller asks it before polling an extension again.
        QVERIFY(!client.offers(opsdash::BackendExtension::Pool));
        QVERIFY(client.offers(opsdash::BackendExtension::CacheStats));
        QCOMPARE(client.notOffered(), opsdash::BackendExtensions(opsdash::BackendExtension::Pool));
        // A 404 of the seed's own contract is an error, not "not offered".
        server.on(QStringLiteral("/performance/overview"), Reply{404, R"({"message":"Cannot GET"})"});
        const Overview gone = overview(client);
        QVERIFY(!gone.notOffered);
        QCOMPARE(client.status(), BackendClient::Status::Error);
    }

    void shouldAcceptAny2xxForActions()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/memory/gc"), Reply{201, fixture("nestjs/action.json")});
        BackendClient client({QUrl(server.baseUrl()), {}, 2000});
        const auto gc = QCoro::waitFor(client.forceGc());
        QVERIFY2(gc, qPrintable(gc.error));
        QCOMPARE(gc.httpStatus, 201);
        QVERIFY(!gc.value->message.isEmpty());
        QCOMPARE(server.lastMethod(), QByteArrayLiteral("POST"));
    }

    void shouldSayWhenNothingListens()
    {
        // A port that was just free: bind, note it, close.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        BackendClient client({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}, 2000});
        const auto result = QCoro::waitFor(client.health());
        QVERIFY2(result.error.contains(u"refused the connection"), qPrintable(result.error));
        QCOMPARE(result.httpStatus, 0);
    }

    void shouldRecoverWhenTheBackendComesBack()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), Reply{500, R"({"message":"boom"})"});
        BackendClient client({QUrl(server.baseUrl()), {}, 2000});
        QVERIFY(!overview(client));
        QCOMPARE(client.status(), BackendClient::Status::Error);
        server.on(QStringLiteral("/performance/overview"), Reply{200, fixture("nestjs/overview.json")});
        QVERIFY(overview(client));
        QCOMPARE(client.status(), BackendClient::Status::Ok);
        QCOMPARE(client.statusMessage(), QString());
    }

    void shouldAbortWhatIsInFlight()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), Reply{200, "{}", Mode::Silent});
        BackendClient client({QUrl(server.baseUrl()), {}, 30000});
        QTimer::singleShot(100, &client, [&client] { client.abortAll(); });
        const Overview result = overview(client);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(u"cancelled"), qPrintable(result.error));
    }

    void shouldAskForGzipAndReadIt()
    {
        // eventsd gzips JSON over 1 KiB for clients that accept it (seed 004): the client asks, and reads it
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"),
                  Reply{200, opsdash::gzip::compress(fixture("nestjs/overview.json")), Mode::Answer, 0,
                        "Content-Encoding: gzip\r\n"});
        BackendClient client({QUrl(server.baseUrl()), "tok123", 2000});
        const Overview answer = overview(client);
        QVERIFY2(answer, qPrintable(answer.error));
        QCOMPARE(answer.value->database.totalQueries, 1000);
        QVERIFY2(server.lastHeader("accept-encoding").contains("gzip"),
                 server.lastHeader("accept-encoding").constData());
    }

    void shouldCutOffAGzipBombAtTheLimit()
    {
        // Given 200 MiB that gzip to about 200 KiB, and a client capped at 4 MiB of answer
        testenv::TestHttpServer server;
        const QByteArray bomb = opsdash::gzip::compress(QByteArray(200 * 1024 * 1024, '['), 9);
        QVERIFY(bomb.size() < 1024 * 1024);
        server.on(QStringLiteral("/performance/overview"),
                  Reply{200, bomb, Mode::Answer, 0, "Content-Encoding: gzip\r\n"});
        // Then the cap counts what it unpacks: a sentence naming the limit, nothing kept
        const Overview result = overviewCapped(server, 4 * 1024 * 1024);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(u"larger than 4"), qPrintable(result.error));
    }

    void shouldCutOffAnEndlessAnswerAtTheLimit()
    {
        // Given a backend that sends without end and a client capped at 4 MiB (the 100 GB-announced case and the
        // memory of the real binary: gui/tst_hostilebackend)
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), Reply{200, "[[[[", Mode::Endless});

        // When it asks
        const Overview result = overviewCapped(server, 4 * 1024 * 1024);

        // Then it gets a sentence naming the limit and no value, and it stopped reading soon after the limit: the
        // server got to write the limit and what the sockets on the way hold, not the 2 GiB it had to send
        QVERIFY(!result);
        QVERIFY2(result.error.contains(u"larger than 4"), qPrintable(result.error));
        QVERIFY2(server.endlessBytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(server.endlessBytesSent())));
    }

    void shouldStreamADownloadPastTheAnswerLimitUntilTold()
    {
        // A download is not held to the cap of a kept answer (it goes to a file piece by piece), and stops as soon
        // as its receiver says so.
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/events/7/registrations.csv"), Reply{200, {}, Mode::Endless});
        server.on(QStringLiteral("/events/8/registrations.csv"), Reply{200, "Name,Email\na,b@c\n"});
        server.on(QStringLiteral("/events/9/registrations.csv"), Reply{403, R"({"message":"not your event"})"});
        BackendClient::Options options{QUrl(server.baseUrl()), "tok", 5000};
        options.maxResponseBytes = 1024 * 1024;
        BackendClient client(options);

        qint64 received = 0;
        bool started = false;
        BackendClient::Download endless;
        endless.started = [&started](std::optional<qint64>) { started = true; };
        endless.piece = [&received](QByteArrayView piece) {
            received += piece.size();
            return received < 8 * 1024 * 1024;
        };
        const auto stopped = QCoro::waitFor(client.downloadRegistrationsCsv(7, endless, 5000));
        QVERIFY(!stopped);
        QCOMPARE(stopped.httpStatus, 200);
        QVERIFY(started);
        QVERIFY2(received >= 8 * 1024 * 1024, qPrintable(QString::number(received)));
        QVERIFY2(server.endlessBytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(server.endlessBytesSent())));

        QByteArray file;
        BackendClient::Download small;
        small.piece = [&file](QByteArrayView piece) {
            file += piece;
            return true;
        };
        const auto done = QCoro::waitFor(client.downloadRegistrationsCsv(8, small, 5000));
        QVERIFY2(done, qPrintable(done.error));
        QCOMPARE(file, QByteArrayLiteral("Name,Email\na,b@c\n"));
        QCOMPARE(*done.value, file.size());

        // A refusal is kept for its message and never reaches the file.
        file.clear();
        const auto refused = QCoro::waitFor(client.downloadRegistrationsCsv(9, small, 5000));
        QVERIFY(!refused);
        QCOMPARE(refused.httpStatus, 403);
        QVERIFY2(refused.error.contains(u"not your event"), qPrintable(refused.error));
        QVERIFY(file.isEmpty());
    }

    void shouldSurviveAChunkedEndSentByteByByte()
    {
        // A backend that ends an empty chunked body in single bytes with pauses: "0\r\n", "\r", "\n". Boost 1.74's
        // parser asserts on the second step (boostorg/beast#2861): a debug opsdash aborted. Now it waits for the
        // next byte and reads the answer.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QByteArray> steps = {QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                     "Transfer-Encoding: chunked\r\n\r\n0\r\n"),
                                   QByteArrayLiteral("\r"), QByteArrayLiteral("\n")};
        connect(&server, &QTcpServer::newConnection, this, [&server, &steps] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &steps] {
                socket->readAll();
                for (int i = 0; i < steps.size(); ++i)
                    QTimer::singleShot(150 * i, socket, [socket, step = steps[i]] { socket->write(step); });
            });
        });
        BackendClient client({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), {}, 5000});
        // An action's empty answer is a fine answer.
        const auto result = QCoro::waitFor(client.forceGc());
        QVERIFY2(result, qPrintable(result.error));
        QVERIFY(result.value->message.isEmpty());
    }

    void shouldVerifyTheBackendsCertificate()
    {
        QVERIFY(QSslSocket::supportsSsl());
        TlsBackend backend;
        QVERIFY(backend.port() > 0);
        QVERIFY(!TlsBackend::certificate().isNull());
        // A certificate no CA of the system signed: refused in the handshake, before the request (and its token)
        // is sent.
        {
            BackendClient client({QUrl(QStringLiteral("https://localhost:%1").arg(backend.port())), "secret", 5000});
            const auto result = QCoro::waitFor(client.health());
            QVERIFY(!result);
            QVERIFY2(result.error.contains(u"TLS with localhost failed"), qPrintable(result.error));
            QCOMPARE(backend.requestBytes(), 0);
        }
        // Trusted (as if a company CA were installed), the same backend answers...
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(TlsBackend::certificate());
        QSslConfiguration::setDefaultConfiguration(trusting);
        auto restore = qScopeGuard([&original] { QSslConfiguration::setDefaultConfiguration(original); });
        {
            BackendClient client({QUrl(QStringLiteral("https://localhost:%1").arg(backend.port())), {}, 5000});
            const auto result = QCoro::waitFor(client.health());
            QVERIFY2(result, qPrintable(result.error));
            QVERIFY(backend.requestBytes() > 0);
        }
        // ...but not under a name the certificate was not issued for.
        const qint64 before = backend.requestBytes();
        {
            BackendClient client({QUrl(QStringLiteral("https://127.0.0.1:%1").arg(backend.port())), {}, 5000});
            const auto result = QCoro::waitFor(client.health());
            QVERIFY(!result);
            QVERIFY2(result.error.contains(u"TLS with 127.0.0.1 failed"), qPrintable(result.error));
            QCOMPARE(backend.requestBytes(), before);
        }
    }

    void shouldLogInWithTheSeedsShape()
    {
        testenv::TestHttpServer server;
        server.on(QStringLiteral("/auth/login"),
                  Reply{201, R"({"data":{"accessToken":"abc.def.ghi","expiresIn":3600}})"});
        BackendClient client({QUrl(server.baseUrl()), {}, 2000});
        const auto token = QCoro::waitFor(client.login(QStringLiteral("a@b.c"), QStringLiteral("pw")));
        QVERIFY2(token, qPrintable(token.error));
        QCOMPARE(*token.value, QByteArrayLiteral("abc.def.ghi"));
        QCOMPARE(client.options().token, QByteArrayLiteral("abc.def.ghi"));
        server.on(QStringLiteral("/auth/login"), Reply{401, R"({"message":"wrong email or password"})"});
        QCOMPARE(QCoro::waitFor(client.login(QStringLiteral("a@b.c"), QStringLiteral("x"))).error,
                 QStringLiteral("wrong e-mail or password"));
    }
};

QTEST_GUILESS_MAIN(TestBackendClient)
#include "tst_backendclient.moc"
