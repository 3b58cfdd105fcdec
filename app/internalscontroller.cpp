#include "internalscontroller.h"

#include "internalspages.h"
#include "pginternalssource.h"
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
    m_health->installEventFilter(this);

    connect(m_queries, &QueriesPage::fullTextRequested, this, [this](const QString &key) { showFullText(key); });
    connect(m_queries, &QueriesPage::resetRequested, this, [this] { resetStatements(); });
    connect(m_queries, &QueriesPage::explainRequested, this,
            [this](const QString &sql, const QStringList &values, bool analyze) { explain(sql, values, analyze); });
    connect(m_queries, &QueriesPage::adviceRequested, this, [this](const QString &sql) { advise(sql); });
    connect(m_sessions, &SessionsPage::signalRequested, this,
            [this](int pid, bool terminate) { signalBackend(pid, terminate); });
    connect(m_health, &HealthPage::refreshRequested, this, [this] { pollHealth(); });
}

InternalsController::~InternalsController() = default;

bool InternalsController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (watched == m_sessions)
            QTimer::singleShot(0, this, [this] { pollSessions(); });
        else if (watched == m_health)
            QTimer::singleShot(0, this, [this] { pollHealth(); });
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
    QCoro::Task<PgInternalsSource::Sessions> polling = m_source->sessions();
    const PgInternalsSource::Sessions result = co_await polling;
    if (!self)
        co_return;
    m_pollingSessions = false;
    if (result.error.isEmpty())
        m_sessions->setSessions(result.sessions);
    else
        m_sessions->setError(result.error);
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

QCoro::Task<> InternalsController::signalBackend(int pid, bool terminate)
{
    QPointer<InternalsController> self(this);
    QCoro::Task<QString> signalling = m_source->signalBackend(pid, terminate);
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

void InternalsController::record(const QString &name, const QString &parameters, const QString &error)
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
    r.result = error.isEmpty() ? tr("done") : error;
    m_session->dashboard()->recordAction(r);
}

} // namespace opsdash
