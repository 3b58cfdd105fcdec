#pragma once

#include "pages.h"
#include "pginternals.h"

class QTreeWidget;

namespace opsdash {

class TablePanel;

/// Sessions from pg_stat_activity: counts by state over time, the non-idle sessions (long-running and idle in
/// transaction highlighted by the profile's thresholds), the blocking tree, and cancel/terminate — offered only
/// when the server says this role may, confirmed first, with the server's answer shown.
class SessionsPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit SessionsPage(PageContext context, QWidget *parent = nullptr);

    struct Thresholds
    {
        double longRunningMs = 60000;
        double idleInTransactionMs = 30000;
    };
    void setThresholds(Thresholds t) { m_thresholds = t; }
    void setSessions(const QList<PgSession> &sessions);
    void setError(const QString &error);
    void setSignalResult(int pid, bool terminate, const QString &error);
    void selectSession(int pid);

Q_SIGNALS:
    /// The user asked to cancel the query or terminate the session (the application confirms); `query` is what it
    /// runs, for the confirmation.
    void signalRequested(opsdash::PgSessionTarget target, bool terminate, const QString &query);

private:
    void updateButtons();
    void ask(bool terminate);
    int selectedPid() const;

    Thresholds m_thresholds;
    QList<PgSession> m_sessions;
    RowTableModel m_model;
    TablePanel *m_table;
    QTreeWidget *m_tree;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    QLabel *m_message;
};

} // namespace opsdash
