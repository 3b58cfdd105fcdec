// eventsd seen through the stack's Prometheus: a test instance is added as a file-discovered target with an
// operator's token to scrape with, a controlled number of requests is sent, and Prometheus' HTTP API (query and
// query_range) gives back exactly that count for the route, method and status class.

#include "eventsdfixture.h"
#include "prometheusapi.h"

#include <QSaveFile>

class TestPrometheus : public EventsdFixture
{
    Q_OBJECT

private:
    testenv::PrometheusApi m_prometheus;
    QString m_target;

    double instant(const QString &promql) { return m_prometheus.instant(promql); }

    static bool write(const QString &file, const QByteArray &content)
    {
        QSaveFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.commit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        startOrFail();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!testenv::value("OPSDASH_PROMETHEUS_DIR").isEmpty(), "scripts/stack env exports no Prometheus");
        // Prometheus finds this instance in a targets file and scrapes it with the operator's token.
        const QString dir = testenv::value("OPSDASH_PROMETHEUS_DIR");
        QVERIFY(write(dir + QStringLiteral("/secrets/eventsd-token"), m_operator + '\n'));
        m_target = dir + QStringLiteral("/targets/eventsd-test.json");
        QVERIFY(write(m_target,
                      QStringLiteral(R"([{"targets": ["127.0.0.1:%1"], "labels": {"stack": "test"}}])")
                          .arg(m_eventsd.port())
                          .toUtf8()));
    }

    void shouldCountInPrometheusWhatWasSent()
    {
        // Given 37 reads of one event and 3 of one that does not exist
        for (int i = 0; i < 37; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/events/1")).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/events/999999")).status, 404);
        // Then once Prometheus has found and scraped the instance, it counts exactly those
        const QString instance = QStringLiteral("127.0.0.1:%1").arg(m_eventsd.port());
        const QString series = QStringLiteral(R"(eventsd_http_request_duration_seconds_count{instance="%1",)"
                                              R"(route="/events/:id",method="GET",status="%2"})");
        QTRY_COMPARE_WITH_TIMEOUT(instant(QStringLiteral(R"(up{job="eventsd",instance="%1"})").arg(instance)), 1.0,
                                  30000);
        QTRY_COMPARE_WITH_TIMEOUT(instant(series.arg(instance, QStringLiteral("2xx"))), 37.0, 15000);
        QCOMPARE(instant(series.arg(instance, QStringLiteral("4xx"))), 3.0);
        // And query_range over the last minute ends at the same count
        // (to a second past now: the last scrape may be younger than now rounded down to the second)
        const qint64 now = QDateTime::currentSecsSinceEpoch() + 1;
        const QJsonArray range =
            m_prometheus
                .get(QStringLiteral("/api/v1/query_range"),
                     QUrlQuery{{QStringLiteral("query"), series.arg(instance, QStringLiteral("2xx"))},
                               {QStringLiteral("start"), QString::number(now - 60)},
                               {QStringLiteral("end"), QString::number(now)},
                               {QStringLiteral("step"), QStringLiteral("5")}})
                .value(u"result")
                .toArray();
        QCOMPARE(range.size(), 1);
        const QJsonArray points = range.first().toObject().value(u"values").toArray();
        QVERIFY(!points.isEmpty());
        QCOMPARE(points.last().toArray().at(1).toString().toDouble(), 37.0);
        // And eventsd says who it is
        QCOMPARE(instant(QStringLiteral(R"(count(eventsd_build_info{instance="%1"}))").arg(instance)), 1.0);
    }

    void cleanupTestCase()
    {
        if (!m_target.isEmpty())
            QFile::remove(m_target);
        stop();
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
