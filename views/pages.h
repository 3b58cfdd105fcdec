#pragma once

#include "actionlog.h"
#include "chartwidget.h"
#include "dashboard.h"
#include "pageid.h"

#include <QWidget>

class QComboBox;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opsdash {

class Tile;
class TablePanel;

/// An action the user asked for on a page; the application confirms, runs and logs it.
struct ActionRequest
{
    enum class Kind { InvalidateCache, ForceGc, OptimizeDatabase, SetMemoryThreshold, ClearMetrics, Queue };
    Kind kind = Kind::ForceGc;
    QString instance; ///< base URL; empty: every instance
    QString pattern; ///< InvalidateCache
    bool allInstances = false; ///< InvalidateCache scope
    double threshold = 0; ///< SetMemoryThreshold, 0..1
    QueueAction queueAction = QueueAction::Pause; ///< Queue: what to do, to `queue`
    QString queue;
    QString entryId; ///< Queue, RetryOne: the dead job's entry
    QString jobId; ///< Queue, RetryOne: the dead job's id (for the dialog and the log)
};

/// What every page is built with: the dashboard state and what the profile offers.
struct PageContext
{
    Dashboard *dashboard = nullptr;
    ActionLog *actions = nullptr; ///< the session's actions log
    QStringList instances; ///< backend base URLs
    bool hasDatabase = false;
    bool hasBouncer = false; ///< pgbouncer in the profile
    QString profileName;
    /// The history beyond the live store's 24 h (from Prometheus); nullptr without one. Charts of the dashboard's
    /// series draw from it for ranges over 24 h.
    const MetricStore *longStore = nullptr;
    /// The same series one day or one week earlier, moved under the current range (from Prometheus).
    const MetricStore *compareStore = nullptr;
};

/// A page of the window: owns its widgets, reads the Dashboard, redraws only while visible.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(PageId id, PageContext context, QWidget *parent = nullptr);

    PageId id() const { return m_id; }
    void setRangeMinutes(int minutes);
    int rangeMinutes() const { return m_rangeMinutes; }
    /// Overlays the dashboard's charts with compareStore(), named by `label` ("1 day earlier"); empty: none.
    void setCompare(const QString &label);
    /// Markers on the dashboard's charts (restarts, version changes, actions).
    void setAnnotations(const QList<Annotation> &annotations);
    /// Redraws everything from the dashboard (called on updates while visible).
    virtual void refresh();
    QList<ChartWidget *> charts() const { return m_charts; }
    /// The dashboard metrics this page's charts draw (what a long range reads first when the page is shown).
    QList<Metric> chartMetrics() const;
    QList<TablePanel *> tables() const { return m_tables; }

Q_SIGNALS:
    void actionRequested(const opsdash::ActionRequest &request);
    /// The user followed a link to another page.
    void pageRequested(opsdash::PageId page);

protected:
    void showEvent(QShowEvent *event) override;
    /// Redraws every chart of the page over one window: the range ending now, or from the page's oldest sample
    /// when its history is shorter.
    void refreshCharts();
    /// A chart of the dashboard's series (or of `store`'s), kept on the page's range and refreshed with it.
    ChartWidget *addChart(const QString &title, ChartWidget::Unit unit, QList<ChartWidget::Line> lines,
                          const MetricStore *store = nullptr);
    TablePanel *addTable(const QString &title, RowTableModel *model, bool firstColumnIsInstance = false);
    /// Why a backend figure is missing: no backend in the profile, not offered, or no data yet.
    QString missingBackendText(std::optional<BackendExtension> extension = std::nullopt) const;
    QString missingDatabaseText() const;
    Dashboard *dashboard() const { return m_context.dashboard; }
    const PageContext &context() const { return m_context; }
    static qint64 now();
    /// The page's content inside a scroll area, so small windows still reach everything.
    static QVBoxLayout *scrolledLayout(QWidget *page);

private:
    PageId m_id;
    PageContext m_context;
    QList<ChartWidget *> m_charts;
    QList<TablePanel *> m_tables;
    int m_rangeMinutes = 15;
    QList<ChartWidget *> m_liveCharts; ///< the charts of the dashboard's own store (those a long range switches)
};

} // namespace opsdash
