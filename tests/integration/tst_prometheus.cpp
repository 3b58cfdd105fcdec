// eventsd seen through the stack's Prometheus and Alertmanager: a test instance is added as a file-discovered
// target with an operator's token to scrape with, a controlled number of requests is sent, and Prometheus' HTTP
// API (query, and query_range through opsdash's PrometheusClient) gives back exactly that count for the route,
// method and status class. Then the alerting rules `opsdash rules` generated from the default thresholds (the
// stack loads them) fire on the instance's 4xx ratio, Alertmanager's webhook reaches a sink on the stack's sink
// port, and a silence made with opsdash's AlertmanagerClient suppresses the alert until it is expired.

#include "eventsdfixture.h"
#include "prometheusapi.h"
#include "prometheusclient.h"

#include <QCoroTask>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

/// Alertmanager's webhook receiver: a real HTTP listener that answers 200 and keeps every request it got.
class WebhookSink : public QObject
{
public:
    bool listen(quint16 port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    const QList<QByteArray> &bodies() const { return m_bodies; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        m_bodies.append(buffer.mid(end + 4, length));
        buffer.remove(0, end + 4 + length);
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_bodies;
};

opsdash::HttpApi::Options apiOptions(const char *variable)
{
    opsdash::HttpApi::Options options;
    options.baseUrl = QUrl(testenv::value(variable));
    return options;
}

} // namespace

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
        // And opsdash's query_range over the last minute ends at the same count
        // (to a second past now: the last scrape may be younger than now rounded down to the second)
        opsdash::PrometheusClient client(apiOptions("OPSDASH_PROMETHEUS_URL"));
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() + 1000;
        const auto range =
            QCoro::waitFor(client.queryRange(series.arg(instance, QStringLiteral("2xx")), nowMs - 60000, nowMs, 5));
        QVERIFY2(range, qPrintable(range.error));
        QCOMPARE(range.value->size(), 1);
        const auto &points = range.value->first().points;
        QVERIFY(!points.isEmpty());
        QCOMPARE(points.last().value, 37.0);
        QVERIFY(points.last().timeMs - points.first().timeMs <= 60000);
        // And eventsd says who it is
        QCOMPARE(instant(QStringLiteral(R"(count(eventsd_build_info{instance="%1"}))").arg(instance)), 1.0);
    }

    void shouldAlertAndBeSilencedFromOpsdash()
    {
        const QString instance = QStringLiteral("127.0.0.1:%1").arg(m_eventsd.port());
        WebhookSink sink;
        QVERIFY2(sink.listen(quint16(testenv::value("OPSDASH_ALERT_SINK_PORT").toInt())),
                 "the stack's alert sink port is taken");
        // Given a 4xx ratio far over the default 1 % for longer than the 10 s hold
        QTimer misses;
        connect(&misses, &QTimer::timeout, this, [this] { m_client->get(QStringLiteral("/events/999999")); });
        misses.start(250);
        opsdash::PrometheusClient prometheus(apiOptions("OPSDASH_PROMETHEUS_URL"));
        const auto firing = [&] {
            const auto alerts = QCoro::waitFor(prometheus.alerts());
            for (const opsdash::prom::Alert &a : alerts.value.value_or(QList<opsdash::prom::Alert>{}))
                if (a.labels.value(QStringLiteral("alertname")) == u"EventsdErrorRateHigh" &&
                    a.labels.value(QStringLiteral("instance")) == instance)
                    return a.state == opsdash::prom::AlertState::Firing;
            return false;
        };
        // Then Prometheus fires the generated rule, and Alertmanager notifies the webhook (after its group wait)
        QTRY_VERIFY_WITH_TIMEOUT(firing(), 60000);
        const auto notified = [&] {
            for (const QByteArray &body : sink.bodies())
                if (body.contains("\"alertname\":\"EventsdErrorRateHigh\"") && body.contains(instance.toUtf8()) &&
                    body.contains("\"status\":\"firing\""))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(notified(), 60000);

        // When opsdash silences it for the instance
        opsdash::AlertmanagerClient alertmanager(apiOptions("OPSDASH_ALERTMANAGER_URL"));
        opsdash::am::Silence silence;
        silence.matchers = {{QStringLiteral("alertname"), QStringLiteral("EventsdErrorRateHigh")},
                            {QStringLiteral("instance"), instance}};
        silence.startsAtMs = QDateTime::currentMSecsSinceEpoch();
        silence.endsAtMs = silence.startsAtMs + 600000;
        silence.createdBy = QStringLiteral("tst_prometheus");
        silence.comment = QStringLiteral("maintenance test");
        const auto created = QCoro::waitFor(alertmanager.createSilence(silence));
        QVERIFY2(created, qPrintable(created.error));
        const QString id = *created.value;
        // Then Alertmanager holds the alert as suppressed by that silence
        const auto state = [&] {
            const auto alerts = QCoro::waitFor(alertmanager.alerts());
            for (const opsdash::am::Alert &a : alerts.value.value_or(QList<opsdash::am::Alert>{}))
                if (a.labels.value(QStringLiteral("alertname")) == u"EventsdErrorRateHigh" &&
                    a.labels.value(QStringLiteral("instance")) == instance)
                    return a.silencedBy.contains(id) ? opsdash::am::AlertState::Suppressed : a.state;
            return opsdash::am::AlertState::Unprocessed;
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(), opsdash::am::AlertState::Suppressed, 15000);
        const auto silences = QCoro::waitFor(alertmanager.silences());
        QVERIFY2(silences, qPrintable(silences.error));
        const auto listed = std::find_if(silences.value->begin(), silences.value->end(),
                                         [&](const opsdash::am::Silence &s) { return s.id == id; });
        QVERIFY(listed != silences.value->end());
        QCOMPARE(listed->state, opsdash::am::SilenceState::Active);
        QCOMPARE(listed->comment, silence.comment);
        QCOMPARE(listed->matchers, silence.matchers);

        // And once the silence is expired the alert is active again
        const auto expired = QCoro::waitFor(alertmanager.expireSilence(id));
        QVERIFY2(expired, qPrintable(expired.error));
        QTRY_COMPARE_WITH_TIMEOUT(state(), opsdash::am::AlertState::Active, 15000);
        misses.stop();
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
