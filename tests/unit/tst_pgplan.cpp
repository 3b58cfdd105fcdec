// Plans read from EXPLAIN (FORMAT JSON) as an indented tree with the expensive nodes marked, and index proposals
// read off statements as pg_stat_statements records them.

#include "fixtures.h"
#include "pgplan.h"

#include <QTest>

using namespace opsdash;

class TestPgPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadAPlanAndMarkItsExpensiveNodes()
    {
        QString error;
        const auto plan = parsePlanJson(testenv::fixture("pg/plan-join.json"), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->totalCost(), 1200.0);
        QCOMPARE(*plan->executionMs, 9.1);
        QVERIFY(plan->seqScanOn(QStringLiteral("registrations")));
        QVERIFY(!plan->seqScanOn(QStringLiteral("events")));
        QVERIFY(plan->usesIndex(QStringLiteral("status_date")));

        const QList<PlanLine> lines = planLines(*plan);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].depth, 0);
        QCOMPARE(lines[0].text, QStringLiteral("Hash Join"));
        QCOMPARE(lines[0].details, QStringLiteral("Hash Cond: (r.event_id = e.id)"));
        QCOMPARE(lines[0].selfCost, 1200.0 - 1050.0 - 12.0);
        QCOMPARE(lines[1].text, QStringLiteral("Seq Scan on registrations r"));
        QCOMPARE(lines[1].depth, 1);
        QCOMPARE(lines[1].severity, Severity::Critical); // 87.5 % of the cost
        QCOMPARE(*lines[1].actualRows, 12.0);
        QCOMPARE(lines[3].text, QStringLiteral("Index Scan using idx_events_status_date on events e"));
        QCOMPARE(lines[3].depth, 2);
        QCOMPARE(lines[3].severity, Severity::Normal);
        QCOMPARE(lines[0].severity, Severity::Normal); // its own 11.5 %
    }

    void shouldRefuseWhatIsNotAPlan()
    {
        QString error;
        QVERIFY(!parsePlanJson("[]", &error));
        QVERIFY(error.contains(u"Plan"));
        QVERIFY(!parsePlanJson("nonsense", &error));
    }

    void shouldProposeIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("proposals");
        QTest::newRow("equality then range")
            << QStringLiteral("SELECT r.id FROM registrations r WHERE r.email = $1 AND r.created_at > $2 ORDER BY "
                              "r.created_at")
            << QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY ON registrations (email, created_at);")};
        QTest::newRow("filters before join columns")
            << QStringLiteral("SELECT e.name, count(*) FROM events e JOIN registrations r ON r.event_id = e.id "
                              "WHERE e.status = $1 GROUP BY e.name")
            << QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY ON events (status, id);"),
                           QStringLiteral("CREATE INDEX CONCURRENTLY ON registrations (event_id);")};
        QTest::newRow("order by when nothing filters")
            << QStringLiteral("SELECT id FROM transactions ORDER BY created_at DESC, id DESC LIMIT $1")
            << QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY ON transactions (created_at, id);")};
        QTest::newRow("update: the SET list does not filter")
            << QStringLiteral("UPDATE events SET registration_count = registration_count + $1 WHERE id = $2")
            << QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY ON events (id);")};
        QTest::newRow("not equal is not indexable")
            << QStringLiteral("SELECT * FROM users WHERE role <> $1") << QStringList{};
        QTest::newRow("insert") << QStringLiteral("INSERT INTO users (email, role) VALUES ($1, $2)") << QStringList{};
        QTest::newRow("quoted and qualified")
            << QStringLiteral("SELECT * FROM public.\"events\" AS ev WHERE ev.\"venue\" LIKE $1")
            << QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY ON public.events (venue);")};
    }

    void shouldProposeIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, proposals);
        QStringList got;
        for (const IndexProposal &p : proposeIndexes(sql))
            got.append(p.createStatement);
        QCOMPARE(got, proposals);
        QCOMPARE(placeholderCount(sql), int(sql.count(u'$')));
    }
};

QTEST_GUILESS_MAIN(TestPgPlan)
#include "tst_pgplan.moc"
