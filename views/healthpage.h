#pragma once

#include "pages.h"
#include "pginternals.h"

class QProgressBar;

namespace opsdash {

class TablePanel;

/// Table and index health: per table size, live/dead rows, last (auto)vacuum/analyze, sequential vs index scans
/// (tables read by big sequential scans flagged as index candidates); unused and duplicate indexes. Sizes cost a
/// stat per file: refreshed on demand and at a slow interval, never per tick.
class HealthPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit HealthPage(PageContext context, QWidget *parent = nullptr);

    void setHealth(const PgHealth &health, const QDateTime &takenAt);
    void setError(const QString &error);

    /// Whether maintenance can be offered, and if not why (no maintenance role in the profile).
    void setMaintenanceAvailable(bool available, const QString &why);
    void selectTable(const QString &schema, const QString &name);
    void maintenanceStarted(const QString &statement);
    void maintenanceProgress(const PgProgress &progress);
    void maintenanceFinished(bool ok, const QString &message);
    void selectIndex(const QString &schema, const QString &name);

Q_SIGNALS:
    void refreshRequested();
    /// Run `kind` on schema.target (a table, or an index for ReindexIndex) of schema.table; the controller confirms
    /// first.
    void maintenanceRequested(opsdash::MaintenanceKind kind, const QString &schema, const QString &target,
                              const QString &table);
    void maintenanceCancelRequested();

private:
    const PgTableHealth *selectedTable() const;
    const PgIndexHealth *selectedIndex() const;
    void updateButtons();

    RowTableModel m_tables;
    RowTableModel m_indexes;
    QList<PgTableHealth> m_tableList;
    QList<PgIndexHealth> m_indexList;
    TablePanel *m_tablesPanel;
    TablePanel *m_indexesPanel;
    QPushButton *m_reindexIndex;
    QLabel *m_status;
    QPushButton *m_vacuum;
    QPushButton *m_analyze;
    QPushButton *m_reindex;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_maintenanceLabel;
    bool m_maintenanceAvailable = false;
    bool m_running = false;
    QString m_unavailableWhy;
};

} // namespace opsdash
