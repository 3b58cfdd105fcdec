// The PostgreSQL access layer both programs share (datasources/pg), against the stack's real PostgreSQL: opsdash's
// connection settings reach the server through libpq, errors keep their SQLSTATE, a transaction rolls back unless
// committed, a COPY that its reader stops is cancelled and leaves the connection usable, a statement is cancelled
// from another thread, and libpq's own parser judges connection strings.

#include "pg.h"
#include "pgparams.h"
#include "stackenv.h"

#include <QTest>

#include <thread>

using opsdash::PgConnectionParams;

class TestPg : public QObject
{
    Q_OBJECT

private:
    static PgConnectionParams monitor()
    {
        PgConnectionParams params = testenv::monitorParams();
        params.applicationName = QStringLiteral("opsdash-pg-test");
        params.statementTimeoutMs = 20000;
        return params;
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_STACK(); }

    void shouldCarryOpsdashSessionSettingsThroughLibpq()
    {
        // Given opsdash's monitoring parameters as libpq keywords
        pg::Connection c(opsdash::libpqParams(monitor()));
        // Then the server runs the session under them from the first statement
        QCOMPARE(c.exec("SHOW statement_timeout").text(0, 0), QStringLiteral("20s"));
        QCOMPARE(c.exec("SHOW default_transaction_read_only").text(0, 0), QStringLiteral("on"));
        QCOMPARE(c.exec("SHOW application_name").text(0, 0), QStringLiteral("opsdash-pg-test"));
        QCOMPARE(c.exec("SELECT $1::int + $2::int", pg::Params() << 40 << 2).int64(0, 0), 42);
        QVERIFY(c.backendPid() > 0);
    }

    void shouldKeepTheServersSqlStateAndStayUsable()
    {
        pg::Connection c(opsdash::libpqParams(monitor()));
        try {
            c.exec("SELECT 1 / 0");
            QFAIL("division by zero did not throw");
        } catch (const pg::Error &e) {
            QCOMPARE(e.sqlState(), QByteArray("22012"));
            QVERIFY(!e.isConnectionError());
        }
        QCOMPARE(c.exec("SELECT 7").int64(0, 0), 7);
    }

    void shouldRollBackATransactionThatWasNotCommitted()
    {
        // (a session setting changed inside a transaction is transactional, and allowed in read-only ones)
        pg::Connection c(opsdash::libpqParams(monitor()));
        {
            pg::Transaction tx(c);
            c.exec("SET application_name = 'inside'");
        }
        QCOMPARE(c.exec("SHOW application_name").text(0, 0), QStringLiteral("opsdash-pg-test"));
        {
            pg::Transaction tx(c);
            c.exec("SET application_name = 'inside'");
            tx.commit();
        }
        QCOMPARE(c.exec("SHOW application_name").text(0, 0), QStringLiteral("inside"));
    }

    void shouldRunSeveralStatementsThroughTheSimpleProtocol()
    {
        pg::Connection c(opsdash::libpqParams(monitor()));
        QCOMPARE(c.execSimple("SELECT 1; SELECT 2").int64(0, 0), 2);
    }

    void shouldStopACopyItsReaderNoLongerWantsAndStayUsable()
    {
        // Given a COPY of a million rows
        pg::Connection c(opsdash::libpqParams(monitor()));
        QByteArray received;
        // When the reader stops after ten
        const pg::CopyOutcome outcome =
            c.copyOut("COPY (SELECT g FROM generate_series(1, 1000000) g) TO STDOUT", [&](const char *data, int n) {
                received.append(data, n);
                return !received.endsWith("10\n");
            });
        // Then it got exactly those, the server cancelled the rest, and the connection answers the next statement
        QVERIFY(outcome.stopped);
        QCOMPARE(outcome.rows, 10);
        QCOMPARE(received.count('\n'), 10);
        QCOMPARE(c.exec("SELECT 'idle'").text(0, 0), QStringLiteral("idle"));
        // And a COPY read to its end counts every row
        const pg::CopyOutcome whole = c.copyOut("COPY (SELECT g FROM generate_series(1, 1000) g) TO STDOUT",
                                                [](const char *, int) { return true; });
        QVERIFY(!whole.stopped);
        QCOMPARE(whole.rows, 1000);
    }

    void shouldCancelAStatementFromAnotherThread()
    {
        // Given a statement that would run for a minute on another thread
        pg::Connection c(opsdash::libpqParams(monitor()));
        c.ensureConnected();
        std::atomic<bool> done{false};
        QByteArray state;
        std::thread running([&] {
            try {
                c.exec("SELECT pg_sleep(60)");
            } catch (const pg::Error &e) {
                state = e.sqlState();
            }
            done = true;
        });
        // When it is cancelled (until it has started, a cancel finds nothing to cancel)
        QTRY_VERIFY_WITH_TIMEOUT((c.cancel(), done.load()), 20000);
        running.join();
        // Then the server ended it as cancelled by the user
        QCOMPARE(state, QByteArray("57014"));
    }

    void shouldJudgeConnectionStringsWithLibpqsOwnParser()
    {
        QString error;
        QVERIFY(!pg::parseConnInfo("host=db port", &error));
        QVERIFY2(error.contains(u"port"), qPrintable(error));
        const auto uri = pg::parseConnInfo("postgresql://ops@db.example:6432/events?sslmode=verify-full", &error);
        QVERIFY(uri);
        const std::vector<std::pair<QByteArray, QByteArray>> expected = {{"host", "db.example"},
                                                                         {"port", "6432"},
                                                                         {"dbname", "events"},
                                                                         {"user", "ops"},
                                                                         {"sslmode", "verify-full"}};
        for (const auto &pair : expected)
            QVERIFY2(std::find(uri->begin(), uri->end(), pair) != uri->end(), pair.first.constData());
    }

    void shouldSayWhyItCannotConnect()
    {
        PgConnectionParams nowhere = monitor();
        nowhere.port = 1;
        pg::Connection c(opsdash::libpqParams(nowhere));
        try {
            c.ensureConnected();
            QFAIL("connected to port 1");
        } catch (const pg::Error &e) {
            QVERIFY(e.isConnectionError());
            QVERIFY2(e.message().contains(u"refused") || e.message().contains(u"connect"), e.what());
        }
        QVERIFY(!c.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestPg)
#include "tst_pg.moc"
