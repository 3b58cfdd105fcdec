#pragma once

#include "backendclient.h"
#include "pgbouncersource.h"
#include "pgmonitor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace opsdash {

/// Drives every source of one profile: each backend instance (one tick polls them all at once and reports them
/// together) and the PostgreSQL monitor (its own loop). The next poll of a source is scheduled when the previous
/// one finished, so requests never overlap; a source that fails backs off exponentially (capped) and comes back
/// by itself. Emits value structs only.
class Poller : public QObject
{
    Q_OBJECT

public:
    enum class SourceStatus { Unknown, Ok, Stale, Error };
    Q_ENUM(SourceStatus)

    struct Options
    {
        QString email; ///< log in with email + password when the clients have no token
        QString password;
        std::optional<PgConnectionParams> database;
        std::optional<PgConnectionParams> pgbouncer; ///< its admin console (polled with the database)
        int intervalMs = 2000;
        int timeoutMs = 5000;
        qint64 maxResponseBytes = 16 * 1024 * 1024;
        int maxBackoffMs = 30000;
    };

    /// Polls `clients` (the session's, which it does not own) and the database the options name.
    Poller(QList<BackendClient *> clients, Options options, QObject *parent = nullptr);
    ~Poller() override;

    /// Starts both loops (first polls right away).
    void start();
    /// Paused: no polls at all; resuming polls at once.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Polls every source now instead of at the next interval (F5); nothing while paused or already polling.
    void pollNow();
    /// Polls every `factor` intervals (the window is minimized).
    void setSlowdown(int factor);
    void setInterval(int intervalMs);
    int intervalMs() const { return m_options.intervalMs; }

    const Options &options() const { return m_options; }
    PgMonitor *monitor() const { return m_monitor; }
    SourceStatus status(const QString &source) const { return m_status.value(source).first; }
    QString statusMessageFor(const QString &source) const { return m_status.value(source).second; }
    /// Source names: each instance's base URL, and "database".
    static QString databaseSource() { return QStringLiteral("database"); }
    static QString bouncerSource() { return QStringLiteral("pgbouncer"); }

Q_SIGNALS:
    void backendTick(qint64 timeMs, const QList<opsdash::InstanceSample> &samples);
    void pgSample(qint64 timeMs, const std::optional<opsdash::PgSnapshot> &snapshot, const QString &error);
    void bouncerSample(qint64 timeMs, const std::optional<opsdash::PgBouncerSample> &sample, const QString &error);
    void sourceStatusChanged(const QString &source, opsdash::Poller::SourceStatus status, const QString &message);

private:
    QCoro::Task<> backendTickOnce();
    struct Polled
    {
        InstanceSample sample;
        bool tokenRejected = false; ///< some request answered 401
    };
    QCoro::Task<Polled> pollInstance(BackendClient *client, bool withInfo);
    QCoro::Task<> pgPollOnce();
    QCoro::Task<bool> ensureToken();
    void scheduleBackend(int delayMs);
    void schedulePg(int delayMs);
    int nextDelay(int failures) const;
    void setStatus(const QString &source, SourceStatus status, const QString &message);
    void checkStale();

    Options m_options;
    QList<QPointer<BackendClient>> m_clients;
    bool m_haveToken = false; ///< a pasted token, or a log-in that worked
    PgMonitor *m_monitor = nullptr;
    PgBouncerSource *m_bouncer = nullptr;
    QTimer m_backendTimer;
    QTimer m_pgTimer;
    QTimer m_staleTimer;
    bool m_started = false;
    bool m_paused = false;
    bool m_stopping = false;
    bool m_backendBusy = false;
    bool m_pgBusy = false;
    int m_slowdown = 1;
    int m_backendFailures = 0;
    int m_pgFailures = 0;
    qint64 m_tick = 0;
    QHash<QString, std::pair<SourceStatus, QString>> m_status;
    QHash<QString, qint64> m_lastSuccess;
};

} // namespace opsdash
