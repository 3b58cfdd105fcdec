// eventsd's statement metrics without a stack: normalization folds placeholders and number literals, the set of
// statements is bounded (the least recently used merge into "other"), and parameters — personal data — are served
// only when asked for.

#include "querymetrics.h"
#include "sqlmatch.h"

#include <QJsonDocument>
#include <QTest>

using eventsd::QueryMetrics;

class TestQueryMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNormalizePlaceholdersAndNumbers_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("placeholders") << QStringLiteral("SELECT * FROM events WHERE id = $1 AND x = $12")
                                      << QStringLiteral("select * from events where id = $? and x = $?");
        QTest::newRow("inlined id")
            << QStringLiteral("COPY (SELECT 1 FROM registrations WHERE event_id = 4711) TO STDOUT")
            << QStringLiteral("copy (select ? from registrations where event_id = ?) to stdout");
        QTest::newRow("identifiers keep digits")
            << QStringLiteral("SELECT t1.a2 FROM t1   LIMIT 10") << QStringLiteral("select t1.a2 from t1 limit ?");
    }

    void shouldNormalizePlaceholdersAndNumbers()
    {
        QFETCH(QString, sql);
        QFETCH(QString, normalized);
        QCOMPARE(QueryMetrics::normalize(sql), normalized);
    }

    void shouldMatchPgStatStatementsText_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("pgStatStatements");
        QTest::newRow("parameters") << QStringLiteral("SELECT * FROM events e WHERE e.id = $1 LIMIT 50")
                                    << QStringLiteral("SELECT * FROM events e WHERE e.id = $1 LIMIT $2");
        QTest::newRow("literals") << QStringLiteral("SELECT to_char(day, 'YYYY-MM-DD'), x FROM t WHERE a = 'it''s'")
                                  << QStringLiteral("SELECT to_char(day, $1), x FROM t WHERE a = $2");
        QTest::newRow("layout") << QStringLiteral("SELECT  a,\n  b FROM t WHERE n > 2.5")
                                << QStringLiteral("select a, b from t where n > $1");
    }

    void shouldMatchPgStatStatementsText()
    {
        QFETCH(QString, sent);
        QFETCH(QString, pgStatStatements);
        // eventsd reports its normalized text; opsdash matches it with pg_stat_statements' by one key
        QCOMPARE(opsdash::sql::matchKey(eventsd::QueryMetrics::normalize(sent)),
                 opsdash::sql::matchKey(pgStatStatements));
        QVERIFY(opsdash::sql::matchKey(sent) != opsdash::sql::matchKey(QStringLiteral("SELECT 1")));
    }

    void shouldBoundStatementsMergingTheLeastRecentlyUsedIntoOther()
    {
        QueryMetrics metrics(QueryMetrics::Options{100, 1000, 10, false});
        metrics.record(QStringLiteral("SELECT a FROM keep"), {}, 1, true);
        for (int i = 0; i < 50; ++i) {
            metrics.record(QStringLiteral("SELECT a FROM keep"), {}, 1, true); // stays recent
            metrics.record(QStringLiteral("SELECT col_%1 FROM t").arg(QChar(u'a' + i % 26)) + QString(i / 26, u'x'), {},
                           2, true);
        }
        const auto all = metrics.aggregates();
        QVERIFY2(all.size() <= 11, qPrintable(QString::number(all.size())));
        QCOMPARE(all.value(QStringLiteral("select a from keep")).count, 51);
        qint64 total = 0;
        for (const auto &a : all)
            total += a.count;
        QCOMPARE(total, 101); // nothing lost: the evicted counts are in "other"
        QVERIFY(all.value(QueryMetrics::otherStatement()).count > 0);
    }

    void shouldServeParametersOnlyWhenAskedFor()
    {
        QueryMetrics redacting(QueryMetrics::Options{0, 1000, 500, false});
        redacting.record(QStringLiteral("SELECT 1 WHERE email = $1"), {QStringLiteral("ada@example.com")}, 5, true);
        const QByteArray redacted = QJsonDocument(redacting.slowQueriesJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(!redacted.contains("ada@example.com"), redacted.constData());
        QVERIFY(redacted.contains(R"("parameters":["?"])"));

        QueryMetrics keeping(QueryMetrics::Options{0, 1000, 500, true});
        keeping.record(QStringLiteral("SELECT 1 WHERE email = $1"), {QStringLiteral("ada@example.com")}, 5, true);
        QVERIFY(QJsonDocument(keeping.slowQueriesJson()).toJson().contains("ada@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestQueryMetrics)
#include "tst_querymetrics.moc"
