#include "internalscontroller.h"

#include "confirmdialog.h"
#include "format.h"
#include "internalspages.h"
#include "pginternalssource.h"
#include "pgmaintenance.h"
#include "session.h"

#include <QDateTime>
#include <QTimer>

namespace opsdash {

InternalsController::InternalsController(Session *session, QWidget *pageParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_source(new PgInternalsSource(*session->poller()->options().database, this))
    , m_statementTimer(new QTimer(this))
    , m_sessionTimer(new QTimer(this))
    , m_healthTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    PageContext context;
    context.dashboard = session->dashboard();
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
    connect(m_queries, &QueriesPage::resetRequested, this, [this] { resetStatements(); });
    connect(m_queries, &QueriesPage::explainRequested, this,
            [this](const QString &sql, const QStringList &values, bool analyze) { explain(sql, values, analyze); });
    connect(m_queries, &QueriesPage::adviceRequested, this, [this](const QString &sql) { advise(sql); });
    connect(m_queries, &QueriesPage::topAdviceRequested, this, [this](const QStringList &keys) { adviseTop(keys); });
    connect(m_sessions, &SessionsPage::signalRequested, this,
            [this](PgSessionTarget target, bool terminate) { signalBackend(target, terminate); });
    connect(m_health, &HealthPage::refreshRequested, this, [this] { pollHealth(); });
    m_health->setMaintenanceAvailable(
        session->maintenance().has_value(),
        tr("This profile has no maintenance role: name one in the profile (a role that may VACUUM these tables, "
           "usually their owner). The monitoring role only reads."));
    connect(m_health, &HealthPage::maintenanceRequested, this,
            [this](MaintenanceKind kind, const QString &schema, const QString &target, const QString &table) {
                confirmMaintenance(kind, schema, target, table);
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
        m_queries->setPlan(result.plan, result.error);
}

QCoro::Task<> InternalsController::advise(QString sql)
{
    QPointer<InternalsController> self(this);
    QCoro::Task<QList<IndexAdvice>> advising = m_source->advise(sql);
    const QList<IndexAdvice> advice = co_await advising;
    if (self)
        m_queries->setAdvice(advice);
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
    m_queries->setTopAdvice(all);
}

QCoro::Task<> InternalsController::signalBackend(PgSessionTarget target, bool terminate)
{
    const int pid = target.pid;
    QPointer<InternalsController> self(this);
    // The monitoring role when the server lets it, else the maintenance role (the page offered it as such).
    bool asMaintenance = false;
    for (const PgSession &s : std::as_const(m_lastSessions))
        if (s.pid == pid)
            asMaintenance = !s.maySignal && s.maintenanceMaySignal;
    PgMaintenance *viaMaintenance = asMaintenance ? maintenance() : nullptr;
    QCoro::Task<QString> signalling =
        viaMaintenance ? viaMaintenance->signalBackend(target, terminate) : m_source->signalBackend(target, terminate);
    const QString error = co_await signalling;
    if (!self)
        co_return;
    m_sessions->setSignalResult(pid, terminate, error);
    record(terminate ? tr("Terminate session") : tr("Cancel query"), tr("pid %1").arg(pid), error);
    pollSessions();
}

QCoro::Task<> InternalsController::resetStatements()
{
    QPointer<InternalsController> self(this);
    QCoro::Task<QString> resetting = m_source->resetStatements();
    const QString error = co_await resetting;
    if (!self)
        co_return;
    record(tr("Reset statement statistics"), QStringLiteral("pg_stat_statements_reset()"), error);
    if (!error.isEmpty())
        m_queries->setError(error);
    pollStatements();
}

QCoro::Task<> InternalsController::confirmMaintenance(MaintenanceKind kind, QString schema, QString target,
                                                      QString table)
{
    if (!m_session || !m_session->maintenance())
        co_return;
    QPointer<InternalsController> self(this);
    QCoro::Task<PgMaintenanceFigures> reading = m_source->maintenanceFigures(schema, table);
    const PgMaintenanceFigures before = co_await reading;
    if (!self || !m_session)
        co_return;
    const QString statement = PgMaintenance::statementText(kind, schema, target);
    QStringList blockers;
    const QLocale locale;
    for (const PgLockHolder &h : before.conflicting)
        blockers.append(tr("session %1 (%2, %3, %4 for %5): %6")
                            .arg(h.pid)
                            .arg(h.user, h.state, h.mode, format::durationMs(h.seconds * 1000), h.query.simplified()));
    const QString description =
        tr("%1 takes a %2 lock on %3.%4: reads and writes go on, while other maintenance and schema changes on it "
           "wait. If it cannot get the lock within 5 s it gives up instead of queueing.\n\nNow: %5\n\n%6")
            .arg(statement, PgMaintenance::lockMode(kind), schema, table, before.summary(),
                 blockers.isEmpty() ? tr("No session holds a lock it would wait for.")
                                    : tr("It would wait for:\n%1").arg(blockers.join(u'\n')));
    const Profile &profile = m_session->profile();
    auto *dialog = new ConfirmDialog(tr("Run %1").arg(statement), description,
                                     profile.pgDatabase + QStringLiteral(" · ") + profile.name,
                                     profile.production ? profile.name : QString(), m_health);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, kind, schema, target, table, before] { runMaintenance(kind, schema, target, table, before); });
    dialog->open();
}

QCoro::Task<> InternalsController::runMaintenance(MaintenanceKind kind, QString schema, QString target, QString table,
                                                  PgMaintenanceFigures before)
{
    if (!m_session || !m_session->maintenance())
        co_return;
    QPointer<InternalsController> self(this);
    PgMaintenance *runner = maintenance();
    const QString statement = PgMaintenance::statementText(kind, schema, target);
    m_health->maintenanceStarted(statement);
    QString error;
    QCoro::Task<int> connecting = runner->connect(&error);
    const int pid = co_await connecting;
    if (!self)
        co_return;
    if (pid <= 0) {
        m_health->maintenanceFinished(false, tr("The maintenance role could not connect: %1").arg(error));
        co_return;
    }
    // Progress from the monitoring connection while the statement runs on the maintenance one.
    const QMetaObject::Connection polling = connect(m_progressTimer, &QTimer::timeout, this, [this, pid]() -> void {
        [](QPointer<InternalsController> self, int pid) -> QCoro::Task<> {
            QCoro::Task<PgProgress> asking = self->m_source->progress(pid);
            const PgProgress p = co_await asking;
            if (self)
                self->m_health->maintenanceProgress(p);
        }(this, pid);
    });
    m_progressTimer->start();
    QCoro::Task<PgMaintenance::Outcome> running = runner->run(kind, schema, target);
    const PgMaintenance::Outcome outcome = co_await running;
    if (!self)
        co_return;
    m_progressTimer->stop();
    disconnect(polling);
    QCoro::Task<PgMaintenanceFigures> reading = m_source->maintenanceFigures(schema, table);
    const PgMaintenanceFigures after = co_await reading;
    if (!self || !m_session)
        co_return;
    const QString message = outcome.ok
        ? tr("%1 done in %2. Now: %3").arg(statement, format::durationMs(double(outcome.elapsedMs)), after.summary())
        : tr("%1 failed: %2").arg(statement, outcome.error);
    m_health->maintenanceFinished(outcome.ok, message);
    record(statement.section(u' ', 0, -2), // "VACUUM (ANALYZE)", "REINDEX INDEX CONCURRENTLY"
           schema + QLatin1Char('.') + target, outcome.ok ? QString() : outcome.error,
           tr("done in %1").arg(format::durationMs(double(outcome.elapsedMs))), before.summary(), after.summary());
    pollHealth();
}

PgMaintenance *InternalsController::maintenance()
{
    if (!m_maintenance && m_session && m_session->maintenance())
        m_maintenance = new PgMaintenance(*m_session->maintenance(), this);
    return m_maintenance;
}

void InternalsController::record(const QString &name, const QString &parameters, const QString &error,
                                 const QString &result, const QString &before, const QString &after)
{
    if (!m_session)
        return;
    ActionRecord r;
    r.id = QStringLiteral("pg-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_serial);
    r.time = QDateTime::currentDateTime();
    r.profile = m_session->profile().name;
    r.instance = m_session->profile().pgDatabase;
    r.name = name;
    r.parameters = parameters;
    r.ok = error.isEmpty();
    r.finished = true;
    r.result = !error.isEmpty() ? error : result.isEmpty() ? tr("done") : result;
    r.before = before;
    r.after = after;
    m_session->dashboard()->recordAction(r);
}

} // namespace opsdash
