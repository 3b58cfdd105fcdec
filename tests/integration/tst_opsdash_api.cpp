// opsdash's API page against the real eventsd and PostgreSQL: choosing an endpoint shows where its time goes (the
// shares and its statements, as eventsd accounted them), and a statement opens its row on the Queries page
// (pg_stat_statements' text of the same statement).

#include "apipage.h"
#include "livewindow.h"
#include "sqlmatch.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace opsdash;
using namespace opsdash::live;

class TestOpsdashApi : public QObject
{
    Q_OBJECT

private:
    testenv::Eventsd m_eventsd;
    std::unique_ptr<testenv::Client> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(startLiveBackend(m_eventsd, m_client, &error), qPrintable(error));
    }

    void shouldShowWhereAnEndpointsTimeGoesAndOpenItsStatement()
    {
        // Given summaries asked for while an operator's window watches
        const QByteArray token =
            m_client->login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        LiveWindow live(liveProfile(m_eventsd.baseUrl()));
        MainWindow &window = live.window;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/events/1/summary"), token).status, 200);

        // When the summary's row is chosen on the API page
        QVERIFY(window.showPage(QStringLiteral("api")));
        auto *page = qobject_cast<ApiPage *>(window.page(QStringLiteral("api")));
        QVERIFY(page);
        const QString route = QStringLiteral("GET /events/:id/summary");
        QTableView *endpoints = nullptr;
        for (QTableView *view : page->findChildren<QTableView *>())
            if (view->model()->columnCount() == tables::EndpointColumnCount)
                endpoints = view;
        QVERIFY(endpoints);
        const auto rowOf = [endpoints, &route] {
            for (int r = 0; r < endpoints->model()->rowCount(); ++r)
                if (endpoints->model()->index(r, tables::EndpointRoute).data(RowTableModel::SortRole) == route)
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 15000);
        endpoints->selectRow(rowOf());

        // Then the page shows its shares and its four statements, each once per request
        RowTableModel *statements = rowModel(page, "breakdown");
        QAbstractItemModelTester tester(statements, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(statements->rowCount(), 4, 10000);
        const QString shares = child<QLabel>(page, "breakdownShares")->text();
        QVERIFY2(shares.contains(u"database") && shares.contains(u"handler"), qPrintable(shares));
        int days = -1;
        for (int r = 0; r < statements->rowCount(); ++r) {
            QCOMPARE(statements->rowAt(r)->values[tables::BreakdownCalls].toDouble(), 1.0);
            if (statements->rowAt(r)->key.contains(u"to_char(day"))
                days = r;
        }
        QVERIFY(days >= 0);

        // and the days statement opens its own row on the Queries page
        auto *queries = qobject_cast<QueriesPage *>(window.page(QStringLiteral("queries")));
        QVERIFY(queries);
        RowTableModel *queryRows = rowModel(queries, "statements");
        QTRY_VERIFY_WITH_TIMEOUT((queries->refresh(), queryRows->rowCount() > 0), 20000);
        QTableView *breakdownView = nullptr;
        for (QTableView *view : page->findChildren<QTableView *>())
            if (view->model()->columnCount() == tables::BreakdownColumnCount)
                breakdownView = view;
        QVERIFY(breakdownView);
        const QString wanted = statements->rowAt(days)->key;
        for (int r = 0; r < breakdownView->model()->rowCount(); ++r)
            if (breakdownView->model()->index(r, tables::BreakdownStatement).data(RowTableModel::KeyRole) == wanted)
                breakdownView->selectRow(r);
        auto *open = child<QPushButton>(page, "openStatement");
        QVERIFY(open->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT((open->click(), window.currentPage() == QStringLiteral("queries")), 20000);
        QTableView *queryView = nullptr;
        for (QTableView *view : queries->findChildren<QTableView *>())
            if (view->selectionModel() && view->selectionModel()->hasSelection())
                queryView = view;
        QVERIFY(queryView);
        const QString shown = queryView->selectionModel()
                                  ->selectedRows(tables::StatementQuery)
                                  .first()
                                  .data(RowTableModel::SortRole)
                                  .toString();
        QCOMPARE(sql::matchKey(shown), sql::matchKey(wanted));
    }
};

QTEST_MAIN(TestOpsdashApi)
#include "tst_opsdash_api.moc"
