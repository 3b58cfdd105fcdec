// opsdash against the real thing: a real eventsd on the stack's test database and Redis, PostgreSQL read through
// the monitoring role. Live figures arrive from both sources, opsdash's own SQL is tagged and cheap, actions work
// against eventsd, the connection test names each failure, and --screenshot renders the live Overview.
// (Everything it includes comes through livewindow.h.)

#include "livewindow.h"

using namespace opsdash;
using namespace opsdash::live;

class TestOpsdashLive : public QObject
{
    Q_OBJECT

private:
    testenv::Eventsd m_eventsd;
    std::unique_ptr<testenv::Client> m_client;
    QTemporaryDir m_dir;

    // The selected event's detail equals the database's figures, and a search finds on the server what the list
    // has not loaded: the oldest registration (on the last page) by its e-mail, and every "hana" by name.
    void verifyDetailAndSearch(EventsPage *page, qint64 id)
    {
        QString error;
        QSqlDatabase db = openPgConnection(QStringLiteral("detail-check"), testenv::monitorParams(), &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        auto scalar = [&db](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 total = scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(id));
        const qint64 checkedIn =
            scalar(QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1 AND checked_in").arg(id));
        const qint64 capacity = scalar(QStringLiteral("SELECT max_capacity FROM events WHERE id = %1").arg(id));
        const qint64 paid = scalar(
            QStringLiteral("SELECT count(*) FROM registrations r WHERE r.event_id = %1 AND (SELECT payment_status FROM "
                           "transactions t WHERE t.registration_id = r.id ORDER BY t.created_at DESC LIMIT 1) = 'PAID'")
                .arg(id));
        QString oldestEmail;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT email FROM registrations WHERE event_id = %1 ORDER BY created_at, id "
                                          "LIMIT 1")
                               .arg(id)) &&
                    q.next());
            oldestEmail = q.value(0).toString();
        }
        const qint64 hanas = scalar(
            QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1 AND (strpos(lower(full_name), "
                           "'hana') > 0 OR strpos(lower(email), 'hana') > 0)")
                .arg(id));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("detail-check"));

        EventDetail *detail = child<EventDetail>(page, "eventDetail");
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasSummary() && detail->eventId() == id, 15000);
        QCOMPARE(detail->summary().registrations, total);
        QCOMPARE(detail->summary().checkedIn, checkedIn);
        QCOMPARE(testui::line(detail, "capacityLine")->at(0).y(), double(capacity));
        QCOMPARE(qint64(testui::line(detail, "registeredLine")->points().last().y()),
                 total); // cumulative: it ends at the total
        QCOMPARE(qint64(testui::line(detail, "checkedInLine")->points().last().y()), checkedIn);
        qint64 paidShown = -1;
        for (const EventSummary::Payment &p : detail->summary().payments)
            if (p.status == QLatin1String("PAID"))
                paidShown = p.count;
        QCOMPARE(paidShown, paid);
        QVERIFY2(child<QProgressBar>(detail, "checkInProgress")->text().contains(QLocale().toString(checkedIn)),
                 qPrintable(child<QProgressBar>(detail, "checkInProgress")->text()));

        RegistrationsModel *model = page->registrations();
        QLineEdit *search = child<QLineEdit>(page, "registrationSearch");
        search->setText(oldestEmail);
        Q_EMIT search->returnPressed();
        QCOMPARE(model->query().search, oldestEmail);
        QCOMPARE(scrollToEnd(model), 1);
        QCOMPARE(model->index(0, RegistrationsModel::Email).data().toString(), oldestEmail);
        search->setText(QStringLiteral("HANA"));
        Q_EMIT search->returnPressed();
        QCOMPARE(scrollToEnd(model), hanas);
        search->clear();
        Q_EMIT search->returnPressed();
        QCOMPARE(model->query().search, QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(startLiveBackend(m_eventsd, m_client, &error), qPrintable(error));
    }

    void shouldShowLiveFiguresFromEventsdAndPostgres()
    {
        Session session(liveProfile(m_eventsd.baseUrl()), liveSecrets());
        QSignalSpy first(&session, &Session::firstData);
        session.start();
        QVERIFY(first.wait(10000));
        Dashboard *d = session.dashboard();
        // Traffic while it watches: requests per second must show up as a rate.
        for (int i = 0; i < 40; ++i)
            m_client->get(QStringLiteral("/events?limit=5"));
        QTRY_VERIFY_WITH_TIMEOUT(d->store().latest(Metric::RequestsPerSecond).value_or(0) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d->store().latest(Metric::DbCommitsPerSecond).has_value(), 10000);
        // A slow tick (sanitizer builds) leaves a gap: wait for the next good one rather than read one sample.
        // (heap figures are 0 when eventsd runs under ASan, whose allocator has no mallinfo: RSS is never 0)
        QTRY_VERIFY_WITH_TIMEOUT(d->store().latest(Metric::Rss).value_or(0) > 0, 10000);
        QVERIFY(d->store().latest(Metric::HeapUsed).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(d->store().latest(Metric::PoolTotal).value_or(0) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d->store().latest(Metric::SessionsActive).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d->store().latest(Metric::DbCacheHitRatio).has_value(), 10000);
        QVERIFY(d->endpointsModel()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(d->databaseInfo().has_value(), 10000);
        QVERIFY(d->databaseInfo()->tableCount > 0);
        RowTableModel *instances = d->instancesModel();
        QCOMPARE(instances->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(instances->data(instances->index(0, tables::InstanceStatus)).toString(),
                                  QStringLiteral("up"), 10000);
        QCOMPARE(instances->data(instances->index(0, tables::InstanceDatabase)).toString(), QStringLiteral("up"));
        QCOMPARE(instances->data(instances->index(0, tables::InstanceRedis)).toString(), QStringLiteral("up"));
        QTRY_COMPARE_WITH_TIMEOUT(session.poller()->status(m_eventsd.baseUrl()), Poller::SourceStatus::Ok, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session.poller()->status(Poller::databaseSource()), Poller::SourceStatus::Ok, 10000);
    }

    void shouldTagItsOwnStatementsAndKeepThemCheap()
    {
        // Given opsdash polling the database a few times
        Session session(liveProfile(m_eventsd.baseUrl()), liveSecrets());
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.dashboard()->store().series(Metric::SessionsActive).size() >= 5, 15000);

        // Then pg_stat_statements has its statements, tagged, at a small server time per call
        QString error;
        QSqlDatabase db = openPgConnection(QStringLiteral("live-check"), testenv::monitorParams(), &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        {
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0) "
                                      "FROM pg_stat_statements WHERE query LIKE '/* opsdash */%' "
                                      "AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")));
            QVERIFY(q.next());
            const qint64 calls = q.value(0).toLongLong();
            QVERIFY2(calls >= 5, qPrintable(QString::number(calls)));
            qInfo("opsdash statements: %lld calls, %.3f ms server time per call", static_cast<long long>(calls),
                  q.value(1).toDouble() / double(calls));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("live-check"));
    }

    void shouldRunActionsAgainstEventsd()
    {
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        Session *session = live.session;
        QSignalSpy first(session, &Session::firstData);
        QVERIFY(first.wait(10000));
        window.findChild<ActionPipeline *>()->setAfterWindowMs(500);

        QSignalSpy finished(window.findChild<ActionPipeline *>(), &ActionPipeline::finished);
        for (ActionRequest::Kind kind : {ActionRequest::Kind::ForceGc, ActionRequest::Kind::InvalidateCache}) {
            ActionRequest r;
            r.kind = kind;
            r.instance = m_eventsd.baseUrl();
            r.pattern = QStringLiteral("events:*");
            r.allInstances = true;
            window.requestAction(r);
            ConfirmDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<ConfirmDialog *>()) != nullptr);
            dialog->accept();
            QVERIFY(finished.wait(10000));
            const TableRow *row = session->actions()->model()->rowAt(0);
            QVERIFY2(row->severity == Severity::Normal, qPrintable(row->values[tables::ActionResult].toString()));
            QVERIFY(!row->values[tables::ActionBefore].toString().isEmpty());
            QTRY_VERIFY(window.findChild<ConfirmDialog *>() == nullptr);
        }
        // The invalidation's after-figures come when its window has passed.
        QVERIFY(finished.wait(5000));
        QCOMPARE(session->actions()->model()->rowCount(), 2);
    }

    void shouldWalkAllRegistrationsOfAnEventLazily()
    {
        // Given the Events page of an operator's session
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        QVERIFY(window.showPage(QStringLiteral("events")));
        EventsPage *page = window.eventsPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowModel(page, "events")->rowCount() > 0, 10000);
        QVERIFY(child<QLabel>(page, "eventTotals")->text().contains(u"registrations"));
        // The event with the most registrations
        RowTableModel *events = rowModel(page, "events");
        int best = 0;
        for (int r = 1; r < events->rowCount(); ++r)
            if (events->rowAt(r)->values[tables::EventRegistrations].toLongLong() >
                events->rowAt(best)->values[tables::EventRegistrations].toLongLong())
                best = r;
        const qint64 id = events->rowAt(best)->key.toLongLong();
        const qint64 expected = events->rowAt(best)->values[tables::EventRegistrations].toLongLong();
        QVERIFY(expected > 200); // more than one page
        page->selectEvent(id);
        QCOMPARE(page->selectedEvent(), id);

        // When the list is scrolled to its end (what the view does: fetchMore while canFetchMore)
        RegistrationsModel *model = page->registrations();
        // Then every registration is there once, none missing
        QCOMPARE(scrollToEnd(model), expected);
        // And its detail (from eventsd's summary) and the search (eventsd's q) agree with the database
        verifyDetailAndSearch(page, id);
    }

    void shouldShowEventsFromTheDatabaseAlone()
    {
        // Given a profile with only a database
        Profile dbOnly = liveProfile(m_eventsd.baseUrl());
        dbOnly.backendUrls.clear();
        LiveWindow live(dbOnly);
        MainWindow &window = live.window;
        QVERIFY(window.showPage(QStringLiteral("events")));
        EventsPage *page = window.eventsPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowModel(page, "events")->rowCount() > 0, 10000);

        // Then the statistics equal the database's own aggregates, counted another way
        QString error;
        QSqlDatabase db = openPgConnection(QStringLiteral("events-check"), testenv::monitorParams(), &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QHash<qint64, std::pair<qint64, qint64>> truth; // registrations, checked in
        {
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT e.id, (SELECT count(*) FROM registrations r WHERE r.event_id = e.id), "
                                      "(SELECT count(*) FILTER (WHERE checked_in) FROM registrations r WHERE "
                                      "r.event_id = e.id) FROM events e WHERE e.is_active")));
            while (q.next())
                truth.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("events-check"));
        RowTableModel *events = rowModel(page, "events");
        QCOMPARE(qsizetype(events->rowCount()), truth.size());
        qint64 biggest = 0, biggestCount = -1;
        for (int r = 0; r < events->rowCount(); ++r) {
            const TableRow *row = events->rowAt(r);
            const qint64 id = row->key.toLongLong();
            QVERIFY(truth.contains(id));
            QCOMPARE(row->values[tables::EventRegistrations].toLongLong(), truth[id].first);
            QCOMPARE(row->values[tables::EventCheckedIn].toLongLong(), truth[id].second);
            QVERIFY(!row->values[tables::EventVenue].toString().isEmpty());
            if (truth[id].first > biggestCount) {
                biggestCount = truth[id].first;
                biggest = id;
            }
        }

        // And the largest event's registrations walk through keyset pages from the database: none missing, none twice
        page->selectEvent(biggest);
        RegistrationsModel *model = page->registrations();
        QCOMPARE(scrollToEnd(model), biggestCount);
        // And its detail and the search come from the database as well
        verifyDetailAndSearch(page, biggest);
    }

    void shouldShowABlockedSessionAndCancelItAsTheMaintenanceRole()
    {
        // Given an operator's window with a database, and a session of the application blocked by another
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        BlockedSession blocked;
        QFuture<void> &waiter = blocked.waiter;

        // Then the Database page links to the Sessions page, which shows the wait as critical rows, the tree the
        // chain, and offers no cancel to a monitoring role
        QVERIFY(window.showPage(QStringLiteral("database")));
        // (pgbouncer's pools are read with the database, and charted on this page)
        QTRY_VERIFY_WITH_TIMEOUT(live.session->dashboard()->bouncer().has_value(), 10000);
        QVERIFY(live.session->dashboard()->store().latest(Metric::BouncerServersIdle).has_value());
        QCOMPARE(window.page(QStringLiteral("database"))->charts().size(), 6);
        window.page(QStringLiteral("database"))->findChild<QPushButton *>(QStringLiteral("sessionsLink"))->click();
        QCOMPARE(window.currentPage(), QStringLiteral("sessions"));
        auto *sessions = qobject_cast<SessionsPage *>(window.page(QStringLiteral("sessions")));
        QVERIFY(sessions);
        RowTableModel *sessionRows = rowModel(sessions, "sessions");
        QAbstractItemModelTester sessionTester(sessionRows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(sessions, "blockingTree")->topLevelItemCount() > 0, 10000);
        QTreeWidgetItem *root = child<QTreeWidget>(sessions, "blockingTree")->topLevelItem(0);
        QVERIFY(root->childCount() >= 1);
        const int waiterRow = rowContaining(sessionRows, tables::SessionQuery, u"live_internals_waiter");
        QVERIFY(waiterRow >= 0);
        QCOMPARE(sessionRows->rowAt(waiterRow)->severity, Severity::Critical);
        sessions->selectSession(sessionRows->rowAt(waiterRow)->key.toInt());
        shot(&window, "sessions-blocked");
        // The monitoring role may not signal the application's sessions; the profile's maintenance role (their owner)
        // may, and the page offers it as such: cancel the waiter through the confirmation
        auto *cancel = child<QPushButton>(sessions, "cancelBackendButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY2(cancel->toolTip().contains(u"maintenance role"), qPrintable(cancel->toolTip()));
        cancel->click();
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = window.findChild<ConfirmDialog *>()) != nullptr, 5000);
        child<QPushButton>(confirm, "runButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(waiter.isFinished(), 10000); // its statement was cancelled
        // The log entry follows the server's answer, which may come after the waiter saw its statement cancelled
        RowTableModel *actions = live.session->actions()->model();
        QString results;
        const auto logged = [&] {
            results.clear();
            for (int r = 0; r < actions->rowCount(); ++r) {
                const auto &values = actions->rowAt(r)->values;
                results +=
                    values[tables::ActionName].toString() + u": " + values[tables::ActionResult].toString() + u"; ";
                if (values[tables::ActionName].toString() == u"Cancel query" &&
                    values[tables::ActionResult].toString() == u"done")
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged(), 10000);
        QVERIFY2(logged(), qPrintable(results));
    }

    void shouldListExplainAndAdviseTheApplicationsStatements()
    {
        // Given an operator's window with a database
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        PgConnectionParams app = testenv::monitorParams();
        app.user = testenv::value("OPSDASH_PG_APP_USER");
        app.password = testenv::value("OPSDASH_PG_APP_PASSWORD");
        app.readOnly = false;
        QString error;
        QSqlDatabase holder = openPgConnection(QStringLiteral("internals-probe"), app, &error);
        QVERIFY2(holder.isOpen(), qPrintable(error));
        auto release = qScopeGuard([&] {
            holder.close();
            holder = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("internals-probe"));
        });

        // Then the Queries page lists the application's statements, not opsdash's own, which it counts apart
        QVERIFY(window.showPage(QStringLiteral("queries")));
        auto *queries = qobject_cast<QueriesPage *>(window.page(QStringLiteral("queries")));
        QVERIFY(queries);
        RowTableModel *statementRows = rowModel(queries, "statements");
        QAbstractItemModelTester queryTester(statementRows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(statementRows->rowCount() > 0, 15000);
        for (int r = 0; r < statementRows->rowCount(); ++r) {
            const QString text = statementRows->rowAt(r)->values[tables::StatementQuery].toString();
            QVERIFY2(!text.contains(u"/* opsdash */"), qPrintable(text));
            // The driver's connection set-up as the monitoring role is opsdash's too (other roles' is theirs)
            if (statementRows->rowAt(r)->values[tables::StatementUser].toString() ==
                testenv::value("OPSDASH_PG_MONITOR_USER"))
                QVERIFY2(!text.startsWith(u"SET DATESTYLE") && !text.startsWith(u"SET CLIENT_ENCODING"),
                         qPrintable(text));
        }
        QVERIFY2(child<QLabel>(queries, "ownCost")->text().contains(u"calls"),
                 qPrintable(child<QLabel>(queries, "ownCost")->text()));
        // A statement of the application's, found in the table, explained and given index advice
        {
            QSqlQuery probe(holder);
            for (int i = 0; i < 3; ++i)
                QVERIFY(probe.exec(QStringLiteral("SELECT count(*) AS live_explain_probe FROM registrations WHERE "
                                                  "full_name = 'Nobody %1'")
                                       .arg(i)));
        }
        QCoro::waitFor(window.findChild<InternalsController *>()->pollStatements());
        queries->refresh();
        const int probeRow = rowContaining(statementRows, tables::StatementQuery, u"live_explain_probe");
        const QString probeKey = probeRow < 0 ? QString() : statementRows->rowAt(probeRow)->key;
        QVERIFY2(!probeKey.isEmpty(), "the probe statement is not in the table");
        queries->selectStatement(probeKey);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(queries, "explainButton")->isEnabled(), 5000);
        QVERIFY(child<QPlainTextEdit>(queries, "statementSql")->toPlainText().contains(u"full_name = $1"));
        QCOMPARE(queries->findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^parameter\\d+$"))).size(), 1);
        queries->findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^parameter\\d+$")))
            .first()
            ->setText(QStringLiteral("Anna Smith"));
        child<QPushButton>(queries, "explainButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(queries, "planTree")->topLevelItemCount() == 1, 5000);
        QVERIFY(child<QTreeWidget>(queries, "planTree")->topLevelItem(0)->text(0).contains(u"Aggregate"));
        shot(&window, "queries-plan");
        // EXPLAIN ANALYZE runs the statement: the application confirms it first and records it in the actions log
        child<QPushButton>(queries, "analyzeButton")->click();
        ConfirmDialog *analyze = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((analyze = window.findChild<ConfirmDialog *>()) != nullptr, 5000);
        QVERIFY(child<QLabel>(analyze, "confirmDescription")->text().contains(u"live_explain_probe"));
        child<QPushButton>(analyze, "runButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(queries, "planSummary")->text().contains(u"executed in"), 10000);
        RowTableModel *log = live.session->actions()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowContaining(log, tables::ActionName, u"EXPLAIN ANALYZE") >= 0, 5000);
        const TableRow *analyzed = log->rowAt(rowContaining(log, tables::ActionName, u"EXPLAIN ANALYZE"));
        QVERIFY2(analyzed->values[tables::ActionResult].toString().startsWith(u"executed in"),
                 qPrintable(analyzed->values[tables::ActionResult].toString()));
        QCOMPARE(analyzed->values[tables::ActionParameters].toString(), QStringLiteral("parameter values: 1"));
        child<QPushButton>(queries, "adviseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QTextBrowser>(queries, "adviceView")->toPlainText().contains(u"CREATE INDEX CONCURRENTLY"), 5000);
        // (what "Copy CREATE INDEX" puts on the clipboard is exactly the advised statement)
        child<QPushButton>(queries, "copyAdviceButton")->click();
        QVERIFY2(QGuiApplication::clipboard()->text() ==
                     QStringLiteral("CREATE INDEX CONCURRENTLY ON registrations (full_name);"),
                 qPrintable(child<QTextBrowser>(queries, "adviceView")->toPlainText()));
        shot(&window, "queries-advice");
        // And the top statements by total time get advice in one go, each under its own text
        const int top = std::min(5, statementRows->rowCount());
        QVERIFY(top > 0);
        child<QPushButton>(queries, "adviseTopButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QTextBrowser>(queries, "adviceView")->toPlainText().startsWith(u"Asking"),
                                 15000);
        QVERIFY2(child<QTextBrowser>(queries, "adviceView")->toHtml().count(QStringLiteral("<hr")) == top,
                 qPrintable(child<QTextBrowser>(queries, "adviceView")->toPlainText()));
    }

    void shouldReadTableHealthWhileATableIsLocked()
    {
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        BlockedSession blocked;

        // The Health page reads the tables and their sizes
        QVERIFY(window.showPage(QStringLiteral("health")));
        auto *health = qobject_cast<HealthPage *>(window.page(QStringLiteral("health")));
        QAbstractItemModelTester healthTester(rowModel(health, "tableHealth"),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(rowModel(health, "tableHealth")->rowCount() > 0, 10000);
        // (events is still locked ACCESS EXCLUSIVE by the blocked session: its size is unknown, the rest is read)
        bool registrations = false, events = false;
        for (int r = 0; r < rowModel(health, "tableHealth")->rowCount(); ++r) {
            const TableRow *row = rowModel(health, "tableHealth")->rowAt(r);
            const QString name = row->values[tables::TableName].toString();
            registrations =
                registrations || (name == u"public.registrations" && row->values[tables::TableSize].toLongLong() > 0);
            events = events || (name == u"public.events" && !row->values[tables::TableSize].isValid());
        }
        QVERIFY(registrations);
        QVERIFY(events);
    }

    void shouldVacuumATableFromTheHealthPage()
    {
        // Given the Health page of a profile with a maintenance role
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        QVERIFY(window.showPage(QStringLiteral("health")));
        auto *health = qobject_cast<HealthPage *>(window.page(QStringLiteral("health")));
        QTRY_VERIFY_WITH_TIMEOUT(rowModel(health, "tableHealth")->rowCount() > 0, 10000);
        health->selectTable(QStringLiteral("public"), QStringLiteral("registrations"));
        QVERIFY(child<QPushButton>(health, "vacuumButton")->isEnabled());

        // When VACUUM (ANALYZE) is asked for, the confirmation names the lock and the figures, and is accepted
        child<QPushButton>(health, "vacuumButton")->click();
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ConfirmDialog *>()) != nullptr, 10000);
        const QString said = dialog->findChild<QLabel *>(QStringLiteral("confirmDescription")) != nullptr
            ? dialog->findChild<QLabel *>(QStringLiteral("confirmDescription"))->text()
            : QString();
        QVERIFY2(said.contains(u"SHARE UPDATE EXCLUSIVE") && said.contains(u"dead rows"), qPrintable(said));
        shot(dialog, "vacuum-confirm");
        child<QPushButton>(dialog, "runButton")->click();

        // Then it runs, says so, and the actions log has it with the figures before and after
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(health, "maintenanceStatus")->text().contains(u"done in"), 30000);
        RowTableModel *actions = live.session->actions()->model();
        bool logged = false;
        for (int r = 0; r < actions->rowCount(); ++r) {
            const TableRow *row = actions->rowAt(r);
            if (row->values[tables::ActionName].toString() == u"VACUUM (ANALYZE)" &&
                row->values[tables::ActionParameters].toString() == u"public.registrations") {
                logged = true;
                QVERIFY(row->values[tables::ActionBefore].toString().contains(u"dead rows"));
                QVERIFY(row->values[tables::ActionAfter].toString().contains(u"vacuumed"));
                QVERIFY(!row->values[tables::ActionAfter].toString().contains(u"vacuumed never"));
            }
        }
        QVERIFY(logged);
    }

    void shouldSayExactlyWhatFailsInTheConnectionTest()
    {
        const Profile good = liveProfile(m_eventsd.baseUrl());
        const Secrets secrets = liveSecrets();
        QStringList lines = QCoro::waitFor(testConnection(good, secrets));
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u'✔'), qPrintable(joined(lines)));
        QCOMPARE(lines.size(), 2);

        Secrets wrongPassword = secrets;
        wrongPassword.password = QStringLiteral("nope");
        lines = QCoro::waitFor(testConnection(good, wrongPassword));
        QVERIFY2(lines.value(0).contains(u"wrong e-mail or password"), qPrintable(joined(lines)));

        Profile organizer = good;
        organizer.email = QStringLiteral("organizer1@example.com");
        Secrets organizerSecrets = secrets;
        organizerSecrets.password = QStringLiteral("organizer-demo");
        lines = QCoro::waitFor(testConnection(organizer, organizerSecrets));
        QVERIFY2(lines.value(0).contains(u"(403)"), qPrintable(joined(lines)));

        Profile refused = good;
        refused.backendUrls = {QUrl(QStringLiteral("http://127.0.0.1:1"))};
        lines = QCoro::waitFor(testConnection(refused, secrets));
        QVERIFY2(lines.value(0).contains(u"refused"), qPrintable(joined(lines)));

        Profile dns = good;
        dns.backendUrls = {QUrl(QStringLiteral("http://no-such-host.invalid"))};
        lines = QCoro::waitFor(testConnection(dns, secrets));
        QVERIFY2(lines.value(0).contains(u"DNS"), qPrintable(joined(lines)));

        // The application's own role has no pg_monitor: the test says so, with the GRANT to run.
        Profile appRole = good;
        appRole.backendUrls.clear();
        appRole.pgUser = testenv::value("OPSDASH_PG_APP_USER");
        Secrets appSecrets;
        appSecrets.pgPassword = testenv::value("OPSDASH_PG_APP_PASSWORD");
        lines = QCoro::waitFor(testConnection(appRole, appSecrets));
        QVERIFY2(joined(lines).contains(QStringLiteral("GRANT pg_monitor TO %1;").arg(appRole.pgUser)),
                 qPrintable(joined(lines)));

        Secrets badPg = secrets;
        badPg.pgPassword = QStringLiteral("wrong");
        Profile dbOnly = good;
        dbOnly.backendUrls.clear();
        lines = QCoro::waitFor(testConnection(dbOnly, badPg));
        QVERIFY2(lines.value(0).startsWith(u'✘') && lines.value(0).contains(u"password"), qPrintable(joined(lines)));
    }

    void shouldRenderTheLiveOverview()
    {
        const QByteArray token =
            m_client->login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        QVERIFY(!token.isEmpty());
        const QString conninfo =
            QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                .arg(testenv::value("OPSDASH_PG_HOST"), testenv::value("OPSDASH_PG_PORT"),
                     testenv::value("OPSDASH_PG_TEST_DATABASE"), testenv::value("OPSDASH_PG_MONITOR_USER"));
        const QString file = m_dir.filePath(QStringLiteral("overview.png"));
        QProcess opsdash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        env.insert(QStringLiteral("OPSDASH_TOKEN"), QString::fromLatin1(token)); // not on the command line
        env.insert(QStringLiteral("PGPASSWORD"), testenv::value("OPSDASH_PG_MONITOR_PASSWORD"));
        opsdash.setProcessEnvironment(env);
        opsdash.start(QStringLiteral(OPSDASH_BINARY_DIR "/app/opsdash"),
                      {QStringLiteral("--backend"), m_eventsd.baseUrl(), QStringLiteral("--database"), conninfo,
                       QStringLiteral("--screenshot"), file});
        QVERIFY(opsdash.waitForFinished(60000));
        const QByteArray log = opsdash.readAllStandardError();
        QVERIFY2(opsdash.exitStatus() == QProcess::NormalExit && opsdash.exitCode() == 0, log.constData());
        QVERIFY2(log.contains("first data after"), log.constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }
};

QTEST_MAIN(TestOpsdashLive)
#include "tst_opsdash_live.moc"
