#pragma once

#include "backendtypes.h"
#include "registrationsmodel.h"
#include "rowtablemodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace opsdash {

class EventDetail;
class TablePanel;

/// The organizer view: every event with its statistics (sortable, filterable, totals, fill bars); the selected
/// event's detail (registrations over time against its capacity, check-in progress, payment breakdown) and its
/// registrations, loaded lazily as the list scrolls and searchable by name or e-mail on the server; the CSV report
/// export with progress and cancel.
/// It does no I/O: it asks through signals and is fed through its slots (app/EventsController).
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(QWidget *parent = nullptr);

    void setEvents(const QList<EventStat> &events);
    void setEventsError(const QString &error);
    RegistrationsModel *registrations() { return &m_registrations; }
    qint64 selectedEvent() const;
    /// Selects event `id`; when it is not in the table yet, as soon as it is.
    void selectEvent(qint64 id);

    /// The selected event's summary (dropped when another event is selected by now).
    void setSummary(const EventSummary &summary);
    void setSummaryError(qint64 eventId, const QString &error);

    /// The export's state, for the progress bar and the message.
    void exportStarted(const QString &file);
    void exportProgress(qint64 rows, std::optional<qint64> expected, double megabytesPerSecond);
    void exportFinished(bool ok, const QString &message);

    /// The report the backend builds for the selected event (after reportRequested), as it goes; `error` when
    /// asking failed. Ready: the page offers its download.
    void setReport(qint64 eventId, const std::optional<ReportStatus> &report, const QString &error);
    /// False: the backend builds no reports (a seed backend, or no backend): the button says so.
    void setReportsOffered(bool offered, const QString &why);

Q_SIGNALS:
    void refreshRequested();
    /// The detail of `eventId` is wanted (selected, or its figures changed).
    void summaryRequested(qint64 eventId);
    /// Export `eventId`'s registrations to `file`; the page asked for the file name already.
    void exportRequested(qint64 eventId, const QString &file, bool bom);
    void exportCancelRequested();
    /// Ask the backend to build `eventId`'s registrations report.
    void reportRequested(qint64 eventId);
    /// Download report `reportId` of `eventId` into `file` (the page asked for the name).
    void reportDownloadRequested(qint64 eventId, qint64 reportId, const QString &file, bool bom);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSelectionChanged();
    QLayout *buildExportRow();
    QLayout *buildReportRow();
    void applyFilters();
    void updateTotals();
    QString totalsText() const;

    RowTableModel m_events;
    RegistrationsModel m_registrations;
    QList<EventStat> m_stats;
    TablePanel *m_table;
    QComboBox *m_status;
    QComboBox *m_when;
    QLabel *m_totals;
    EventDetail *m_detail;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QSortFilterProxyModel *m_registrationProxy;
    QTableView *m_registrationView;
    QPushButton *m_export;
    QCheckBox *m_bom;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_exportLabel;
    QPushButton *m_report;
    QPushButton *m_downloadReport;
    QLabel *m_reportLabel;
    qint64 m_reportEvent = 0; ///< the event and id of the report shown, 0 for none
    qint64 m_reportId = 0;
    QTimer *m_totalsTimer;
    qint64 m_pendingSelection = 0;
};

} // namespace opsdash
