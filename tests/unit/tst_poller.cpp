// Poller against real local HTTP servers on port 0 that answer with recorded eventsd bodies, errors, garbage,
// silence or cut-short bodies: each tick reports every instance, a failing request spoils only its own panel,
// 404 extensions are dropped, and a backend that comes back is picked up again.

#include "poller.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

#include "fixtures.h"

using namespace opsdash;
using testenv::serveEventsd;
using testenv::TestHttpServer;

namespace {

Poller::Options options(int intervalMs = 50, int timeoutMs = 2000)
{
    Poller::Options o;
    o.intervalMs = intervalMs;
    o.timeoutMs = timeoutMs;
    o.maxBackoffMs = 200;
    return o;
}

QList<QUrl> urls(const QList<const TestHttpServer *> &servers)
{
    QList<QUrl> out;
    for (const TestHttpServer *s : servers)
        out.append(QUrl(s->baseUrl()));
    return out;
}

/// A poller over clients of its own, as a Session makes them (the poller goes first, as in ~Session).
struct Rig
{
    Rig(const QList<QUrl> &instances, const Poller::Options &o, const QByteArray &token = "test-token")
    {
        for (const QUrl &url : instances)
            clients.append(new BackendClient({url, token, o.timeoutMs, o.maxResponseBytes}, &owner));
        poller = std::make_unique<Poller>(clients, o);
    }
    QObject owner;
    QList<BackendClient *> clients;
    std::unique_ptr<Poller> poller;
};

} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportAllInstancesInOneTick()
    {
        TestHttpServer a, b;
        serveEventsd(a);
        serveEventsd(b);
        Rig rig(urls({&a, &b}), options());
        Poller &poller = *rig.poller;
        QSignalSpy ticks(&poller, &Poller::backendTick);
        poller.start();
        QVERIFY(ticks.wait(5000));
        const auto samples = ticks[0][1].value<QList<InstanceSample>>();
        QCOMPARE(samples.size(), 2);
        for (const InstanceSample &s : samples) {
            QVERIFY(s.overview);
            QVERIFY(s.endpoints);
            QVERIFY(s.pool);
            QVERIFY(s.cache);
            QVERIFY(s.health && s.health->healthy);
            QVERIFY(s.info); // first tick fetches the DB info too
            QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        }
        QCOMPARE(a.lastAuthorization(), QByteArray("Bearer test-token"));
        QTRY_COMPARE(poller.status(a.baseUrl()), Poller::SourceStatus::Ok);
    }

    void shouldDropExtensionsTheBackendDoesNotOffer()
    {
        // Given a seed-002 backend: only the seed's endpoints exist (everything else is 404)
        TestHttpServer seed;
        seed.on(QStringLiteral("/performance/overview"), {200, testenv::fixture("nestjs/overview.json")});
        seed.on(QStringLiteral("/performance/database/info"), {200, testenv::fixture("nestjs/database-info.json")});
        seed.on(QStringLiteral("/performance/database/frequency"),
                {200, testenv::fixture("nestjs/database-frequency.json")});
        Rig rig(urls({&seed}), options());
        Poller &poller = *rig.poller;
        QSignalSpy ticks(&poller, &Poller::backendTick);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 3, 5000);

        // Then the 404s are remembered, not errors, and not asked again
        const auto first = ticks[0][1].value<QList<InstanceSample>>().value(0);
        QVERIFY(first.overview);
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u'\n')));
        QVERIFY(first.notOffered.testFlag(BackendExtension::Pool));
        QVERIFY(first.notOffered.testFlag(BackendExtension::Health));
        QVERIFY(!first.notOffered.testFlag(BackendExtension::EventSummary)); // never asked
        QVERIFY(!first.notOffered.testFlag(BackendExtension::Frequency)); // the seed has it
        QCOMPARE(seed.requests(QStringLiteral("/performance/database/pool")), 1);
        QCOMPARE(poller.status(seed.baseUrl()), Poller::SourceStatus::Ok);
    }

    void shouldKeepOtherPanelsWhenOneRequestFails()
    {
        // Given a backend whose cache stats answer garbage and whose pool endpoint cuts its body short
        TestHttpServer server;
        serveEventsd(server);
        server.on(QStringLiteral("/performance/cache/stats"), {200, "{\"hitRate\": [garbage"});
        server.on(QStringLiteral("/performance/database/pool"),
                  {200, testenv::fixture("eventsd/database-pool.json"), TestHttpServer::Mode::Truncate});
        Rig rig(urls({&server}), options());
        Poller &poller = *rig.poller;
        QSignalSpy ticks(&poller, &Poller::backendTick);
        QSignalSpy statuses(&poller, &Poller::sourceStatusChanged);
        poller.start();
        QVERIFY(ticks.wait(5000));

        // Then the overview, endpoints and health still arrive; the two failures are named
        const InstanceSample s = ticks[0][1].value<QList<InstanceSample>>().value(0);
        const QString errors = s.errors.join(u'\n');
        QVERIFY2(s.overview, qPrintable(errors));
        QVERIFY2(s.endpoints, qPrintable(errors));
        QVERIFY(!s.cache);
        QVERIFY(!s.pool);
        // (QNAM may lose a request queued on the connection the truncated answer closed: at least these two.)
        QVERIFY2(s.errors.size() >= 2, qPrintable(errors));
        QVERIFY2(errors.contains(u"/performance/cache/stats"), qPrintable(errors));
        QVERIFY2(errors.contains(u"closed the connection"), qPrintable(errors));
        QCOMPARE(poller.status(server.baseUrl()), Poller::SourceStatus::Stale);
    }

    void shouldGoToErrorAndRecoverWhenTheBackendComesBack()
    {
        // Given a backend that stays silent (timeout 300 ms)
        TestHttpServer server;
        serveEventsd(server);
        server.on(QStringLiteral("/performance/overview"), {200, {}, TestHttpServer::Mode::Silent});
        server.on(QStringLiteral("/health"), {200, {}, TestHttpServer::Mode::Silent});
        Rig rig(urls({&server}), options(50, 300));
        Poller &poller = *rig.poller;
        QSignalSpy ticks(&poller, &Poller::backendTick);
        poller.start();
        QVERIFY(ticks.wait(5000));
        const InstanceSample silent = ticks[0][1].value<QList<InstanceSample>>().value(0);
        QVERIFY(!silent.reachable());
        QVERIFY2(silent.errors.join(u'\n').contains(u"no answer"), qPrintable(silent.errors.join(u'\n')));
        QCOMPARE(poller.status(server.baseUrl()), Poller::SourceStatus::Error);
        QVERIFY(!poller.statusMessageFor(server.baseUrl()).isEmpty());

        // When it answers again
        serveEventsd(server);
        // Then the poller (backing off, capped at 200 ms here) picks it up by itself
        QTRY_COMPARE_WITH_TIMEOUT(poller.status(server.baseUrl()), Poller::SourceStatus::Ok, 5000);
        QVERIFY(ticks.last()[1].value<QList<InstanceSample>>().value(0).overview);
    }

    void shouldReportTheOtherInstanceWhenOneIsDown()
    {
        TestHttpServer up;
        serveEventsd(up);
        // nothing listens on port 1
        Rig rig(urls({&up}) << QUrl(QStringLiteral("http://127.0.0.1:1")), options());
        Poller &poller = *rig.poller;
        QSignalSpy ticks(&poller, &Poller::backendTick);
        poller.start();
        QVERIFY(ticks.wait(5000));
        const auto samples = ticks[0][1].value<QList<InstanceSample>>();
        QCOMPARE(samples.size(), 2);
        QVERIFY(samples[0].overview);
        QVERIFY(!samples[1].reachable());
        QVERIFY2(samples[1].errors.value(0).contains(u"refused"), qPrintable(samples[1].errors.value(0)));
    }

    void shouldLogInWithEmailAndPassword()
    {
        TestHttpServer server;
        serveEventsd(server);
        server.on(QStringLiteral("/auth/login"), {201, R"({"data":{"accessToken":"fresh-token"}})"});
        Poller::Options o = options();
        o.email = QStringLiteral("operator@example.com");
        o.password = QStringLiteral("secret");
        Rig rig(urls({&server}), o, {});
        Poller &poller = *rig.poller;
        QSignalSpy ticks(&poller, &Poller::backendTick);
        poller.start();
        QVERIFY(ticks.wait(5000));
        QCOMPARE(server.requests(QStringLiteral("/auth/login")), 1);
        QCOMPARE(server.lastAuthorization(), QByteArray("Bearer fresh-token"));
    }

    void shouldStopPollingWhilePaused()
    {
        TestHttpServer server;
        serveEventsd(server);
        Rig rig(urls({&server}), options());
        Poller &poller = *rig.poller;
        QSignalSpy ticks(&poller, &Poller::backendTick);
        poller.start();
        QVERIFY(ticks.wait(5000));
        poller.setPaused(true);
        QTest::qWait(100); // a tick in flight may still land
        const int before = server.requests(QStringLiteral("/performance/overview"));
        QTest::qWait(400);
        QCOMPARE(server.requests(QStringLiteral("/performance/overview")), before);
        QCOMPARE(poller.status(server.baseUrl()), Poller::SourceStatus::Stale);
        poller.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests(QStringLiteral("/performance/overview")) > before, 5000);
    }

    void shouldBeDestroyedWithRequestsInFlight()
    {
        TestHttpServer server;
        server.on(QStringLiteral("/performance/overview"), {200, {}, TestHttpServer::Mode::Silent});
        {
            Rig rig(urls({&server}), options());
            Poller &poller = *rig.poller;
            poller.start();
            QTRY_VERIFY_WITH_TIMEOUT(server.requests(QStringLiteral("/performance/overview")) > 0, 5000);
        }
        QTest::qWait(50); // nothing may run on the destroyed poller (ASan watches this)
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
