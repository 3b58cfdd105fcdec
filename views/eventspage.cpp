#include "eventspage.h"

#include "eventdetail.h"
#include "format.h"
#include "pageid.h"
#include "palette.h"
#include "tablepanel.h"
#include "tables.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdash {

namespace {

// A ratio cell drawn as a bar behind its percentage: how full an event is, at a glance.
class FillDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant value = index.data(RowTableModel::SortRole);
        if (value.isValid()) {
            const double ratio = std::clamp(value.toDouble(), 0.0, 1.0);
            QRectF bar = QRectF(option.rect).adjusted(2, 3, -2, -3);
            bar.setWidth(bar.width() * ratio);
            QColor color = severityColor(ratio >= 1.0      ? Severity::Warning
                                             : ratio < 0.1 ? Severity::NoData
                                                           : Severity::Normal);
            color.setAlpha(110);
            painter->fillRect(bar, color);
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// Filters events by status and by past/upcoming, on top of the text filter of the table panel.
class EventFilter : public QSortFilterProxyModel
{
public:
    QString status; ///< empty: any
    int when = 0; ///< 0 all, 1 upcoming, 2 past

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!status.isEmpty() &&
            m->index(row, tables::EventStatus, parent).data(RowTableModel::SortRole).toString() != status)
            return false;
        if (when != 0) {
            const QDateTime date = m->index(row, tables::EventDate, parent).data(RowTableModel::SortRole).toDateTime();
            const bool upcoming = date >= QDateTime::currentDateTimeUtc();
            if ((when == 1) != upcoming)
                return false;
        }
        return true;
    }
};

// Registrations whose name or e-mail contains the search text. The server searches too; this keeps the list right
// against a backend that ignores the search parameter and sends every registration.
class RegistrationFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (int column : {RegistrationsModel::Name, RegistrationsModel::Email})
            if (sourceModel()->index(row, column, parent).data().toString().contains(re))
                return true;
        return false;
    }
};

} // namespace

EventsPage::EventsPage(QWidget *parent)
    : QWidget(parent)
    , m_events(tables::eventColumns())
    , m_status(new QComboBox(this))
    , m_when(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_detail(new EventDetail(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_registrationProxy(new RegistrationFilter(this))
    , m_registrationView(new QTableView(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_bom(new QCheckBox(tr("BOM for Excel"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_exportLabel(new QLabel(this))
    , m_report(new QPushButton(tr("Request report"), this))
    , m_downloadReport(new QPushButton(tr("Download report…"), this))
    , m_reportLabel(new QLabel(this))
    , m_totalsTimer(new QTimer(this))
{
    setObjectName(pageName(PageId::Events));
    m_events.setObjectName(QStringLiteral("events"));
    m_totals->setObjectName(QStringLiteral("eventTotals"));
    m_registrationView->setObjectName(QStringLiteral("registrationsView"));
    m_exportLabel->setObjectName(QStringLiteral("exportStatus"));
    // Status and date filters sit between the model and the panel's own text filter.
    auto *filter = new EventFilter;
    filter->setParent(this);
    filter->setSourceModel(&m_events);
    m_table = new TablePanel(tr("Events"), &m_events, this);
    m_table->proxy()->setSourceModel(filter);
    m_table->view()->setItemDelegateForColumn(tables::EventFill, new FillDelegate(m_table->view()));
    m_table->view()->setItemDelegateForColumn(tables::EventCheckedInShare, new FillDelegate(m_table->view()));
    m_table->view()->setColumnWidth(tables::EventName, 240);
    m_table->view()->setColumnWidth(tables::EventDate, 150);
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortBy(tables::EventDate, Qt::AscendingOrder);

    m_status->addItem(tr("any status"), QString());
    for (const char *s : {"published", "draft", "completed", "cancelled"})
        m_status->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_when->addItem(tr("all dates"), 0);
    m_when->addItem(tr("upcoming"), 1);
    m_when->addItem(tr("past"), 2);
    auto apply = [this, filter] {
        filter->status = m_status->currentData().toString();
        filter->when = m_when->currentData().toInt();
        filter->invalidate();
        updateTotals();
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, apply);
    connect(m_when, &QComboBox::currentIndexChanged, this, apply);
    // A refresh changes many rows, one signal each: the totals are summed once, after the last of them.
    m_totalsTimer->setSingleShot(true);
    connect(m_totalsTimer, &QTimer::timeout, this, &EventsPage::updateTotals);
    auto later = [this] { m_totalsTimer->start(0); };
    connect(m_table->proxy(), &QAbstractItemModel::rowsInserted, this, later);
    connect(m_table->proxy(), &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_table->proxy(), &QAbstractItemModel::dataChanged, this, later);
    connect(m_table->proxy(), &QAbstractItemModel::modelReset, this, later);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventsPage::onSelectionChanged);

    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &EventsPage::refreshRequested);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Date:"), this));
    filters->addWidget(m_when);
    filters->addStretch();
    filters->addWidget(refresh);

    // Registrations of the selected event.
    m_registrationProxy->setSourceModel(&m_registrations);
    m_registrationProxy->setFilterKeyColumn(-1);
    m_registrationProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_registrationView->setModel(m_registrationProxy);
    m_registrationView->verticalHeader()->hide();
    m_registrationView->setAlternatingRowColors(true);
    m_registrationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_registrationView->horizontalHeader()->setStretchLastSection(true);
    m_registrationView->setColumnWidth(RegistrationsModel::Name, 200);
    m_registrationView->setColumnWidth(RegistrationsModel::Email, 260);
    m_registrationView->setColumnWidth(RegistrationsModel::RegisteredAt, 150);
    m_search->setObjectName(QStringLiteral("registrationSearch"));
    m_search->setPlaceholderText(tr("Search registrations by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    // The server is asked once typing pauses, not for every key.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    auto search = [this] {
        m_searchTimer->stop();
        m_registrationProxy->setFilterFixedString(m_search->text().trimmed());
        m_registrations.setSearch(m_search->text());
    };
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, search);
    connect(m_search, &QLineEdit::returnPressed, this, search);
    QLayout *exportRow = buildExportRow();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_totals);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(exportRow);
    listLayout->addWidget(m_exportLabel);
    listLayout->addLayout(buildReportRow());
    listLayout->addWidget(m_registrationView, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_detail);
    bottom->addWidget(list);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addWidget(splitter);
    updateTotals();
}

void EventsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT refreshRequested();
}

void EventsPage::setEvents(const QList<EventStat> &events)
{
    m_stats = events;
    m_events.setRows(tables::eventRows(events));
    m_table->setUnavailable({});
    if (m_pendingSelection > 0)
        selectEvent(m_pendingSelection);
    onSelectionChanged();
}

void EventsPage::setEventsError(const QString &error)
{
    m_totals->setText(
        tr("<span style='color:%1'>%2</span>").arg(severityColor(Severity::Critical).name(), error.toHtmlEscaped()));
}

qint64 EventsPage::selectedEvent() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(RowTableModel::KeyRole).toLongLong();
}

void EventsPage::selectEvent(qint64 id)
{
    const QModelIndexList found = m_table->proxy()->match(m_table->proxy()->index(0, 0), RowTableModel::KeyRole,
                                                          QString::number(id), 1, Qt::MatchExactly);
    m_pendingSelection = found.isEmpty() ? id : 0; // not loaded yet: selected when it is
    if (!found.isEmpty()) {
        m_table->view()->selectionModel()->select(found.first(),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->view()->scrollTo(found.first());
    }
}

QLayout *EventsPage::buildExportRow()
{
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancel->hide();
    m_progress->hide();
    m_progress->setMinimumWidth(200);
    m_exportLabel->setWordWrap(true);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedEvent();
        if (id <= 0)
            return;
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Export registrations"),
                                         QStringLiteral("event-%1-registrations.csv").arg(id), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            Q_EMIT exportRequested(id, file, m_bom->isChecked());
    });
    connect(m_cancel, &QPushButton::clicked, this, &EventsPage::exportCancelRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_bom);
    row->addWidget(m_export);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    return row;
}

QLayout *EventsPage::buildReportRow()
{
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_report->setToolTip(tr("The backend builds the event's registrations report in its report queue; this page "
                            "says when it is ready and downloads it."));
    m_report->setEnabled(false);
    m_downloadReport->setObjectName(QStringLiteral("downloadReportButton"));
    m_downloadReport->hide();
    m_reportLabel->setObjectName(QStringLiteral("reportStatus"));
    m_reportLabel->setTextFormat(Qt::PlainText);
    m_reportLabel->setWordWrap(true);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEvent(); id > 0)
            Q_EMIT reportRequested(id);
    });
    connect(m_downloadReport, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Download report"), QStringLiteral("event-%1-report-%2.csv").arg(m_reportEvent).arg(m_reportId),
            tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            Q_EMIT reportDownloadRequested(m_reportEvent, m_reportId, file, m_bom->isChecked());
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_reportLabel, 1);
    row->addWidget(m_report);
    row->addWidget(m_downloadReport);
    return row;
}

void EventsPage::setReportsOffered(bool offered, const QString &why)
{
    m_report->setProperty("offered", offered);
    m_report->setEnabled(offered && selectedEvent() > 0);
    if (!offered)
        m_report->setToolTip(why);
}

void EventsPage::setReport(qint64 eventId, const std::optional<ReportStatus> &report, const QString &error)
{
    if (!error.isEmpty()) {
        m_reportLabel->setText(tr("The report could not be asked for: %1").arg(error));
        m_report->setEnabled(selectedEvent() > 0);
        return;
    }
    if (!report)
        return;
    m_reportEvent = eventId;
    m_reportId = report->id;
    const bool ready = report->state == ReportStatus::State::Ready;
    m_downloadReport->setVisible(ready);
    m_report->setEnabled(selectedEvent() > 0 && (ready || report->state == ReportStatus::State::Failed));
    switch (report->state) {
    case ReportStatus::State::Queued:
        m_reportLabel->setText(tr("Report #%1 of event %2 is queued…").arg(report->id).arg(eventId));
        break;
    case ReportStatus::State::Running:
        m_reportLabel->setText(tr("Report #%1 of event %2 is being built…").arg(report->id).arg(eventId));
        break;
    case ReportStatus::State::Ready:
        m_reportLabel->setText(tr("Report #%1 of event %2 is ready: %3 rows.")
                                   .arg(report->id)
                                   .arg(eventId)
                                   .arg(QLocale().toString(report->rows.value_or(0))));
        break;
    case ReportStatus::State::Failed:
        m_reportLabel->setText(tr("Report #%1 of event %2 failed: %3").arg(report->id).arg(eventId).arg(report->error));
        break;
    }
}

void EventsPage::onSelectionChanged()
{
    const qint64 id = selectedEvent();
    m_export->setEnabled(id > 0 && !m_cancel->isVisible());
    m_report->setEnabled(id > 0 && m_report->property("offered").toBool());
    if (id != m_registrations.eventId())
        m_registrations.setEvent(id); // the view's next fetchMore() asks for the first page
    if (id <= 0) {
        m_detail->clear();
        return;
    }
    if (id != m_detail->eventId()) {
        m_detail->setLoading(id);
        Q_EMIT summaryRequested(id);
        return;
    }
    // The same event after a refresh: ask again only when its figures moved.
    for (const EventStat &e : std::as_const(m_stats)) {
        if (e.id == id && m_detail->hasSummary() &&
            (e.registrations != m_detail->summary().registrations || e.checkedIn != m_detail->summary().checkedIn))
            Q_EMIT summaryRequested(id);
    }
}

void EventsPage::setSummary(const EventSummary &summary)
{
    if (summary.eventId == selectedEvent())
        m_detail->setSummary(summary);
}

void EventsPage::setSummaryError(qint64 eventId, const QString &error)
{
    if (eventId == selectedEvent())
        m_detail->setError(error);
}

void EventsPage::updateTotals()
{
    m_totals->setText(totalsText());
}

QString EventsPage::totalsText() const
{
    qint64 events = 0, registrations = 0, capacity = 0, checkedIn = 0;
    double revenue = 0;
    const QAbstractItemModel *p = m_table->proxy();
    for (int r = 0; r < p->rowCount(); ++r) {
        ++events;
        capacity += p->index(r, tables::EventCapacity).data(RowTableModel::SortRole).toLongLong();
        registrations += p->index(r, tables::EventRegistrations).data(RowTableModel::SortRole).toLongLong();
        checkedIn += p->index(r, tables::EventCheckedIn).data(RowTableModel::SortRole).toLongLong();
        revenue += p->index(r, tables::EventRevenue).data(RowTableModel::SortRole).toDouble();
    }
    const QLocale locale;
    return tr("<b>Totals</b> of %1 events shown: %2 registrations of %3 places (%4), %5 checked in, revenue %6")
        .arg(locale.toString(events), locale.toString(registrations), locale.toString(capacity),
             capacity > 0 ? format::percent(double(registrations) / double(capacity)) : QStringLiteral("—"),
             locale.toString(checkedIn), locale.toString(revenue, 'f', 2));
}

void EventsPage::exportStarted(const QString &file)
{
    m_export->setEnabled(false);
    m_cancel->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_exportLabel->setText(tr("Exporting to %1…").arg(file));
}

void EventsPage::exportProgress(qint64 rows, std::optional<qint64> expected, double megabytesPerSecond)
{
    if (expected && *expected > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, rows * 1000 / *expected)));
    }
    const QLocale locale;
    m_progress->setFormat(
        tr("%1 rows · %2 MB/s").arg(locale.toString(rows), locale.toString(megabytesPerSecond, 'f', 1)));
    m_progress->setTextVisible(true);
}

void EventsPage::exportFinished(bool ok, const QString &message)
{
    m_cancel->hide();
    m_progress->hide();
    m_export->setEnabled(selectedEvent() > 0);
    m_exportLabel->setText(
        QStringLiteral("<span style='color:%1'>%2</span>")
            .arg(severityColor(ok ? Severity::Normal : Severity::Critical).name(), message.toHtmlEscaped()));
}

} // namespace opsdash
