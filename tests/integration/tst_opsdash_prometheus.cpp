// opsdash with the stack's Prometheus. History: an eventsd under steady traffic is watched by a window that
// polls it directly while Prometheus scrapes it; the requests per second opsdash reads back from Prometheus for
// the same stretch equal the direct poll's within 5 %; and a window opened afterwards shows it at once (its charts
// reach back before its first poll), where without Prometheus they start empty. Fleet: the fleet page lists
// every instance Prometheus scrapes, and marks one that stopped down. Alerts: a maintenance action run with the
// offered database silence creates it in Alertmanager and expires it when done, both in the actions log; the
// alerts page shows it, creates a silence from matchers and expires it — each through the confirmation.

#include "actionspage.h"
#include "alertspage.h"
#include "confirmdialog.h"
#include "eventsdfixture.h"
#include "fleetpage.h"
#include "mainwindow.h"
#include "prometheusapi.h"
#include "session.h"
#include "sessionwindow.h"
#include "settings.h"
#include "silencedialog.h"
#include "tables.h"
#include "widgets.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace opsdash;

class TestOpsdashPrometheus : public EventsdFixture
{
    Q_OBJECT

private:
    QString m_target;
    QString m_instance;
    qint64 m_trafficFromMs = 0;
    qint64 m_trafficToMs = 0;
    std::optional<double> m_polledMean;

    static bool write(const QString &file, const QByteArray &content)
    {
        QSaveFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.commit();
    }

    Profile profile(bool withPrometheus) const
    {
        Profile p;
        p.name = QStringLiteral("history test");
        p.backendUrls = {QUrl(m_eventsd.baseUrl())};
        p.auth = Profile::Auth::Token;
        p.refreshMs = 1000;
        if (withPrometheus) {
            p.prometheusUrl = QUrl(testenv::value("OPSDASH_PROMETHEUS_URL"));
            p.alertmanagerUrl = QUrl(testenv::value("OPSDASH_ALERTMANAGER_URL"));
        }
        return p;
    }
    Secrets secrets() const
    {
        Secrets s;
        s.token = m_operator;
        return s;
    }
    static ChartWidget *requestsChart(const QWidget *window)
    {
        // The overview's (the API page has one of the same title)
        const QWidget *overview = window->findChild<QWidget *>(QStringLiteral("overview"));
        for (ChartWidget *chart : overview ? overview->findChildren<ChartWidget *>() : QList<ChartWidget *>{})
            if (chart->title() == u"Requests per second")
                return chart;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startOrFail();
        if (QTest::currentTestFailed())
            return;
        const QString dir = testenv::value("OPSDASH_PROMETHEUS_DIR");
        QVERIFY2(!dir.isEmpty(), "scripts/stack env exports no Prometheus");
        QVERIFY(write(dir + QStringLiteral("/secrets/eventsd-token"), m_operator + '\n'));
        m_instance = QStringLiteral("127.0.0.1:%1").arg(m_eventsd.port());
        m_target = dir + QStringLiteral("/targets/eventsd-history.json");
        QVERIFY(write(m_target, QStringLiteral(R"([{"targets": ["%1"]}])").arg(m_instance).toUtf8()));
        testenv::PrometheusApi prometheus;
        QTRY_COMPARE_WITH_TIMEOUT(
            prometheus.instant(QStringLiteral(R"(up{job="eventsd",instance="%1"})").arg(m_instance)), 1.0, 30000);
    }

    void shouldReadFromPrometheusWhatTheWindowPolled()
    {
        // Given 10 reads a second for 100 s, watched by a window that polls eventsd every second
        auto *direct = new Session(profile(false), secrets());
        direct->start();
        QTimer traffic;
        const QUrl read(m_eventsd.baseUrl() + QStringLiteral("/events/1"));
        connect(&traffic, &QTimer::timeout, this, [&] {
            QNetworkReply *reply = m_client->nam().get(QNetworkRequest(read));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        traffic.start(100);
        QTest::qWait(100000);
        traffic.stop();
        const qint64 end = QDateTime::currentMSecsSinceEpoch();
        // The last 30 s of it: Prometheus's rates are over a minute (history's rate window), all inside the traffic.
        m_trafficFromMs = end - 32000;
        m_trafficToMs = end - 2000;
        m_polledMean = direct->dashboard()->store().mean(Metric::RequestsPerSecond, m_trafficFromMs, m_trafficToMs);
        delete direct;
        QVERIFY(m_polledMean && *m_polledMean > 8);

        // When opsdash reads the same stretch back from Prometheus (after its last scrape of it)
        QTest::qWait(6000);
        HttpApi::Options options;
        options.baseUrl = QUrl(testenv::value("OPSDASH_PROMETHEUS_URL"));
        PrometheusClient client(options);
        promql::Scope scope;
        scope.instance = m_instance;
        MetricStore store(10000);
        PrometheusHistory history(&client, scope, &store, 1000);
        QVERIFY2(QCoro::waitFor(history.fillLive(m_trafficFromMs - 60000, QDateTime::currentMSecsSinceEpoch())),
                 qPrintable(history.lastError()));
        const auto fromPrometheus = store.mean(Metric::RequestsPerSecond, m_trafficFromMs, m_trafficToMs);

        // Then both say the same within 5 %
        QVERIFY(fromPrometheus);
        qInfo("requests/s over the same 30 s: polled %.2f, from Prometheus %.2f", *m_polledMean, *fromPrometheus);
        QVERIFY2(std::abs(*fromPrometheus - *m_polledMean) <= 0.05 * *m_polledMean,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*fromPrometheus).arg(*m_polledMean)));
        // And Prometheus's memory and pool figures came along
        QVERIFY(store.series(Metric::Rss).size() > 0);
        QVERIFY(store.series(Metric::PoolTotal).size() > 0);

        // And read as a comparison with 5 s earlier (a day or a week on the toolbar) the same stretch lies 5 s on,
        // with the same figures
        QVERIFY2(QCoro::waitFor(history.loadCompare(5, 5, 1100)), qPrintable(history.lastError()));
        const auto compared =
            history.compareStore()->mean(Metric::RequestsPerSecond, m_trafficFromMs + 5000, m_trafficToMs + 5000);
        QVERIFY(compared);
        QVERIFY2(std::abs(*compared - *m_polledMean) <= 0.05 * *m_polledMean,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*compared).arg(*m_polledMean)));
    }

    void shouldShowTheHistoryInAWindowOpenedLater()
    {
        QVERIFY(m_trafficFromMs > 0);
        // Given a window opened after the traffic, once without Prometheus and once with it
        for (const bool withPrometheus : {false, true}) {
            const qint64 opened = QDateTime::currentMSecsSinceEpoch();
            testui::SessionWindow w(profile(withPrometheus), secrets());
            MainWindow &window = w.window;
            Session *session = w.session;
            window.setRangeMinutes(5);
            ChartWidget *chart = requestsChart(&window);
            QVERIFY(chart);
            if (!withPrometheus) {
                // Then without it the chart knows only what it polls itself
                QTRY_VERIFY_WITH_TIMEOUT(chart->oldestSampleMs().has_value(), 10000);
                QVERIFY(*chart->oldestSampleMs() >= opened - 1000);
                continue;
            }
            // Then with it the chart reaches back over the traffic at once
            QSignalSpy loaded(session->history(), &PrometheusHistory::loaded);
            QVERIFY(loaded.wait(15000));
            QVERIFY2(loaded.first().first().toString().isEmpty(), qPrintable(loaded.first().first().toString()));
            QVERIFY(chart->oldestSampleMs() && *chart->oldestSampleMs() <= m_trafficFromMs);
            const auto mean =
                session->dashboard()->store().mean(Metric::RequestsPerSecond, m_trafficFromMs, m_trafficToMs);
            QVERIFY(mean && std::abs(*mean - *m_polledMean) <= 0.05 * *m_polledMean);
            QTRY_VERIFY_WITH_TIMEOUT(chart->pointsDrawn() > 20, 5000);
            // And the charts can be compared with a day earlier (whatever Prometheus has of it)
            auto *compare = testui::child<QComboBox>(&window, "compareBox");
            QVERIFY(compare->isEnabled());
            compare->setCurrentIndex(compare->findData(86400));
            QVERIFY(testui::line(chart, "compare-0")->name().contains(u"1 day earlier"));
        }
    }

    void shouldListTheFleetAndMarkAStoppedInstanceDown()
    {
        // Given two more instances found by Prometheus beside the test's
        const QString dir = testenv::value("OPSDASH_PROMETHEUS_DIR");
        testenv::Eventsd second, third;
        QString log;
        QVERIFY2(second.start({}, &log), qPrintable(log));
        QVERIFY2(third.start({}, &log), qPrintable(log));
        QStringList instances{m_instance};
        for (const testenv::Eventsd *e : {&second, &third})
            instances << QStringLiteral("127.0.0.1:%1").arg(e->port());
        const QString fleetTargets = dir + QStringLiteral("/targets/eventsd-fleet.json");
        QVERIFY(write(fleetTargets,
                      QStringLiteral(R"([{"targets": ["%1", "%2"]}])").arg(instances[1], instances[2]).toUtf8()));
        const auto removeTargets = qScopeGuard([&] { QFile::remove(fleetTargets); });

        // When the fleet page is open
        testui::SessionWindow w(profile(true), secrets());
        MainWindow &window = w.window;
        window.showPage(PageId::Fleet);
        RowTableModel *fleet = testui::rowModel(&window, "fleetModel");
        QAbstractItemModelTester tester(fleet, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto status = [&](const QString &instance) {
            const int row = testui::rowContaining(fleet, tables::FleetInstanceName, instance);
            return row < 0 ? QString() : fleet->data(fleet->index(row, tables::FleetStatus)).toString();
        };
        // Then it lists all three, up, with their version
        for (const QString &instance : instances)
            QTRY_COMPARE_WITH_TIMEOUT(status(instance), QStringLiteral("up"), 30000);
        const int row = testui::rowContaining(fleet, tables::FleetInstanceName, m_instance);
        QTRY_VERIFY_WITH_TIMEOUT(!fleet->data(fleet->index(row, tables::FleetVersion)).toString().isEmpty(), 15000);
        QVERIFY(fleet->data(fleet->index(row, tables::FleetRequests), Qt::UserRole).isValid() ||
                !fleet->data(fleet->index(row, tables::FleetRequests)).toString().isEmpty());

        // And double-clicking the test's instance narrows the other pages to it; another, not in the profile, does not
        auto *view = testui::child<QTableView>(&window, "fleetView");
        const auto doubleClick = [&](const QString &instance) {
            const QModelIndex source =
                fleet->index(testui::rowContaining(fleet, tables::FleetInstanceName, instance), 0);
            const QModelIndex shown = qobject_cast<QSortFilterProxyModel *>(view->model())->mapFromSource(source);
            Q_EMIT view->doubleClicked(shown); // as a double-click on the row does
        };
        doubleClick(m_instance);
        QCOMPARE(w.session->narrowedTo(), m_eventsd.baseUrl());
        QCOMPARE(w.session->history()->instance(), m_instance); // long ranges and comparisons read it alone
        doubleClick(instances[1]);
        QCOMPARE(w.session->narrowedTo(), m_eventsd.baseUrl());
        QCOMPARE(w.session->history()->instance(), m_instance);
        testui::child<QPushButton>(&window, "fleetAll")->click();
        QCOMPARE(w.session->narrowedTo(), QString());
        QCOMPARE(w.session->history()->instance(), QString());

        // And once one stops, it is marked down while the others stay up
        third.stop();
        QTRY_COMPARE_WITH_TIMEOUT(status(instances[2]), QStringLiteral("down"), 30000);
        QCOMPARE(status(instances[1]), QStringLiteral("up"));
        QCOMPARE(status(m_instance), QStringLiteral("up"));
    }

    void shouldSilenceTheDatabaseDuringMaintenanceAndFromTheAlertsPage()
    {
        testui::SessionWindow w(profile(true), secrets());
        MainWindow &window = w.window;
        Session *session = w.session;
        AlertmanagerClient alertmanager(session->alertmanager()->options());
        const auto silence = [&](const QString &id) -> std::optional<am::Silence> {
            for (const am::Silence &s : QCoro::waitFor(alertmanager.silences()).value.value_or(QList<am::Silence>{}))
                if (s.id == id)
                    return s;
            return std::nullopt;
        };
        const auto confirm = [&]() -> ConfirmDialog * {
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 5000) {
                if (auto *dialog = window.findChild<ConfirmDialog *>(); dialog && dialog->isVisible())
                    return dialog;
                QTest::qWait(20);
            }
            qFatal("no confirmation dialog opened");
            return nullptr;
        };
        RowTableModel *log = session->actions()->model();
        const auto logged = [&](int column) {
            QStringList texts;
            for (int r = 0; r < log->rowCount(); ++r)
                texts << log->data(log->index(r, column)).toString();
            return texts.join(u'\n');
        };

        // Given the database's optimization, confirmed with the offered silence left on
        window.showPage(PageId::Actions);
        QTRY_VERIFY_WITH_TIMEOUT(session->dashboard()->hasBackendData(), 10000);
        auto *optimize = window.findChild<ActionsPage *>()->button(ActionRequest::Kind::OptimizeDatabase);
        optimize->click();
        ConfirmDialog *dialog = confirm();
        QVERIFY(dialog);
        auto *offer = testui::child<QCheckBox>(dialog, "confirmOption");
        QVERIFY(offer->isChecked());
        QVERIFY(offer->text().contains(u"Silence the database's alerts"));
        testui::child<QPushButton>(dialog, "runButton")->click();
        // Then the log names the silence, and says it was expired when the action ended
        static const QRegularExpression silenced(QStringLiteral("database alerts silenced \\(([0-9a-f-]+)\\)"));
        QTRY_VERIFY_WITH_TIMEOUT(logged(tables::ActionResult).contains(u"expired"), 30000);
        const auto match = silenced.match(logged(tables::ActionParameters));
        QVERIFY2(match.hasMatch(), qPrintable(logged(tables::ActionParameters)));
        const auto made = silence(match.captured(1));
        QVERIFY(made);
        QCOMPARE(made->matchers, (QList<am::Matcher>{{QStringLiteral("service"), QStringLiteral("database")}}));
        QCOMPARE(made->state, am::SilenceState::Expired);
        QVERIFY(made->comment.contains(u"Optimize"));

        // And the action is a marker on the overview's charts (the range is 15 min)
        window.showPage(PageId::Overview);
        ChartWidget *overview = requestsChart(&window);
        const auto markers = [&] {
            QStringList names;
            for (const QChartView *view : overview->findChildren<QChartView *>())
                for (const QAbstractSeries *series : view->chart()->series())
                    if (series->objectName() == u"annotation")
                        names << series->property("text").toString();
            return names.join(u'\n');
        };
        QTRY_VERIFY_WITH_TIMEOUT(markers().contains(u"Optimize database on"), 5000);
        // and so is the test instance's start, from process_start_time_seconds in Prometheus
        QVERIFY2(markers().contains(m_instance + QStringLiteral(" started")), qPrintable(markers()));

        // When a silence is made on the alerts page
        window.showPage(PageId::Alerts);
        auto *page = window.findChild<AlertsPage *>();
        QTRY_VERIFY_WITH_TIMEOUT(testui::rowContaining(page->silences(), tables::SilenceId, made->id) >= 0, 10000);
        testui::child<QPushButton>(page, "newSilenceButton")->click();
        SilenceDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = window.findChild<SilenceDialog *>()) != nullptr, 5000);
        auto *ok = testui::child<QPushButton>(ask, "silenceButton");
        testui::child<QLineEdit>(ask, "silenceMatchers")
            ->setText(QStringLiteral("alertname=OpsdashTest, instance=~\"x.*\""));
        QVERIFY(!ok->isEnabled()); // no comment yet
        testui::child<QLineEdit>(ask, "silenceComment")->setText(QStringLiteral("tst_opsdash_prometheus"));
        QVERIFY(ok->isEnabled());
        ok->click();
        testui::child<QPushButton>(confirm(), "runButton")->click();
        // Then Alertmanager has it, active, and the page lists it
        const QRegularExpression created(QStringLiteral("^silence ([0-9a-f-]+)$"), QRegularExpression::MultilineOption);
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(!(id = created.match(logged(tables::ActionResult)).captured(1)).isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(silence(id).value_or(am::Silence{}).state, am::SilenceState::Active, 5000);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = testui::rowContaining(page->silences(), tables::SilenceId, id)) >= 0, 10000);
        // And expiring it from the page ends it
        auto *view = testui::child<QTableView>(page, "silencesView");
        const QModelIndex shown =
            qobject_cast<QSortFilterProxyModel *>(view->model())->mapFromSource(page->silences()->index(row, 0));
        view->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        testui::child<QPushButton>(page, "expireSilenceButton")->click();
        testui::child<QPushButton>(confirm(), "runButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(silence(id).value_or(am::Silence{}).state, am::SilenceState::Expired, 10000);
    }

    void cleanupTestCase()
    {
        if (!m_target.isEmpty())
            QFile::remove(m_target);
        stop();
    }
};

QTEST_MAIN(TestOpsdashPrometheus)
#include "tst_opsdash_prometheus.moc"
