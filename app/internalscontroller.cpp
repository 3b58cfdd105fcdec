#include "internalscontroller.h"

#include "actionpipeline.h"
#include "format.h"
#include "healthpage.h"
#include "pginternalssource.h"
#include "pgmaintenance.h"
#include "queriespage.h"
#include "session.h"
#include "sessionspage.h"

#include <QDateTime>
#include <QTimer>

namespace opsdash {

InternalsController::InternalsController(Session *session, ActionPipeline *actions, QWidget *pageParent,
                                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_actions(actions)
    , m_source(new PgInternalsSource(*session->poller()->options().database, this))
    , m_statementTimer(new QTimer(this))
    , m_sessionTimer(new QTimer(this))
    , m_healthTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    PageContext context;
    context.dashboard = session->dashboard();
    context.actions = session->actions();
    context.hasDatabase = true;
    context.profileName = session->profile().name;
    m_queries = new QueriesPage(
        context, &m_history,
        [this](const QString &key) {
            const PgInternalsSource::StatementText t = m_source->text(key);
            return StatementText{t.text, t.own};
        },
        pageParent);
    m_sessions = new SessionsPage(context, pageParent);
    m_sessions->setThresholds({session->profile().thresholds.sessionLongSeconds * 1000,
                               session->profile().thresholds.idleInTransactionSeconds * 1000});
    m_health = new HealthPage(context, pageParent);

    connect(m_statementTimer, &QTimer::timeout, this, [this] { pollStatements(); });
    m_statementTimer->start(statementIntervalMs);
    QTimer::singleShot(0, this, [this] { pollStatements(); });

    m_sessionTimer->setInterval(std::max(500, session->profile().refreshMs));
    connect(m_sessionTimer, &QTimer::timeout, this, [this] {
        if (m_sessions->isVisible())
            pollSessions();
    });
    m_sessionTimer->start();
    m_healthTimer->setInterval(5 * 60 * 1000);
    connect(m_healthTimer, &QTimer::timeout, this, [this] {
        if (m_health->isVisible())
            pollHealth();
    });
    m_healthTimer->start();
    // Opening a page asks at once.
    m_sessions->installEventFilter(this);
    m_queries->installEventFilter(this);
    m_health->installEventFilter(this);

    connect(m_queries, &QueriesPage::fullTextRequested, this, [this](const QString &key) { showFullText(key); });
    connect(m_queries, &QueriesPage::resetRequested, this, &InternalsController::requestReset);
    connect(m_queries->detail(), &StatementDetail::explainRequested, this,
            [this](const QString &sql, const QStringList &values, bool analyze) {
                if (analyze)
                    requestExplainAnalyze(sql, values); // it runs the statement: a guarded action
                else
                    explain(sql, values, false);
            });
    connect(m_queries->detail(), &StatementDetail::adviceRequested, this, [this](const QString &sql) { advise(sql); });
    connect(m_queries, &QueriesPage::topAdviceRequested, this, [this](const QStringList &keys) { adviseTop(keys); });
    connect(m_sessions, &SessionsPage::signalRequested, this,
            [this](PgSessionTarget target, bool terminate, const QString &query) {
                requestSignal(target, terminate, query);
            });
    connect(m_health, &HealthPage::refreshRequested, this, [this] { pollHealth(); });
    m_health->setMaintenanceAvailable(
        session->maintenance().has_value(),
        tr("This profile has no maintenance role: name one in the profile (a role that may VACUUM these tables, "
           "usually their owner). The monitoring role only reads."));
    connect(m_health, &HealthPage::maintenanceRequested, this,
            [this](MaintenanceKind kind, const QString &schema, const QString &target, const QString &table) {
                requestMaintenance(kind, schema, target, table);
            });
    connect(m_health, &HealthPage::maintenanceCancelRequested, this, [this] {
        if (m_maintenance)
            m_maintenance->cancel();
    });
    m_progressTimer->setInterval(300);
}

InternalsController::~InternalsController() = default;

bool InternalsController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (watched == m_sessions)
            QTimer::singleShot(0, this, [this] { pollSessions(); });
        else if (watched == m_health)
            QTimer::singleShot(0, this, [this] { pollHealth(); });
        else if (watched == m_queries && QDateTime::currentMSecsSinceEpoch() - m_history.latestTimeMs() > 3000)
            QTimer::singleShot(0, this, [this] { pollStatements(); }); // fresh figures when the page opens
    }
    return QObject::eventFilter(watched, event);
}

QCoro::Task<> InternalsController::pollStatements()
{
    if (m_pollingStatements)
        co_return;
    m_pollingStatements = true;
    QPointer<InternalsController> self(this);
    QCoro::Task<PgInternalsSource::Statements> polling = m_source->statements();
    const PgInternalsSource::Statements result = co_await polling;
    if (!self)
        co_return;
    m_pollingStatements = false;
    if (!result.sample) {
        m_queries->setError(result.error);
        co_return;
    }
    m_history.add(*result.sample);
    if (m_queries->isVisible())
        m_queries->refresh();
}

QCoro::Task<> InternalsController::pollSessions()
{
    if (m_pollingSessions)
        co_return;
    m_pollingSessions = true;
    QPointer<InternalsController> self(this);
    QCoro::Task<PgInternalsSource::Sessions> polling =
        m_source->sessions(m_session && m_session->maintenance() ? m_session->maintenance()->user : QString());
    const PgInternalsSource::Sessions result = co_await polling;
    if (!self)
        co_return;
    m_pollingSessions = false;
    if (result.error.isEmpty()) {
        m_lastSessions = result.sessions;
        m_sessions->setSessions(result.sessions);
    } else {
        m_sessions->setError(result.error);
    }
}

QCoro::Task<> InternalsController::pollHealth()
{
    if (m_pollingHealth)
        co_return;
    m_pollingHealth = true;
    QPointer<InternalsController> self(this);
    QCoro::Task<PgInternalsSource::Health> polling = m_source->health();
    const PgInternalsSource::Health result = co_await polling;
    if (!self)
        co_return;
    m_pollingHealth = false;
    if (result.error.isEmpty())
        m_health->setHealth(result.health, QDateTime::currentDateTime());
    else
        m_health->setError(result.error);
}

QCoro::Task<> InternalsController::showFullText(QString key)
{
    QPointer<InternalsController> self(this);
    QCoro::Task<QString> reading = m_source->fullText(key);
    const QString text = co_await reading;
    if (self)
        m_queries->setFullText(key, text);
}

QCoro::Task<> InternalsController::explain(QString sql, QStringList values, bool analyze)
{
    QPointer<InternalsController> self(this);
    QCoro::Task<PgInternalsSource::Explained> explaining = m_source->explain(sql, values, analyze);
    const PgInternalsSource::Explained result = co_await explaining;
    if (self)
        m_queries->detail()->setPlan(result.plan, result.error);
}

void InternalsController::requestExplainAnalyze(const QString &sql, const QStringList &values)
{
    constexpr qsizetype shown = 1000; // a statement may be a megabyte: the dialog shows its beginning
    GuardedAction a;
    a.name = tr("EXPLAIN ANALYZE");
    a.description = tr("EXPLAIN ANALYZE executes the statement on the server to time it: it takes as long as the "
                       "statement and holds its locks. It runs in a transaction that is rolled back, on a read-only "
                       "connection, so a statement that writes is refused rather than run.\n\n%1")
                        .arg(sql.size() > shown ? sql.left(shown) + QStringLiteral("…") : sql);
    a.target = databaseTarget();
    a.instance = m_session->profile().pgDatabase;
    // The values may be personal data: the log says how many, not what.
    a.parameters = values.isEmpty() ? tr("generic plan") : tr("parameter values: %1").arg(values.size());
    a.dialogParent = m_queries;
    auto explained = std::make_shared<PgInternalsSource::Explained>();
    QPointer<InternalsController> self(this);
    a.run = [self, sql, values, explained] {
        return [](QPointer<InternalsController> self, QString sql, QStringList values,
                  std::shared_ptr<PgInternalsSource::Explained> explained) -> QCoro::Task<ActionOutcome> {
            if (!self)
                co_return ActionOutcome{false, {}};
            self->m_queries->detail()->setPlanStatus(tr("Running the statement under EXPLAIN ANALYZE…"));
            QCoro::Task<PgInternalsSource::Explained> explaining = self->m_source->explain(sql, values, true);
            *explained = co_await explaining;
            if (!explained->plan)
                co_return ActionOutcome{false, explained->error};
            co_return ActionOutcome{
                true, tr("executed in %1").arg(format::durationMs(explained->plan->executionMs.value_or(0)))};
        }(self, sql, values, explained);
    };
    a.onFinished = [self, explained](const ActionRecord &) {
        if (self)
            self->m_queries->detail()->setPlan(explained->plan, explained->error);
    };
    m_actions->submit(a);
}

QCoro::Task<> InternalsController::advise(QString sql)
{
    QPointer<InternalsController> self(this);
    QCoro::Task<QList<IndexAdvice>> advising = m_source->advise(sql);
    const QList<IndexAdvice> advice = co_await advising;
    if (self)
        m_queries->detail()->setAdvice(advice);
}

QCoro::Task<> InternalsController::adviseTop(QStringList keys)
{
    QPointer<InternalsController> self(this);
    QList<std::pair<QString, QList<IndexAdvice>>> all;
    for (const QString &key : std::as_const(keys)) {
        QCoro::Task<QString> reading = m_source->fullText(key);
        const QString sql = co_await reading;
        if (!self)
            co_return;
        QCoro::Task<QList<IndexAdvice>> advising = m_source->advise(sql);
        const QList<IndexAdvice> advice = co_await advising;
        if (!self)
            co_return;
        all.append({sql, advice});
    }
    m_queries->detail()->setTopAdvice(all);
}

void InternalsController::requestSignal(PgSessionTarget target, bool terminate, const QString &query)
{
    if (!m_session || !m_actions)
        return;
    const int pid = target.pid;
    GuardedAction a;
    a.name = terminate ? tr("Terminate session") : tr("Cancel query");
    a.description = terminate
        ? tr("pg_terminate_backend ends session %1: its open transaction rolls back and the client loses its "
             "connection.\n\n%2")
              .arg(pid)
              .arg(query)
        : tr("pg_cancel_backend cancels the running statement of session %1; the session stays.\n\n%2")
              .arg(pid)
              .arg(query);
    a.target = databaseTarget();
    a.instance = m_session->profile().pgDatabase;
    a.parameters = tr("pid %1").arg(pid);
    a.dialogParent = m_sessions;
    // The monitoring role when the server lets it, else the maintenance role (the page offered it as such).
    bool asMaintenance = false;
    for (const PgSession &s : std::as_const(m_lastSessions))
        if (s.pid == pid)
            asMaintenance = !s.maySignal && s.maintenanceMaySignal;
    QPointer<InternalsController> self(this);
    a.run = [self, target, terminate, asMaintenance] {
        return [](QPointer<InternalsController> self, PgSessionTarget target, bool terminate,
                  bool asMaintenance) -> QCoro::Task<ActionOutcome> {
            if (!self)
                co_return ActionOutcome{false, {}};
            PgMaintenance *viaMaintenance = asMaintenance ? self->maintenance() : nullptr;
            QCoro::Task<QString> signalling = viaMaintenance ? viaMaintenance->signalBackend(target, terminate)
                                                             : self->m_source->signalBackend(target, terminate);
            const QString error = co_await signalling;
            co_return ActionOutcome{error.isEmpty(), error};
        }(self, target, terminate, asMaintenance);
    };
    a.onFinished = [self, pid, terminate](const ActionRecord &record) {
        if (!self)
            return;
        self->m_sessions->setSignalResult(pid, terminate, record.ok ? QString() : record.result);
        self->pollSessions();
    };
    m_actions->submit(a);
}

void InternalsController::requestReset()
{
    if (!m_session || !m_actions)
        return;
    GuardedAction a;
    a.name = tr("Reset statement statistics");
    a.description = tr("pg_stat_statements_reset() empties the statistics of every statement of every database on "
                       "this server, for every tool that reads them. The deltas here start again from zero.");
    a.target = databaseTarget();
    a.instance = m_session->profile().pgDatabase;
    a.parameters = QStringLiteral("pg_stat_statements_reset()");
    a.dialogParent = m_queries;
    QPointer<PgInternalsSource> source(m_source);
    a.run = [source] {
        return [](QPointer<PgInternalsSource> source) -> QCoro::Task<ActionOutcome> {
            if (!source)
                co_return ActionOutcome{false, {}};
            QCoro::Task<QString> resetting = source->resetStatements();
            const QString error = co_await resetting;
            co_return ActionOutcome{error.isEmpty(), error};
        }(source);
    };
    QPointer<InternalsController> self(this);
    a.onFinished = [self](const ActionRecord &record) {
        if (!self)
            return;
        if (!record.ok)
            self->m_queries->setError(record.result);
        self->pollStatements();
    };
    m_actions->submit(a);
}

QString InternalsController::databaseTarget() const
{
    return m_session ? m_session->profile().pgDatabase + QStringLiteral(" · ") + m_session->profile().name : QString();
}

void InternalsController::requestMaintenance(MaintenanceKind kind, QString schema, QString target, QString table)
{
    if (!m_session || !m_session->maintenance() || !m_actions)
        return;
    const QString statement = PgMaintenance::statementText(kind, schema, target);
    GuardedAction a;
    a.name = statement.section(u' ', 0, -2); // "VACUUM (ANALYZE)", "REINDEX INDEX CONCURRENTLY"
    a.offersDatabaseSilence = true;
    a.description = tr("%1 takes a %2 lock on %3.%4: reads and writes go on, while other maintenance and schema "
                       "changes on it wait. If it cannot get the lock within 5 s it gives up instead of queueing.")
                        .arg(statement, PgMaintenance::lockMode(kind), schema, table);
    a.target = databaseTarget();
    a.instance = m_session->profile().pgDatabase;
    a.parameters = schema + QLatin1Char('.') + target;
    a.dialogParent = m_health;
    QPointer<InternalsController> self(this);
    QPointer<PgInternalsSource> source(m_source);
    a.preview = [source, schema, table] { return maintenancePreview(source, schema, table); };
    a.run = [self, kind, schema, target] { return runMaintenance(self, kind, schema, target); };
    a.after = [source, schema, table] {
        return [](QPointer<PgInternalsSource> source, QString schema, QString table) -> QCoro::Task<QString> {
            if (!source)
                co_return QString();
            QCoro::Task<PgMaintenanceFigures> reading = source->maintenanceFigures(schema, table);
            const PgMaintenanceFigures after = co_await reading;
            co_return after.summary();
        }(source, schema, table);
    };
    a.onFinished = [self, statement](const ActionRecord &record) {
        if (!self)
            return;
        self->m_health->maintenanceFinished(record.ok,
                                            record.ok ? tr("%1 %2. Now: %3").arg(statement, record.result, record.after)
                                                      : tr("%1 failed: %2").arg(statement, record.result));
        self->pollHealth();
    };
    m_actions->submit(a);
}

QCoro::Task<ActionPreview> InternalsController::maintenancePreview(QPointer<PgInternalsSource> source, QString schema,
                                                                   QString table)
{
    if (!source)
        co_return ActionPreview{};
    QCoro::Task<PgMaintenanceFigures> reading = source->maintenanceFigures(schema, table);
    const PgMaintenanceFigures before = co_await reading;
    QStringList blockers;
    for (const PgLockHolder &h : before.conflicting)
        blockers.append(tr("session %1 (%2, %3, %4 for %5): %6")
                            .arg(h.pid)
                            .arg(h.user, h.state, h.mode, format::durationMs(h.seconds * 1000), h.query.simplified()));
    ActionPreview preview;
    preview.figures = before.summary();
    preview.description = tr("Now: %1\n\n%2")
                              .arg(before.summary(),
                                   blockers.isEmpty() ? tr("No session holds a lock it would wait for.")
                                                      : tr("It would wait for:\n%1").arg(blockers.join(u'\n')));
    co_return preview;
}

QCoro::Task<ActionOutcome> InternalsController::runMaintenance(QPointer<InternalsController> self, MaintenanceKind kind,
                                                               QString schema, QString target)
{
    if (!self || !self->m_session || !self->m_session->maintenance())
        co_return ActionOutcome{false, tr("the profile has no maintenance role")};
    PgMaintenance *runner = self->maintenance();
    self->m_health->maintenanceStarted(PgMaintenance::statementText(kind, schema, target));
    QString error;
    QCoro::Task<int> connecting = runner->connect(&error);
    const int pid = co_await connecting;
    if (!self)
        co_return ActionOutcome{false, {}};
    if (pid <= 0)
        co_return ActionOutcome{false, tr("the maintenance role could not connect: %1").arg(error)};
    // Progress from the monitoring connection while the statement runs on the maintenance one.
    InternalsController *controller = self.data();
    const QMetaObject::Connection polling =
        connect(self->m_progressTimer, &QTimer::timeout, controller, [controller, pid]() -> void {
            [](QPointer<InternalsController> self, int pid) -> QCoro::Task<> {
                QCoro::Task<PgProgress> asking = self->m_source->progress(pid);
                const PgProgress p = co_await asking;
                if (self)
                    self->m_health->maintenanceProgress(p);
            }(controller, pid);
        });
    self->m_progressTimer->start();
    QCoro::Task<PgMaintenance::Outcome> running = runner->run(kind, schema, target);
    const PgMaintenance::Outcome outcome = co_await running;
    if (!self)
        co_return ActionOutcome{false, {}};
    self->m_progressTimer->stop();
    disconnect(polling);
    if (!outcome.ok)
        co_return ActionOutcome{false, outcome.error};
    co_return ActionOutcome{true, tr("done in %1").arg(format::durationMs(double(outcome.elapsedMs)))};
}

PgMaintenance *InternalsController::maintenance()
{
    if (!m_maintenance && m_session && m_session->maintenance())
        m_maintenance = new PgMaintenance(*m_session->maintenance(), this);
    return m_maintenance;
}

} // namespace opsdash
