#pragma once

#include "actionlog.h"
#include "dashboard.h"
#include "eventssource.h"
#include "poller.h"
#include "profile.h"
#include "prometheushistory.h"

#include <QObject>

namespace opsdash {

/// Where `profile`'s database is, with its password: for the monitor, the connection test and exports.
PgConnectionParams databaseParams(const Profile &profile, const QString &password);
/// The maintenance role's connection (writable, no statement timeout: the user cancels), or nullopt when the
/// profile names none.
std::optional<PgConnectionParams> maintenanceParams(const Profile &profile, const QString &password);

/// One profile being watched: its poller feeding its dashboard. Replaced as a whole when the profile changes.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(Profile profile, Secrets secrets, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    Dashboard *dashboard() const { return m_dashboard; }
    /// Every guarded action run in this session.
    ActionLog *actions() const { return m_actions; }
    Poller *poller() const { return m_poller; }
    /// One client per backend instance of the profile, in its order; the poller and every action use these.
    const QList<BackendClient *> &clients() const { return m_clients; }
    BackendClient *client(const QString &instance) const;
    /// Where the organizer view reads from (the first instance, or the database); nullptr with neither.
    EventsSource *events() const { return m_events; }
    const std::optional<PgConnectionParams> &maintenance() const { return m_maintenance; }
    /// The profile's Prometheus and Alertmanager, and the history read from the former; nullptr without them.
    PrometheusClient *prometheus() const { return m_prometheus; }
    AlertmanagerClient *alertmanager() const { return m_alertmanager; }
    PrometheusHistory *history() const { return m_history; }
    QStringList instances() const;
    /// Starts polling and, with a Prometheus, fills the last hour from it.
    void start();
    /// Narrows the dashboard to the backend instance whose host:port is `hostPort` (Prometheus's instance label,
    /// as the fleet page names it); empty: every instance again. False when no backend URL of the profile is it.
    bool narrowTo(const QString &hostPort);
    QString narrowedTo() const { return m_narrowedTo; }
    /// When the first figures arrived (0 before): cold-start measurements and `--screenshot`.
    qint64 firstDataMs() const { return m_firstDataMs; }
    bool hasAllFirstData() const;

Q_SIGNALS:
    void firstData();

private:
    void setUpPrometheus(const Secrets &secrets);
    /// After a stretch without ticks (sleep, pause), fills it from Prometheus.
    void noticeTick(qint64 timeMs);

    Profile m_profile;
    Dashboard *m_dashboard;
    ActionLog *m_actions;
    QList<BackendClient *> m_clients;
    Poller *m_poller;
    EventsSource *m_events;
    std::optional<PgConnectionParams> m_maintenance;
    PrometheusClient *m_prometheus = nullptr;
    AlertmanagerClient *m_alertmanager = nullptr;
    PrometheusHistory *m_history = nullptr;
    qint64 m_lastTickMs = 0;
    QString m_narrowedTo; ///< a backend URL, or empty
    qint64 m_firstDataMs = 0;
    bool m_backendSeen = false;
    bool m_pgSeen = false;
};

} // namespace opsdash
