#include "chartwidget.h"

#include "format.h"
#include "palette.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <QCoroFuture>
#include <QCoroTask>

#include <cmath>

namespace opsdash {

namespace {

QCoro::Task<> writeImage(QPointer<QWidget> context, QImage image, QString file)
{
    QFuture<bool> saving = QtConcurrent::run([image, file] { return image.save(file, "PNG"); });
    const bool saved = co_await saving;
    if (!saved && context)
        QToolTip::showText(context->mapToGlobal(QPoint(20, 20)),
                           QCoreApplication::translate("opsdash::ChartWidget", "Cannot write %1").arg(file), context);
}

} // namespace

QList<Metric> ChartWidget::metrics() const
{
    QList<Metric> out;
    for (const Line &line : m_lines)
        out.append(line.metric);
    return out;
}

ChartWidget::ChartWidget(const MetricStore *store, const QString &title, Unit unit, QList<Line> lines, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(title)
    , m_unit(unit)
    , m_lines(std::move(lines))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_axisX(new QDateTimeAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_empty(new QLabel(this))
{
    m_chart->setTheme(theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(title);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setTickCount(6);
    m_axisY->setLabelFormat(QStringLiteral("%.4g"));
    m_axisY->setTickCount(5);
    m_axisY->setTruncateLabels(false);
    m_axisX->setTruncateLabels(false);
    switch (m_unit) {
    case Unit::Milliseconds:
        m_axisY->setTitleText(tr("ms"));
        break;
    case Unit::Bytes:
        m_axisY->setTitleText(tr("MiB"));
        break;
    case Unit::Percent:
        m_axisY->setTitleText(tr("%"));
        break;
    case Unit::PerSecond:
        m_axisY->setTitleText(tr("per second"));
        break;
    case Unit::PerMinute:
        m_axisY->setTitleText(tr("per minute"));
        break;
    case Unit::Count:
        break;
    }
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(190);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        menu.addAction(tr("Export chart as PNG…"), this, &ChartWidget::exportPng);
        menu.exec(m_view->mapToGlobal(pos));
    });
    for (int i = 0; i < m_lines.size(); ++i) {
        m_segments.emplace_back();
        newSegment(i, true);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    setRangeMinutes(m_rangeMinutes);
}

QLineSeries *ChartWidget::newSegment(int line, bool inLegend)
{
    auto *series = new QLineSeries(this);
    series->setName(m_lines[line].name);
    QPen pen(seriesColor(line));
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    if (m_lines[line].dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(false);
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    if (!inLegend)
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    const QString name = m_lines[line].name;
    connect(series, &QLineSeries::hovered, this, [this, name](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString time =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).time(), QStringLiteral("HH:mm:ss"));
        QToolTip::showText(QCursor::pos(), tr("%1\n%2 at %3").arg(name, valueText(point.y()), time), m_view);
    });
    m_segments[std::size_t(line)].push_back(series);
    return series;
}

double ChartWidget::scale() const
{
    return m_unit == Unit::Bytes ? 1.0 / (1024.0 * 1024.0) : 1.0;
}

QString ChartWidget::valueText(double v) const
{
    const QLocale locale;
    switch (m_unit) {
    case Unit::Milliseconds:
        return format::durationMs(v, locale);
    case Unit::Bytes:
        return format::bytes(qint64(v / scale()), locale);
    case Unit::Percent:
        return format::percent(v / 100.0, 1, locale);
    case Unit::PerSecond:
        return format::ratePerSecond(v, locale);
    case Unit::PerMinute:
        return tr("%1 /min").arg(locale.toString(v, 'f', 1));
    case Unit::Count:
        return locale.toString(v, 'f', v == std::floor(v) ? 0 : 1);
    }
    return QString::number(v);
}

void ChartWidget::setThreshold(std::optional<double> value, const QString &label)
{
    m_thresholdValue = value;
    if (!m_threshold && value) {
        m_threshold = new QLineSeries(this);
        QPen pen(severityColor(Severity::Warning));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        m_threshold->setPen(pen);
        m_chart->addSeries(m_threshold);
        m_threshold->attachAxis(m_axisX);
        m_threshold->attachAxis(m_axisY);
    }
    if (m_threshold) {
        m_threshold->setName(label.isEmpty() ? tr("threshold") : label);
        m_threshold->setVisible(value.has_value());
    }
}

void ChartWidget::setRangeMinutes(int minutes)
{
    m_rangeMinutes = std::max(1, minutes);
    m_axisX->setFormat(m_rangeMinutes <= 60         ? QStringLiteral("HH:mm:ss")
                           : m_rangeMinutes <= 1440 ? QStringLiteral("HH:mm")
                                                    : QStringLiteral("d MMM HH:mm"));
}

void ChartWidget::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations.size() > 100 ? annotations.mid(annotations.size() - 100) : annotations;
}

void ChartWidget::placeMarkers(qint64 fromMs, qint64 toMs)
{
    QList<const Annotation *> inside;
    for (const Annotation &a : std::as_const(m_annotations))
        if (a.timeMs >= fromMs && a.timeMs <= toMs)
            inside.append(&a);
    while (m_markers.size() > std::size_t(inside.size())) {
        m_chart->removeSeries(m_markers.back());
        delete m_markers.back();
        m_markers.pop_back();
    }
    while (m_markers.size() < std::size_t(inside.size())) {
        auto *marker = new QLineSeries(this);
        marker->setObjectName(QStringLiteral("annotation"));
        QColor color = palette().color(QPalette::PlaceholderText);
        QPen pen(color);
        pen.setCosmetic(true);
        pen.setWidthF(1.5);
        marker->setPen(pen);
        m_chart->addSeries(marker);
        marker->attachAxis(m_axisX);
        marker->attachAxis(m_axisY);
        for (QLegendMarker *legend : m_chart->legend()->markers(marker))
            legend->setVisible(false);
        connect(marker, &QLineSeries::hovered, this, [this, marker](const QPointF &, bool state) {
            // The text may be a backend's words (an action's result): escaped, never read as markup.
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("<p>%1</p>").arg(marker->property("text").toString().toHtmlEscaped()),
                                   this);
            else
                QToolTip::hideText();
        });
        m_markers.push_back(marker);
    }
    for (qsizetype i = 0; i < inside.size(); ++i) {
        const Annotation &a = *inside[i];
        QLineSeries *marker = m_markers[std::size_t(i)];
        const QString when = QDateTime::fromMSecsSinceEpoch(a.timeMs).toString(QStringLiteral("d MMM HH:mm:ss"));
        // Never the series' name: the legend would lay it out as rich text even while its marker is hidden.
        marker->setProperty("text", QString(when + QStringLiteral(" · ") + a.text));
        marker->replace({QPointF(double(a.timeMs), m_axisY->min()), QPointF(double(a.timeMs), m_axisY->max())});
    }
}

void ChartWidget::setCompare(const MetricStore *store, const QString &label)
{
    m_compare = store;
    for (QLineSeries *series : m_compareSeries) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_compareSeries.clear();
    m_comparePointsDrawn = 0;
    if (!store)
        return;
    for (int line = 0; line < m_lines.size(); ++line) {
        auto *series = new QLineSeries(this);
        series->setName(tr("%1 (%2)").arg(m_lines[line].name, label));
        series->setObjectName(QStringLiteral("compare-%1").arg(line));
        QColor color = seriesColor(line);
        color.setAlphaF(0.55);
        QPen pen(color);
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
        pen.setStyle(Qt::DotLine);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_compareSeries.push_back(series);
    }
}

void ChartWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_empty->setText(text.isEmpty() ? tr("No data yet") : text);
}

std::optional<qint64> ChartWidget::oldestSampleMs() const
{
    std::optional<qint64> oldest;
    for (const Line &line : std::as_const(m_lines))
        if (const auto t = m_store->series(line.metric).firstTimeMs())
            oldest = oldest ? std::min(*oldest, *t) : *t;
    return oldest;
}

qint64 ChartWidget::windowStart(qint64 nowMs, int rangeMinutes, std::optional<qint64> oldestMs)
{
    const qint64 fromMs = nowMs - qint64(rangeMinutes) * 60'000;
    return oldestMs ? std::max(fromMs, std::min(*oldestMs, nowMs - 60'000)) : fromMs;
}

void ChartWidget::refresh(qint64 fromMs, qint64 nowMs)
{
    const qsizetype width = std::max(64, m_view->width() > 0 ? m_view->width() : 600);
    const double k = scale();
    double lo = 0, hi = 0;
    bool any = false;
    m_pointsDrawn = 0;
    // Data first, axes next, points last: each series then maps its points to pixels once per refresh, not once
    // per axis change.
    std::vector<QList<QList<QPointF>>> lines(std::size_t(m_lines.size()));
    for (int line = 0; line < m_lines.size(); ++line) {
        const QList<QPointF> points = m_store->series(m_lines[line].metric).points(fromMs, nowMs, width);
        // Split at gap markers: one QLineSeries per run.
        QList<QList<QPointF>> &runs = lines[std::size_t(line)];
        runs.append(QList<QPointF>());
        runs.last().reserve(points.size());
        for (const QPointF &p : points) {
            if (std::isnan(p.y())) {
                if (!runs.last().isEmpty())
                    runs.append(QList<QPointF>());
                continue;
            }
            const double y = p.y() * k;
            runs.last().append(QPointF(p.x(), y));
            lo = any ? std::min(lo, y) : y;
            hi = any ? std::max(hi, y) : y;
            any = true;
        }
    }
    // The overlay of an earlier stretch: one line each, across its gaps (it is there to compare shapes).
    std::vector<QList<QPointF>> earlier(m_compareSeries.size());
    for (std::size_t line = 0; line < m_compareSeries.size(); ++line)
        for (const QPointF &p : m_compare->series(m_lines[int(line)].metric).points(fromMs, nowMs, width)) {
            if (std::isnan(p.y()))
                continue;
            const double y = p.y() * k;
            earlier[line].append(QPointF(p.x(), y));
            lo = any ? std::min(lo, y) : y;
            hi = any ? std::max(hi, y) : y;
            any = true;
        }
    if (m_threshold && m_thresholdValue) {
        const double y = *m_thresholdValue * k;
        hi = any ? std::max(hi, y) : y;
        lo = any ? std::min(lo, y) : y;
    }
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(nowMs));
    // Nice numbers (0, 10, 20 … rather than 0, 9.478, 18.96), computed here so the range is set once.
    const double bottom = std::min(0.0, lo);
    double top = hi <= 0 ? 1.0 : hi * 1.15;
    if (m_unit == Unit::Percent)
        top = std::min(std::max(top, 1.0), 100.0);
    const format::NiceAxis axis = format::niceAxis(bottom, top);
    if (m_axisY->tickCount() != axis.ticks)
        m_axisY->setTickCount(axis.ticks);
    if (m_axisY->min() != axis.min || m_axisY->max() != axis.max)
        m_axisY->setRange(axis.min, axis.max);

    for (int line = 0; line < m_lines.size(); ++line) {
        const QList<QList<QPointF>> &runs = lines[std::size_t(line)];
        auto &segments = m_segments[std::size_t(line)];
        while (segments.size() < std::size_t(runs.size()))
            newSegment(line, false);
        for (std::size_t s = 0; s < segments.size(); ++s) {
            if (s < std::size_t(runs.size())) {
                segments[s]->replace(runs[qsizetype(s)]);
                m_pointsDrawn += runs[qsizetype(s)].size();
            } else if (segments[s]->count() > 0) {
                segments[s]->clear();
            }
        }
    }
    m_comparePointsDrawn = 0;
    for (std::size_t line = 0; line < m_compareSeries.size(); ++line) {
        m_compareSeries[line]->replace(earlier[line]);
        m_comparePointsDrawn += earlier[line].size();
    }
    if (m_threshold && m_thresholdValue) {
        const double y = *m_thresholdValue * k;
        m_threshold->replace({QPointF(double(fromMs), y), QPointF(double(nowMs), y)});
    }
    placeMarkers(fromMs, nowMs);
    showEmpty(m_pointsDrawn == 0);
}

void ChartWidget::showEmpty(bool empty)
{
    m_empty->setText(m_emptyText.isEmpty() ? tr("No data yet") : m_emptyText);
    if (empty != m_showingEmpty) {
        // Empty axes say nothing, and the sentence would run across them: one or the other.
        m_showingEmpty = empty;
        m_axisX->setVisible(!empty);
        m_axisY->setVisible(!empty);
        m_chart->legend()->setVisible(!empty);
        if (m_threshold)
            m_threshold->setVisible(!empty && m_thresholdValue.has_value());
    }
    m_empty->setVisible(empty);
    if (empty)
        placeEmptyText();
}

void ChartWidget::placeEmptyText()
{
    // Inside the plot (below the title), with a margin, wrapped to its width.
    const int title = QFontMetrics(m_chart->titleFont()).height() + 16;
    m_empty->setGeometry(rect().adjusted(24, title, -24, -16));
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_showingEmpty)
        placeEmptyText();
}

void ChartWidget::replaceRaw(int line, const QList<QPointF> &points)
{
    m_segments[std::size_t(line)].front()->replace(points);
}

QImage ChartWidget::render()
{
    return m_view->grab().toImage();
}

void ChartWidget::exportPng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart"), m_title + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    writeImage(this, render(), file);
}

} // namespace opsdash
