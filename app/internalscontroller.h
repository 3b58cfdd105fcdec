#pragma once

#include "actionpipeline.h"
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
/// PgInternalsSource, and answers what they ask for: a statement's whole text, its plan and index advice; the
/// guarded actions (cancel/terminate of a session, a reset of the statement statistics, VACUUM/ANALYZE/REINDEX)
/// are described here and run by the session's ActionPipeline. Statement counters are polled every
/// 10 s whatever page is shown (the deltas need the history), and when the Queries page opens; sessions at the
/// profile's interval while their page is shown; table and index health when its page opens, on its Refresh, and every
/// five minutes while shown.
class InternalsController : public QObject
{
    Q_OBJECT

public:
    InternalsController(Session *session, ActionPipeline *actions, QWidget *pageParent, QObject *parent = nullptr);
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
    // The guarded actions on this database, run by the session's ActionPipeline.
    void requestSignal(PgSessionTarget target, bool terminate, const QString &query);
    void requestReset();
    void requestExplainAnalyze(const QString &sql, const QStringList &values);
    void requestMaintenance(MaintenanceKind kind, QString schema, QString target, QString table);
    static QCoro::Task<ActionPreview> maintenancePreview(QPointer<PgInternalsSource> source, QString schema,
                                                         QString table);
    static QCoro::Task<ActionOutcome> runMaintenance(QPointer<InternalsController> self, MaintenanceKind kind,
                                                     QString schema, QString target);
    QString databaseTarget() const;
    QCoro::Task<> showFullText(QString key);
    QCoro::Task<> explain(QString sql, QStringList values, bool analyze);
    QCoro::Task<> advise(QString sql);
    QCoro::Task<> adviseTop(QStringList keys);
    /// The maintenance role's connection, made when first needed (the profile must name the role).
    PgMaintenance *maintenance();

    QPointer<Session> m_session;
    QPointer<ActionPipeline> m_actions;
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
};

} // namespace opsdash
