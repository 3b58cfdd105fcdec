// The two-level cache across two real eventsd instances sharing PostgreSQL and Redis: hits per level, cross-
// instance invalidation over pub/sub after a registration, pattern invalidation with its two scopes.

#include "eventsdprocess.h"

#include <QJsonArray>
#include <QTest>

using testenv::Answer;
using testenv::Client;
using testenv::Eventsd;

class TestEventsdCache : public QObject
{
    Q_OBJECT

private:
    Eventsd m_a, m_b;
    std::unique_ptr<Client> m_clientA, m_clientB;
    QByteArray m_operator;

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(testenv::loadSampleData(8, 800, &error), qPrintable(error));
        QVERIFY2(m_a.start({QStringLiteral("--instance-id"), QStringLiteral("a"), QStringLiteral("--rate-limit"),
                            QStringLiteral("0")},
                           &error),
                 qPrintable(error));
        QVERIFY2(m_b.start({QStringLiteral("--instance-id"), QStringLiteral("b"), QStringLiteral("--rate-limit"),
                            QStringLiteral("0")},
                           &error),
                 qPrintable(error));
        m_clientA = std::make_unique<Client>(m_a.baseUrl());
        m_clientB = std::make_unique<Client>(m_b.baseUrl());
        m_operator = m_clientA->login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        QVERIFY(!m_operator.isEmpty());
        // Start from an empty L2, whatever earlier runs left there.
        QCOMPARE(m_clientA
                     ->post(QStringLiteral("/performance/cache/invalidate"),
                            json({{QStringLiteral("pattern"), QStringLiteral("*")},
                                  {QStringLiteral("scope"), QStringLiteral("all")}}),
                            m_operator)
                     .status,
                 200);
    }

    void shouldServeFromEachLevel()
    {
        // First read anywhere: the database. Again on the same instance: L1. On the other instance: L2.
        QCOMPARE(m_clientA->get(QStringLiteral("/events/2")).headers.value("x-cache"), QByteArrayLiteral("MISS"));
        QCOMPARE(m_clientA->get(QStringLiteral("/events/2")).headers.value("x-cache"), QByteArrayLiteral("L1"));
        const Answer fromB = m_clientB->get(QStringLiteral("/events/2"));
        QCOMPARE(fromB.headers.value("x-cache"), QByteArrayLiteral("L2"));
        QCOMPARE(fromB.headers.value("cache-control"), QByteArrayLiteral("public, max-age=60"));
        QCOMPARE(m_clientA->get(QStringLiteral("/events/999999")).status, 404); // errors are not cached
        QCOMPARE(m_clientA->get(QStringLiteral("/events/999999")).headers.value("x-cache"), QByteArrayLiteral("MISS"));

        const QJsonObject stats = m_clientA->get(QStringLiteral("/performance/cache/stats"), m_operator).object();
        for (const char *key : {"hitRate", "hits", "misses", "totalKeys", "memoryUsage", "levels"})
            QVERIFY2(stats.contains(QLatin1String(key)), key);
        QVERIFY(stats.value(u"levels").toObject().value(u"l1").toObject().value(u"hits").toInt() >= 1);
        QVERIFY(stats.value(u"hitRate").toDouble() > 0);
    }

    void shouldDropOtherInstancesEntriesAfterARegistration()
    {
        // Given an open event cached in both instances' L1
        const QJsonArray upcoming = m_clientA->get(QStringLiteral("/events/upcoming?limit=50")).json.array();
        qint64 id = 0;
        qint64 before = 0;
        for (const auto &e : upcoming) {
            const QJsonObject o = e.toObject();
            if (o.value(u"status").toString() == QLatin1String("published") &&
                o.value(u"registrationCount").toInt() < o.value(u"maxCapacity").toInt()) {
                id = qint64(o.value(u"id").toDouble());
                break;
            }
        }
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/events/%1").arg(id);
        m_clientA->get(path);
        before = qint64(m_clientB->get(path).object().value(u"registrationCount").toDouble());
        QCOMPARE(m_clientB->get(path).headers.value("x-cache"), QByteArrayLiteral("L1"));
        // When someone registers through instance A
        const Answer created = m_clientA->post(
            path + QStringLiteral("/registrations"),
            json({{QStringLiteral("fullName"), QStringLiteral("Cache Probe")},
                  {QStringLiteral("email"),
                   QStringLiteral("cache.probe.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch())}}));
        QCOMPARE(created.status, 201);
        // Then instance B drops its copy (pub/sub) and reads the new count
        QTRY_COMPARE_WITH_TIMEOUT(m_clientB->get(path).object().value(u"registrationCount").toInt(), int(before + 1),
                                  5000);
        QVERIFY(m_clientB->get(QStringLiteral("/performance/cache/stats"), m_operator)
                    .object()
                    .value(u"levels")
                    .toObject()
                    .value(u"l2")
                    .toObject()
                    .value(u"invalidationsReceived")
                    .toInt() >= 1);
    }

    void shouldInvalidateByPatternWithScope()
    {
        m_clientA->get(QStringLiteral("/events/3"));
        m_clientB->get(QStringLiteral("/events/3")); // L2 hit fills B's L1
        QCOMPARE(m_clientB->get(QStringLiteral("/events/3")).headers.value("x-cache"), QByteArrayLiteral("L1"));

        // scope "instance": only A's L1; B still answers from its L1, L2 keeps the key
        const Answer local = m_clientA->post(QStringLiteral("/performance/cache/invalidate"),
                                             json({{QStringLiteral("pattern"), QStringLiteral("event:3")},
                                                   {QStringLiteral("scope"), QStringLiteral("instance")}}),
                                             m_operator);
        QCOMPARE(local.status, 200);
        QCOMPARE(local.object().value(u"invalidated").toInt(), 1);
        QCOMPARE(m_clientA->get(QStringLiteral("/events/3")).headers.value("x-cache"), QByteArrayLiteral("L2"));
        QCOMPARE(m_clientB->get(QStringLiteral("/events/3")).headers.value("x-cache"), QByteArrayLiteral("L1"));

        // scope "all": L2 and every L1
        const Answer all = m_clientA->post(QStringLiteral("/performance/cache/invalidate"),
                                           json({{QStringLiteral("pattern"), QStringLiteral("event:*")},
                                                 {QStringLiteral("scope"), QStringLiteral("all")}}),
                                           m_operator);
        QCOMPARE(all.status, 200);
        QVERIFY(all.object().value(u"invalidated").toInt() >= 2); // A's L1 entry and the L2 key at least
        // Poll by hand: a GET refills the cache, and QTRY_COMPARE evaluates its expression once more at the end.
        QByteArray level;
        for (int i = 0; i < 100 && level != "MISS"; ++i) {
            level = m_clientB->get(QStringLiteral("/events/3")).headers.value("x-cache");
            if (level != "MISS")
                QTest::qWait(50);
        }
        QCOMPARE(level, QByteArrayLiteral("MISS"));

        for (const char *bad : {"", "events:{*}", "a b", "x;FLUSHALL"})
            QCOMPARE(m_clientA
                         ->post(QStringLiteral("/performance/cache/invalidate"),
                                json({{QStringLiteral("pattern"), QString::fromLatin1(bad)}}), m_operator)
                         .status,
                     400);
        QCOMPARE(m_clientA
                     ->post(QStringLiteral("/performance/cache/invalidate"),
                            json({{QStringLiteral("pattern"), QStringLiteral("x")},
                                  {QStringLiteral("scope"), QStringLiteral("galaxy")}}),
                            m_operator)
                     .status,
                 400);
    }

    void shouldCutTheUpcomingList()
    {
        const QJsonArray two = m_clientA->get(QStringLiteral("/events/upcoming?limit=2")).json.array();
        QVERIFY(two.size() <= 2);
        const QJsonArray ten = m_clientA->get(QStringLiteral("/events/upcoming")).json.array();
        QVERIFY(ten.size() <= 10);
        for (const auto &e : ten)
            QVERIFY(QDateTime::fromString(e.toObject().value(u"date").toString(), Qt::ISODateWithMs) >=
                    QDateTime::currentDateTimeUtc().addSecs(-60));
        QCOMPARE(m_clientA->get(QStringLiteral("/events/upcoming?limit=0")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestEventsdCache)
#include "tst_eventsd_cache.moc"
