// The lazily loaded registrations list: pages arrive through appendPage(), never twice the same registration,
// never a page of an event no longer shown, and it stops asking when the backend says there is no next page.

#include "backendparser.h"
#include "fixtures.h"
#include "registrationsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace opsdash;

namespace {

CursorPage<RegistrationItem> page(qint64 firstId, int count, bool more)
{
    CursorPage<RegistrationItem> p;
    for (int i = 0; i < count; ++i) {
        RegistrationItem r;
        r.id = firstId + i;
        r.fullName = QStringLiteral("Attendee %1").arg(r.id);
        r.email = QStringLiteral("a%1@example.org").arg(r.id);
        p.items.append(r);
    }
    p.hasNextPage = more;
    p.nextCursor = more ? QStringLiteral("after-%1").arg(firstId + count - 1) : QString();
    return p;
}

} // namespace

class TestRegistrationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldLoadPageByPageWithTheCursor()
    {
        RegistrationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy requests(&model, &RegistrationsModel::fetchRequested);
        QVERIFY(!model.canFetchMore({}));
        model.setEvent(7);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({}); // (the model tester may have asked already, as a view would)
        QVERIFY(requests.count() >= 1);
        for (const QList<QVariant> &request : std::as_const(requests))
            QCOMPARE(request[1].toString(), QString()); // the first page, asked for once at a time
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        const int asked = int(requests.count());
        model.appendPage({7}, page(1, 200, true));
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(requests.count(), asked + 1);
        QCOMPARE(requests.last()[1].toString(), QStringLiteral("after-200"));
        // An overlapping page (a registration came in meanwhile): nothing twice
        model.appendPage({7}, page(150, 100, false));
        QCOMPARE(model.rowCount(), 249);
        QVERIFY(!model.canFetchMore({}));
    }

    void shouldDropPagesOfAnotherEvent()
    {
        RegistrationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(1);
        model.fetchMore({});
        model.setEvent(2); // the user moved on before the answer came
        model.appendPage({1}, page(1, 10, true));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.pageFailed({2}, QStringLiteral("this account may not do that (403)"));
        QCOMPARE(model.error(), QStringLiteral("this account may not do that (403)"));
        QVERIFY(model.canFetchMore({})); // may try again
        model.setEvent(0);
        QVERIFY(!model.canFetchMore({}));
    }

    void shouldSearchOnTheServerAndDropAnswersToAnOldSearch()
    {
        RegistrationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy requests(&model, &RegistrationsModel::fetchRequested);
        model.setEvent(3);
        model.fetchMore({});
        model.appendPage({3}, page(1, 200, true));
        QCOMPARE(model.rowCount(), 200);

        model.setSearch(QStringLiteral("  ada "));
        QCOMPARE(model.rowCount(), 0); // the loaded rows are not a search result: start again from the first page
        QCOMPARE(model.query().search, QStringLiteral("ada"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        const auto asked = requests.last()[0].value<RegistrationsModel::Query>();
        QCOMPARE(asked.eventId, qint64(3));
        QCOMPARE(asked.search, QStringLiteral("ada"));
        QCOMPARE(requests.last()[1].toString(), QString());

        model.setSearch(QStringLiteral("adam")); // typed on before the answer came
        model.appendPage({3, QStringLiteral("ada")}, page(1, 5, false));
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        model.appendPage({3, QStringLiteral("adam")}, page(10, 2, false));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.canFetchMore({}));

        model.setSearch(QStringLiteral("adam ")); // the same search: nothing reloads
        QCOMPARE(model.rowCount(), 2);
        model.setEvent(4); // the search stays when the event changes
        QCOMPARE(model.query().search, QStringLiteral("adam"));
        model.setSearch({});
        QCOMPARE(model.query(), (RegistrationsModel::Query{4, {}}));
    }

    void shouldShowARecordedPage()
    {
        const auto parsed = backend::parseRegistrationsPage(testenv::fixture("eventsd/registrations-page.json"));
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(parsed.value->items.size(), 3);
        QVERIFY(parsed.value->hasNextPage);
        QVERIFY(!parsed.value->nextCursor.isEmpty());
        QVERIFY(parsed.value->items[0].createdAt.isValid());
        RegistrationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(4);
        model.appendPage({4}, *parsed.value);
        QCOMPARE(model.index(0, RegistrationsModel::Payment).data().toString(), QStringLiteral("PAID"));

        const auto stats = backend::parseEventStatistics(testenv::fixture("eventsd/event-statistics.json"));
        QVERIFY2(stats, qPrintable(stats.error));
        QCOMPARE(stats.value->size(), 4);
        QVERIFY(stats.value->first().date.isValid());
        QVERIFY(stats.value->first().capacity > 0);
        const auto events = backend::parseEventsPage(testenv::fixture("eventsd/events-page.json"));
        QVERIFY2(events, qPrintable(events.error));
        QVERIFY(!events.value->items.first().venue.isEmpty());
        QVERIFY(!events.value->items.first().status.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistrationsModel)
#include "tst_registrationsmodel.moc"
