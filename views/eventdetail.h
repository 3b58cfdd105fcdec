#pragma once

#include "backendtypes.h"

#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QProgressBar;
class QValueAxis;

namespace opsdash {

/// A horizontal bar split into coloured parts, one per payment status, in proportion to their counts.
class BreakdownBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreakdownBar(QWidget *parent = nullptr);
    void setPayments(const QList<EventSummary::Payment> &payments);
    QSize sizeHint() const override;
    static QColor statusColor(const QString &status);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<EventSummary::Payment> m_payments;
};

/// One event's detail: registrations over time (cumulative, against the capacity line, with the check-ins),
/// check-in progress and the payment status breakdown. It is fed an EventSummary and does no I/O.
class EventDetail : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetail(QWidget *parent = nullptr);

    /// Nothing selected.
    void clear();
    /// `eventId`'s figures are on their way: keep showing what was there, say so.
    void setLoading(qint64 eventId);
    void setSummary(const EventSummary &summary);
    void setError(const QString &error);
    qint64 eventId() const { return m_eventId; }
    bool hasSummary() const { return m_summary.eventId > 0; }
    const EventSummary &summary() const { return m_summary; }

private:
    QString checkInText() const;
    QString paymentsText() const;
    QString statusText() const;

    qint64 m_eventId = 0;
    EventSummary m_summary;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_registered;
    QLineSeries *m_checkedIn;
    QLineSeries *m_capacity;
    QLabel *m_status;
    QProgressBar *m_checkIn;
    BreakdownBar *m_bar;
    QLabel *m_payments;
};

} // namespace opsdash
