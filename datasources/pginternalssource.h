#pragma once

#include "pgconnection.h"
#include "pginternals.h"
#include "pgplan.h"
#include "pgstatements.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <QCoroTask>

namespace opsdash {

/// The database internals pages' source: pg_stat_statements, pg_stat_activity, table and index statistics, and
/// the few things it may do (cancel or terminate a backend, reset statement statistics). One worker thread owns
/// the connection (as in PgMonitor), autocommit (PostgreSQL 15 caches statistics inside a transaction), every
/// statement tagged /* opsdash */. Statement texts are read once per statement, not on every poll: counters come
/// from pg_stat_statements(false), which skips the query-text file.
class PgInternalsSource : public QObject
{
    Q_OBJECT

public:
    explicit PgInternalsSource(PgConnectionParams params, QObject *parent = nullptr);
    ~PgInternalsSource() override;

    struct StatementText
    {
        QString text; ///< cut to textLimit characters
        qint64 length = 0; ///< of the whole text
        bool own = false; ///< tagged /* opsdash */
    };
    struct Statements
    {
        std::optional<PgStatementsSample> sample;
        QString error; ///< the extension is missing, unreadable, or the query failed: what to do about it
    };
    /// One poll of the counters; texts of statements not seen before are fetched in the same job and kept.
    QCoro::Task<Statements> statements();
    /// What is known of a statement's text (empty before its first poll).
    StatementText text(const QString &key) const { return m_texts.value(key); }
    /// The whole text of a statement, however long (for the detail view).
    QCoro::Task<QString> fullText(QString key);

    struct Sessions
    {
        QList<PgSession> sessions;
        QString error;
    };
    /// Client sessions; `maintenanceRole` (optional) is asked about too: may it signal each one?
    QCoro::Task<Sessions> sessions(QString maintenanceRole = {});

    struct Health
    {
        PgHealth health;
        QString error;
    };
    /// Tables and indexes with sizes: not for every tick (sizes stat files).
    QCoro::Task<Health> health();

    /// pg_cancel_backend or pg_terminate_backend; empty on success, else the server's refusal.
    QCoro::Task<QString> signalBackend(PgSessionTarget target, bool terminate);
    /// pg_stat_statements_reset(); empty on success, else the server's refusal.
    QCoro::Task<QString> resetStatements();

    struct Explained
    {
        std::optional<Plan> plan;
        QString error;
    };
    /// EXPLAIN (FORMAT JSON) of a statement with $n placeholders. With `values` (one per placeholder, a null
    /// QString is NULL) the plan for those values; without, the generic plan. `analyze` runs the statement, in a
    /// transaction that is rolled back (and on a read-only connection, so a write fails instead).
    QCoro::Task<Explained> explain(QString sql, QStringList values, bool analyze);

    using Advice = IndexAdvice;
    /// For each index proposeIndexes() reads off `sql`: the generic plan before and with the index made
    /// hypothetically by hypopg, in one session, reset afterwards. The error says how to install hypopg when it
    /// is missing.
    QCoro::Task<QList<Advice>> advise(QString sql);

    /// A table's size, rows, vacuum times and the sessions holding locks that SHARE UPDATE EXCLUSIVE waits for.
    QCoro::Task<PgMaintenanceFigures> maintenanceFigures(QString schema, QString table);
    /// What backend `pid` reports in the progress views (running false when none).
    QCoro::Task<PgProgress> progress(int pid);

    static constexpr int textLimit = 4000;

private:
    PgConnectionParams m_params;
    PgWorker m_worker;
    QHash<QString, StatementText> m_texts;
};

} // namespace opsdash
