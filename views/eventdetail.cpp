#include "eventdetail.h"

#include "format.h"
#include "palette.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QProgressBar>
#include <QValueAxis>

namespace opsdash {

BreakdownBar::BreakdownBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BreakdownBar::setPayments(const QList<EventSummary::Payment> &payments)
{
    m_payments = payments;
    update();
}

QSize BreakdownBar::sizeHint() const
{
    return {200, fontMetrics().height() + 6};
}

QColor BreakdownBar::statusColor(const QString &status)
{
    if (status == QLatin1String("PAID"))
        return severityColor(Severity::Normal);
    if (status == QLatin1String("PENDING"))
        return severityColor(Severity::Warning);
    if (status == QLatin1String("FAILED"))
        return severityColor(Severity::Critical);
    return seriesColor(3); // REFUNDED (purple), or whatever a backend adds
}

void BreakdownBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(area);
    qint64 total = 0;
    for (const EventSummary::Payment &p : m_payments)
        total += p.count;
    if (total <= 0)
        return;
    double x = area.left();
    painter.setPen(Qt::NoPen);
    for (const EventSummary::Payment &p : m_payments) {
        const double width = area.width() * double(p.count) / double(total);
        painter.setBrush(statusColor(p.status));
        painter.drawRect(QRectF(x, area.top(), width, area.height()));
        x += width;
    }
}

EventDetail::EventDetail(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_axisX(new QDateTimeAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_registered(new QLineSeries(this))
    , m_checkedIn(new QLineSeries(this))
    , m_capacity(new QLineSeries(this))
    , m_status(new QLabel(this))
    , m_checkIn(new QProgressBar(this))
    , m_bar(new BreakdownBar(this))
    , m_payments(new QLabel(this))
{
    setObjectName(QStringLiteral("eventDetail"));
    m_chart->setTheme(theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(tr("Registrations over time"));
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setFormat(QStringLiteral("dd MMM"));
    m_axisX->setTickCount(5);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTruncateLabels(false);
    // Object names say what each line is (tests read what is drawn from them).
    m_registered->setObjectName(QStringLiteral("registeredLine"));
    m_checkedIn->setObjectName(QStringLiteral("checkedInLine"));
    m_capacity->setObjectName(QStringLiteral("capacityLine"));
    m_payments->setObjectName(QStringLiteral("paymentsText"));
    const struct
    {
        QLineSeries *series;
        QString name;
        QColor color;
        Qt::PenStyle style;
    } lines[] = {{m_registered, tr("registered"), seriesColor(0), Qt::SolidLine},
                 {m_checkedIn, tr("checked in"), severityColor(Severity::Normal), Qt::SolidLine},
                 {m_capacity, tr("capacity"), severityColor(Severity::Critical), Qt::DashLine}};
    for (const auto &line : lines) {
        line.series->setName(line.name);
        QPen pen(line.color, 2, line.style);
        pen.setCosmetic(true);
        line.series->setPen(pen);
        m_chart->addSeries(line.series);
        line.series->attachAxis(m_axisX);
        line.series->attachAxis(m_axisY);
    }
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);

    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_checkIn->setObjectName(QStringLiteral("checkInProgress"));
    m_checkIn->setTextVisible(true);
    m_payments->setTextFormat(Qt::RichText);
    m_payments->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("paymentBreakdown"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 0, 0, 1, 2);
    layout->addWidget(m_view, 1, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Check-in:"), this), 2, 0);
    layout->addWidget(m_checkIn, 2, 1);
    layout->addWidget(new QLabel(tr("Payments:"), this), 3, 0);
    layout->addWidget(m_bar, 3, 1);
    layout->addWidget(m_payments, 4, 1);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(1, 1);
    clear();
}

void EventDetail::clear()
{
    m_eventId = 0;
    m_summary = {};
    for (QLineSeries *s : {m_registered, m_checkedIn, m_capacity})
        s->clear();
    m_checkIn->setRange(0, 1);
    m_checkIn->setValue(0);
    m_checkIn->setFormat(QStringLiteral("—"));
    m_bar->setPayments({});
    m_payments->clear();
    m_status->setText(tr("Select an event to see its registrations over time, check-ins and payments."));
}

void EventDetail::setLoading(qint64 eventId)
{
    if (eventId != m_summary.eventId) {
        clear();
        m_eventId = eventId;
    }
    m_status->setText(tr("Loading the event's figures…"));
}

void EventDetail::setError(const QString &error)
{
    m_status->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                          .arg(severityColor(Severity::Critical).name(), error.toHtmlEscaped()));
}

void EventDetail::setSummary(const EventSummary &summary)
{
    m_eventId = summary.eventId;
    m_summary = summary;
    const QLocale locale;

    // Cumulative counts at the end of each day with something, from zero the day before the first.
    QList<QPointF> registered, checkedIn;
    qint64 r = 0, c = 0;
    qint64 firstMs = 0, lastMs = 0;
    for (const EventSummary::Day &d : summary.days) {
        const qint64 ms = QDateTime(d.day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (registered.isEmpty()) {
            firstMs = ms - 86400000;
            registered.append(QPointF(double(firstMs), 0));
            checkedIn.append(QPointF(double(firstMs), 0));
        }
        r += d.registrations;
        c += d.checkedIn;
        registered.append(QPointF(double(ms), double(r)));
        checkedIn.append(QPointF(double(ms), double(c)));
        lastMs = ms;
    }
    if (summary.date.isValid()) {
        const qint64 eventMs = summary.date.toMSecsSinceEpoch();
        if (registered.isEmpty())
            firstMs = eventMs - 7 * 86400000LL;
        lastMs = std::max(lastMs, eventMs);
    }
    if (lastMs <= firstMs)
        lastMs = firstMs + 86400000;
    // The lines run on to the right edge, so "where we are now" reads straight off the chart.
    if (!registered.isEmpty() && registered.last().x() < double(lastMs)) {
        registered.append(QPointF(double(lastMs), double(r)));
        checkedIn.append(QPointF(double(lastMs), double(c)));
    }
    m_registered->replace(registered);
    m_checkedIn->replace(checkedIn);
    m_capacity->replace(
        {QPointF(double(firstMs), double(summary.capacity)), QPointF(double(lastMs), double(summary.capacity))});
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(firstMs), QDateTime::fromMSecsSinceEpoch(lastMs));
    const format::NiceAxis axis = format::niceAxis(0, double(std::max({r, summary.capacity, qint64(1)})) * 1.05);
    m_axisY->setRange(axis.min, axis.max);
    m_axisY->setTickCount(axis.ticks);

    m_checkIn->setRange(0, int(std::min<qint64>(std::max<qint64>(summary.registrations, 1), INT_MAX)));
    m_checkIn->setValue(int(std::min<qint64>(summary.checkedIn, m_checkIn->maximum())));
    m_checkIn->setFormat(checkInText());

    m_bar->setPayments(summary.payments);
    m_payments->setText(paymentsText());
    m_status->setText(statusText());
}

QString EventDetail::statusText() const
{
    const EventSummary &s = m_summary;
    if (s.eventId <= 0)
        return {};
    const QLocale locale;
    return tr("<b>%1</b> · %2 · %3 of %4 places taken (%5)")
        .arg(s.name.toHtmlEscaped(), locale.toString(s.date.toLocalTime(), QLocale::ShortFormat),
             locale.toString(s.registrations), locale.toString(s.capacity),
             s.capacity > 0 ? format::percent(double(s.registrations) / double(s.capacity)) : QStringLiteral("—"));
}

QString EventDetail::checkInText() const
{
    const QLocale locale;
    return tr("%1 of %2 checked in (%3)")
        .arg(locale.toString(m_summary.checkedIn), locale.toString(m_summary.registrations),
             m_summary.registrations > 0
                 ? format::percent(double(m_summary.checkedIn) / double(m_summary.registrations))
                 : QStringLiteral("—"));
}

QString EventDetail::paymentsText() const
{
    qint64 total = 0;
    for (const EventSummary::Payment &p : m_summary.payments)
        total += p.count;
    if (total == 0)
        return tr("No registrations yet.");
    const QLocale locale;
    QStringList parts;
    for (const EventSummary::Payment &p : m_summary.payments)
        parts.append(
            QStringLiteral("<span style='color:%1'>■</span>&nbsp;").arg(BreakdownBar::statusColor(p.status).name()) +
            tr("%1 %2 (%3) · %4")
                .arg(p.status.toHtmlEscaped(), locale.toString(p.count),
                     format::percent(double(p.count) / double(total)), locale.toString(p.amount, 'f', 2))
                .replace(u' ', QStringLiteral("&nbsp;"))); // one status never breaks across lines
    return parts.join(QStringLiteral("&nbsp;&nbsp; "));
}

} // namespace opsdash
