#pragma once

#include "dashboard.h"
#include "poller.h"
#include "profile.h"

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

    const Profile &profile() const { return m_profile; }
    Dashboard *dashboard() const { return m_dashboard; }
    Poller *poller() const { return m_poller; }
    const std::optional<PgConnectionParams> &maintenance() const { return m_maintenance; }
    QStringList instances() const;
    void start() { m_poller->start(); }
    /// When the first figures arrived (0 before): cold-start measurements and `--screenshot`.
    qint64 firstDataMs() const { return m_firstDataMs; }
    bool hasAllFirstData() const;

Q_SIGNALS:
    void firstData();

private:
    Profile m_profile;
    Dashboard *m_dashboard;
    Poller *m_poller;
    std::optional<PgConnectionParams> m_maintenance;
    qint64 m_firstDataMs = 0;
    bool m_backendSeen = false;
    bool m_pgSeen = false;
};

} // namespace opsdash
