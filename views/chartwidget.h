#pragma once

#include "annotations.h"
#include "metricstore.h"

#include <QColor>
#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace opsdash {

/// A live line chart of some of the dashboard's series over the chosen time range. Each refresh hands every
/// series an LTTB-decimated list about the plot's pixel width through QXYSeries::replace(); a gap (the source was
/// down) splits the line into separate segments instead of drawing across the outage. Hovering shows the exact
/// value; the context menu exports the chart as PNG.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Unit { Count, PerSecond, PerMinute, Milliseconds, Bytes, Percent };

    struct Line
    {
        Metric metric;
        QString name;
        bool dashed = false;
    };

    ChartWidget(const MetricStore *store, const QString &title, Unit unit, QList<Line> lines,
                QWidget *parent = nullptr);

    /// A fixed horizontal line (a threshold), drawn dashed in the warning colour.
    void setThreshold(std::optional<double> value, const QString &label = {});
    void setRangeMinutes(int minutes);
    /// Draws from another store with the same metrics (the long ranges' history).
    void setStore(const MetricStore *store) { m_store = store; }
    const MetricStore *store() const { return m_store; }
    /// Overlays each line as it was earlier (a store whose times are moved to the current range), named
    /// "<line> (<label>)"; nullptr removes the overlay.
    void setCompare(const MetricStore *store, const QString &label);
    /// Markers at these moments (restarts, version changes, actions), each a vertical line with its text as the
    /// tooltip; at most 100, the latest.
    void setAnnotations(const QList<Annotation> &annotations);
    qsizetype annotationsShown() const { return qsizetype(m_markers.size()); }
    /// Points of the overlay drawn by the last refresh.
    qsizetype comparePointsDrawn() const { return m_comparePointsDrawn; }
    /// Redraws [fromMs, toMs] (a page draws all its charts over one window: DashboardPage::refreshCharts()).
    void refresh(qint64 fromMs, qint64 toMs);
    /// Redraws the chart's own window ending at `nowMs` (windowStart()).
    void refresh(qint64 nowMs) { refresh(windowStart(nowMs, m_rangeMinutes, oldestSampleMs()), nowMs); }
    /// The oldest sample any of the chart's lines holds.
    std::optional<qint64> oldestSampleMs() const;
    /// Where a window ending at `nowMs` starts: `rangeMinutes` before, or at the oldest sample when the history is
    /// shorter (but at least a minute back), so a young history fills the plot instead of a sliver at its right.
    static qint64 windowStart(qint64 nowMs, int rangeMinutes, std::optional<qint64> oldestMs);
    /// The one sentence shown, centred and wrapped inside the plot, while there is nothing to draw ("not offered
    /// by this backend"); without one, "No data yet". Axes and legend are hidden meanwhile.
    void setEmptyText(const QString &text);

    /// Points drawn in total by the last refresh (for tests and benchmarks).
    qsizetype pointsDrawn() const { return m_pointsDrawn; }
    QString title() const { return m_title; }
    /// The metrics the chart's lines draw.
    QList<Metric> metrics() const;
    /// Hands line `line` these points as they are, no decimation (the benchmark's reference).
    void replaceRaw(int line, const QList<QPointF> &points);
    QImage render();
    /// Asks for a file name and writes the chart as PNG on a worker thread.
    void exportPng();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLineSeries *newSegment(int line, bool inLegend);
    void showEmpty(bool empty);
    void placeEmptyText();
    double scale() const;
    QString valueText(double scaledValue) const;

    const MetricStore *m_store;
    QString m_title;
    Unit m_unit;
    QList<Line> m_lines;
    std::vector<std::vector<QLineSeries *>> m_segments; ///< per line: its segments (0 is in the legend)
    QLineSeries *m_threshold = nullptr;
    std::optional<double> m_thresholdValue;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_empty;
    QString m_emptyText;
    int m_rangeMinutes = 15;
    bool m_showingEmpty = false;
    qsizetype m_pointsDrawn = 0;
    const MetricStore *m_compare = nullptr;
    std::vector<QLineSeries *> m_compareSeries; ///< one per line while comparing
    qsizetype m_comparePointsDrawn = 0;
    QList<Annotation> m_annotations;
    std::vector<QLineSeries *> m_markers; ///< one per annotation inside the last refresh's window
    void placeMarkers(qint64 fromMs, qint64 toMs);
};

} // namespace opsdash
