#pragma once

#include "pginternals.h"
#include "pgstatements.h"

#include <QObject>
#include <QPointer>

#include <QCoroTask>

class QTimer;

namespace opsdash {

class HealthPage;
class PgInternalsSource;
class PgMaintenance;
class QueriesPage;
class Session;
class SessionsPage;

/// Feeds the database internals pages (queries, sessions, health) from PostgreSQL through one
/// PgInternalsSource, and runs what they ask for: a statement's whole text, cancel/terminate of a backend,
/// a reset of the statement statistics (each recorded in the actions log). Statement counters are polled every
/// 10 s whatever page is shown (the deltas need the history), and when the Queries page opens; sessions at the
/// profile's interval while their page is shown; table and index health when its page opens, on its Refresh, and every
/// five minutes while shown.
class InternalsController : public QObject
{
    Q_OBJECT

public:
    InternalsController(Session *session, QWidget *pageParent, QObject *parent = nullptr);
    ~InternalsController() override;

    QueriesPage *queriesPage() const { return m_queries; }
    SessionsPage *sessionsPage() const { return m_sessions; }
    HealthPage *healthPage() const { return m_health; }
    const PgStatementHistory &history() const { return m_history; }

    QCoro::Task<> pollStatements();
    QCoro::Task<> pollSessions();
    QCoro::Task<> pollHealth();

    static constexpr int statementIntervalMs = 10000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCoro::Task<> signalBackend(PgSessionTarget target, bool terminate);
    QCoro::Task<> resetStatements();
    QCoro::Task<> showFullText(QString key);
    QCoro::Task<> explain(QString sql, QStringList values, bool analyze);
    QCoro::Task<> confirmMaintenance(MaintenanceKind kind, QString schema, QString target, QString table);
    QCoro::Task<> runMaintenance(MaintenanceKind kind, QString schema, QString target, QString table,
                                 PgMaintenanceFigures before);
    QCoro::Task<> advise(QString sql);
    QCoro::Task<> adviseTop(QStringList keys);
    /// An entry of the actions log for what ran on this database: `error` empty means it worked (`result` then).
    void record(const QString &name, const QString &parameters, const QString &error, const QString &result = {},
                const QString &before = {}, const QString &after = {});
    /// The maintenance role's connection, made when first needed (the profile must name the role).
    PgMaintenance *maintenance();

    QPointer<Session> m_session;
    PgInternalsSource *m_source;
    PgMaintenance *m_maintenance = nullptr; ///< with the profile's maintenance role, made when first needed
    PgStatementHistory m_history;
    QList<PgSession> m_lastSessions;
    QueriesPage *m_queries;
    SessionsPage *m_sessions;
    HealthPage *m_health;
    QTimer *m_statementTimer;
    QTimer *m_sessionTimer;
    QTimer *m_healthTimer;
    QTimer *m_progressTimer;
    bool m_pollingStatements = false;
    bool m_pollingSessions = false;
    bool m_pollingHealth = false;
    int m_serial = 0;
};

} // namespace opsdash
