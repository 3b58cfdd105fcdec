// Judgements on PostgreSQL's internals: blocking chains (and a deadlock cycle), unused and duplicate indexes,
// tables that want an index.

#include "pginternals.h"

#include <QTest>

using namespace opsdash;

namespace {

PgSession session(int pid, QList<int> blockedBy = {})
{
    PgSession s;
    s.pid = pid;
    s.blockedBy = std::move(blockedBy);
    return s;
}

PgIndexHealth index(qint64 oid, const char *name, const char *columns, bool unique = false, qint64 scans = 0)
{
    PgIndexHealth i;
    i.indexRelid = oid;
    i.tableRelid = 1;
    i.name = QString::fromLatin1(name);
    i.columns = QString::fromLatin1(columns);
    QStringList opclasses; // the same operator class on every column
    for (qsizetype n = i.columns.count(u' ') + 1; n > 0; --n)
        opclasses.append(QStringLiteral("1978"));
    i.opclasses = opclasses.join(u' ');
    i.method = QStringLiteral("btree");
    i.unique = unique;
    i.scans = scans;
    i.bytes = oid * 1000;
    return i;
}

} // namespace

class TestPgHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildTheBlockingTree()
    {
        // 10 blocks 11 and 12; 12 blocks 13; 20 is in no chain
        const QList<PgSession> sessions{session(13, {12}), session(10), session(11, {10}), session(12, {10}),
                                        session(20)};
        const QList<pghealth::BlockingNode> tree = pghealth::blockingTree(sessions);
        QCOMPARE(tree.size(), 4);
        QCOMPARE(tree[0].pid, 10);
        QCOMPARE(tree[0].depth, 0);
        QCOMPARE(tree[0].blocks, 2);
        QCOMPARE(tree[1].pid, 11);
        QCOMPARE(tree[1].depth, 1);
        QCOMPARE(tree[2].pid, 12);
        QCOMPARE(tree[3].pid, 13);
        QCOMPARE(tree[3].depth, 2);
        QVERIFY(pghealth::blockingTree({session(1), session(2)}).isEmpty());
    }

    void shouldShowADeadlockCycleOnce()
    {
        const QList<pghealth::BlockingNode> tree = pghealth::blockingTree({session(5, {6}), session(6, {5})});
        QCOMPARE(tree.size(), 2);
        QCOMPARE(tree[0].pid, 5);
        QCOMPARE(tree[1].pid, 6);
        QCOMPARE(tree[1].depth, 1);
    }

    void shouldFindUnusedAndDuplicateIndexes()
    {
        PgIndexHealth pkey = index(1, "t_pkey", "1", true);
        pkey.primary = true;
        pkey.constraint = true;
        const QList<PgIndexHealth> indexes{pkey, index(2, "t_a", "2", false, 5), index(3, "t_a_again", "2"),
                                           index(4, "t_a_b", "2 3", false, 9), index(5, "t_unused", "3")};
        QStringList unused;
        for (const PgIndexHealth &i : pghealth::unusedIndexes(indexes))
            unused.append(i.name);
        QCOMPARE(unused, (QStringList{QStringLiteral("t_unused"), QStringLiteral("t_a_again")})); // largest first

        QStringList pairs;
        for (const pghealth::DuplicateIndex &d : pghealth::duplicateIndexes(indexes))
            pairs.append(d.redundant.name + (d.exact ? u'=' : u'<') + d.kept.name);
        pairs.sort();
        QCOMPARE(pairs, (QStringList{QStringLiteral("t_a<t_a_b"), QStringLiteral("t_a_again=t_a")}));
    }

    void shouldFlagTablesThatWantAnIndex()
    {
        PgTableHealth scanned;
        scanned.name = QStringLiteral("scanned");
        scanned.seqScans = 200;
        scanned.seqTuplesRead = 200 * 50000;
        scanned.indexScans = 3;
        PgTableHealth small = scanned;
        small.name = QStringLiteral("small");
        small.seqTuplesRead = 200 * 20; // sequential scans of a small table are fine
        PgTableHealth indexed = scanned;
        indexed.name = QStringLiteral("indexed");
        indexed.indexScans = 100000;
        const QList<PgTableHealth> flagged = pghealth::indexCandidates({scanned, small, indexed});
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(flagged[0].name, QStringLiteral("scanned"));
        QVERIFY(!flagged[0].deadRatio().has_value());
    }
};

QTEST_GUILESS_MAIN(TestPgHealth)
#include "tst_pghealth.moc"
