// Bounded mixed traffic against eventsd: browse, look at an event, register, log in, read registrations and
// statistics. Open loop at --rate requests per second with at most --concurrency in flight, for --duration
// seconds or --max-requests requests, whichever ends first; then a summary. Used by the demo and the benches.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Options
{
    QString base;
    double rate = 20;
    int duration = 60;
    int concurrency = 16;
    qint64 maxRequests = 1'000'000;
    bool quiet = false;
};

class Traffic : public QObject
{
public:
    explicit Traffic(Options options)
        : m_options(std::move(options))
        , m_random(quint32(QDateTime::currentMSecsSinceEpoch()))
    { }

    void start()
    {
        // Accounts and events first; then the clock starts.
        m_organizerToken = login(QStringLiteral("organizer1@example.com"), QStringLiteral("organizer-demo"));
        m_operatorToken = login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        loadEvents();
        if (m_eventIds.isEmpty()) {
            std::fprintf(stderr, "traffic: %s has no events (load sample data first)\n", qPrintable(m_options.base));
            QCoreApplication::exit(1);
            return;
        }
        m_clock.start();
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(std::max(1, int(1000.0 / m_options.rate)));
        connect(&m_tick, &QTimer::timeout, this, [this] { tick(); });
        m_tick.start();
        m_report.setInterval(10'000);
        connect(&m_report, &QTimer::timeout, this, [this] {
            if (!m_options.quiet)
                std::fprintf(stderr, "traffic: %lld sent, %lld in flight\n", static_cast<long long>(m_sent),
                             static_cast<long long>(m_inFlight));
        });
        m_report.start();
    }

private:
    QByteArray blockingCall(QNetworkRequest request, const QByteArray &method, const QByteArray &body, int *status)
    {
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        return data;
    }

    QByteArray login(const QString &email, const QString &password)
    {
        QNetworkRequest request(QUrl(m_options.base + QStringLiteral("/auth/login")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        int status = 0;
        const QByteArray body = blockingCall(
            request, "POST",
            QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
                .toJson(QJsonDocument::Compact),
            &status);
        return QJsonDocument::fromJson(body)
            .object()
            .value(u"data")
            .toObject()
            .value(u"accessToken")
            .toString()
            .toLatin1();
    }

    void loadEvents()
    {
        QString cursor;
        do {
            QUrl url(m_options.base + QStringLiteral("/events"));
            url.setQuery(QStringLiteral("limit=200") + (cursor.isEmpty() ? QString() : u"&cursor=" + cursor));
            int status = 0;
            const QJsonObject page =
                QJsonDocument::fromJson(blockingCall(QNetworkRequest(url), "GET", {}, &status)).object();
            for (const auto &e : page.value(u"items").toArray()) {
                const QJsonObject event = e.toObject();
                m_eventIds.append(qint64(event.value(u"id").toDouble()));
                if (event.value(u"status").toString() == QLatin1String("published"))
                    m_openEventIds.append(qint64(event.value(u"id").toDouble()));
            }
            cursor = page.value(u"nextCursor").toString();
        } while (!cursor.isEmpty() && m_eventIds.size() < 100000);
    }

    qint64 pick(const QList<qint64> &ids) { return ids.at(m_random.bounded(qsizetype(ids.size()))); }

    void tick()
    {
        if (m_clock.elapsed() >= qint64(m_options.duration) * 1000 || m_sent >= m_options.maxRequests) {
            m_tick.stop();
            if (m_inFlight == 0)
                finish();
            return;
        }
        if (m_inFlight >= m_options.concurrency) {
            ++m_skipped; // open loop: a slow server is shown, not hidden by waiting
            return;
        }
        const int dice = m_random.bounded(100);
        QNetworkRequest request;
        QByteArray method = "GET";
        QByteArray body;
        QString kind;
        if (dice < 35) {
            kind = QStringLiteral("browse");
            request.setUrl(QUrl(m_options.base + QStringLiteral("/events?limit=20")));
        } else if (dice < 60) {
            kind = QStringLiteral("event");
            request.setUrl(QUrl(m_options.base + QStringLiteral("/events/%1").arg(pick(m_eventIds))));
        } else if (dice < 80 && !m_openEventIds.isEmpty()) {
            kind = QStringLiteral("register");
            method = "POST";
            const qint64 id = pick(m_openEventIds);
            request.setUrl(QUrl(m_options.base + QStringLiteral("/events/%1/registrations").arg(id)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            const QString who =
                QStringLiteral("load%1.%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(m_random.generate());
            body = QJsonDocument(QJsonObject{{QStringLiteral("fullName"), QStringLiteral("Load Tester")},
                                             {QStringLiteral("email"), QString(who + QStringLiteral("@example.org"))}})
                       .toJson(QJsonDocument::Compact);
        } else if (dice < 90) {
            kind = QStringLiteral("registrations");
            request.setUrl(
                QUrl(m_options.base + QStringLiteral("/events/%1/registrations?limit=50").arg(pick(m_eventIds))));
            request.setRawHeader("Authorization", "Bearer " + m_operatorToken);
        } else if (dice < 97) {
            kind = QStringLiteral("statistics");
            request.setUrl(QUrl(m_options.base + QStringLiteral("/events/statistics")));
            request.setRawHeader("Authorization", "Bearer " + m_organizerToken);
        } else {
            kind = QStringLiteral("login");
            method = "POST";
            request.setUrl(QUrl(m_options.base + QStringLiteral("/auth/login")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            body = R"({"email":"organizer2@example.com","password":"organizer-demo"})";
        }
        request.setTransferTimeout(30000);
        ++m_sent;
        ++m_inFlight;
        QElapsedTimer *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer, kind] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_latencies.push_back(double(timer->nsecsElapsed()) / 1e6);
            delete timer;
            ++m_byStatus[status];
            ++m_byKind[kind];
            reply->deleteLater();
            --m_inFlight;
            if (!m_tick.isActive() && m_inFlight == 0)
                finish();
        });
    }

    void finish()
    {
        m_report.stop();
        std::sort(m_latencies.begin(), m_latencies.end());
        auto at = [&](double q) {
            return m_latencies.empty()
                ? 0.0
                : m_latencies[std::min(m_latencies.size() - 1, std::size_t(double(m_latencies.size()) * q))];
        };
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        std::printf("traffic: %lld requests in %.1f s (%.1f/s), %lld skipped at the concurrency cap\n",
                    static_cast<long long>(m_sent), seconds, double(m_sent) / seconds,
                    static_cast<long long>(m_skipped));
        std::printf("traffic: latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", at(0.5), at(0.95), at(0.99));
        QStringList statuses, kinds;
        for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
            statuses << QStringLiteral("%1: %2")
                            .arg(it.key() == 0 ? QStringLiteral("network error") : QString::number(it.key()))
                            .arg(it.value());
        for (auto it = m_byKind.cbegin(); it != m_byKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        statuses.sort();
        kinds.sort();
        std::printf("traffic: status %s\ntraffic: mix %s\n", qPrintable(statuses.join(QStringLiteral(", "))),
                    qPrintable(kinds.join(QStringLiteral(", "))));
        // Network errors or server errors make the run fail; 4xx (full events, duplicates) are part of the mix.
        const bool failed = m_byStatus.value(0) > 0 ||
            std::any_of(m_byStatus.keyBegin(), m_byStatus.keyEnd(), [](int s) { return s >= 500; });
        QCoreApplication::exit(failed ? 1 : 0);
    }

    Options m_options;
    QNetworkAccessManager m_nam;
    QRandomGenerator m_random;
    QByteArray m_organizerToken, m_operatorToken;
    QList<qint64> m_eventIds, m_openEventIds;
    QTimer m_tick, m_report;
    QElapsedTimer m_clock;
    qint64 m_sent = 0, m_skipped = 0, m_inFlight = 0;
    std::vector<double> m_latencies;
    QMap<int, qint64> m_byStatus;
    QMap<QString, qint64> m_byKind;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bounded mixed traffic against eventsd"));
    parser.addHelpOption();
    const QCommandLineOption baseOption(QStringLiteral("base"), QStringLiteral("eventsd base URL."),
                                        QStringLiteral("url"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Requests per second (default 20)."),
                                        QStringLiteral("rps"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), QStringLiteral("Seconds (default 60, at most 86400)."), QStringLiteral("s"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Most requests in flight (default 16)."), QStringLiteral("n"));
    const QCommandLineOption maxOption(QStringLiteral("max-requests"),
                                       QStringLiteral("Stop after this many (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("No progress lines."));
    parser.addOptions({baseOption, rateOption, durationOption, concurrencyOption, maxOption, quietOption});
    parser.process(app);

    Options options;
    options.base = parser.value(baseOption);
    if (options.base.isEmpty()) {
        std::fprintf(stderr, "traffic: --base is required\n");
        return 2;
    }
    if (parser.isSet(rateOption))
        options.rate = std::clamp(parser.value(rateOption).toDouble(), 0.1, 20000.0);
    if (parser.isSet(durationOption))
        options.duration = std::clamp(parser.value(durationOption).toInt(), 1, 86400);
    if (parser.isSet(concurrencyOption))
        options.concurrency = std::clamp(parser.value(concurrencyOption).toInt(), 1, 1024);
    if (parser.isSet(maxOption))
        options.maxRequests = std::clamp(parser.value(maxOption).toLongLong(), 1LL, 100'000'000LL);
    options.quiet = parser.isSet(quietOption);

    Traffic traffic(options);
    QTimer::singleShot(0, &traffic, [&traffic] { traffic.start(); });
    return QCoreApplication::exec();
}
