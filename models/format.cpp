#include "format.h"

#include <QCoreApplication>

#include <cmath>

namespace opsdash::format {

QString bytes(qint64 value, const QLocale &locale)
{
    static constexpr const char *units[] = {
        QT_TRANSLATE_NOOP("opsdash::format", "KiB"), QT_TRANSLATE_NOOP("opsdash::format", "MiB"),
        QT_TRANSLATE_NOOP("opsdash::format", "GiB"), QT_TRANSLATE_NOOP("opsdash::format", "TiB")};
    const bool negative = value < 0;
    const double magnitude = std::abs(double(value));
    if (magnitude < 1024)
        return QCoreApplication::translate("opsdash::format", "%1 B").arg(locale.toString(value));
    double scaled = magnitude / 1024;
    std::size_t unit = 0;
    while (scaled >= 1024 && unit + 1 < std::size(units)) {
        scaled /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(locale.toString(negative ? -scaled : scaled, 'f', 1),
                                       QCoreApplication::translate("opsdash::format", units[unit]));
}

QString durationMs(double ms, const QLocale &locale)
{
    if (!std::isfinite(ms))
        return QStringLiteral("—");
    if (ms < 0)
        return u'-' + durationMs(-ms, locale);
    if (ms < 1)
        return QCoreApplication::translate("opsdash::format", "%1 µs")
            .arg(locale.toString(std::round(ms * 1000), 'f', 0));
    if (ms < 100)
        return QCoreApplication::translate("opsdash::format", "%1 ms").arg(locale.toString(ms, 'f', ms < 10 ? 2 : 1));
    if (ms < 1000)
        return QCoreApplication::translate("opsdash::format", "%1 ms").arg(locale.toString(std::round(ms), 'f', 0));
    const double s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("opsdash::format", "%1 s").arg(locale.toString(s, 'f', s < 10 ? 2 : 1));
    const auto totalSeconds = static_cast<qint64>(std::round(s));
    if (totalSeconds < 3600)
        return QCoreApplication::translate("opsdash::format", "%1 min %2 s")
            .arg(totalSeconds / 60)
            .arg(totalSeconds % 60);
    const qint64 totalMinutes = totalSeconds / 60;
    if (totalMinutes < 24 * 60)
        return QCoreApplication::translate("opsdash::format", "%1 h %2 min")
            .arg(totalMinutes / 60)
            .arg(totalMinutes % 60, 2, 10, QLatin1Char('0'));
    const qint64 totalHours = totalMinutes / 60;
    return QCoreApplication::translate("opsdash::format", "%1 d %2 h").arg(totalHours / 24).arg(totalHours % 24);
}

QString percent(double ratio, int decimals, const QLocale &locale)
{
    if (!std::isfinite(ratio))
        return QStringLiteral("—");
    return QCoreApplication::translate("opsdash::format", "%1 %").arg(locale.toString(ratio * 100, 'f', decimals));
}

QString ratePerSecond(double perSecond, const QLocale &locale)
{
    if (!std::isfinite(perSecond))
        return QStringLiteral("—");
    const double magnitude = std::abs(perSecond);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2;
    return QCoreApplication::translate("opsdash::format", "%1 /s").arg(locale.toString(perSecond, 'f', decimals));
}

NiceAxis niceAxis(double low, double high, int parts)
{
    if (!std::isfinite(low) || !std::isfinite(high) || parts < 1)
        return {};
    if (high <= low)
        high = low + 1;
    const double rawStep = (high - low) / double(parts);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double fraction = rawStep / magnitude;
    const double step = (fraction <= 1         ? 1
                             : fraction <= 2   ? 2
                             : fraction <= 2.5 ? 2.5
                             : fraction <= 5   ? 5
                                               : 10) *
        magnitude;
    NiceAxis axis;
    axis.min = std::floor(low / step) * step;
    axis.max = std::ceil(high / step) * step;
    axis.ticks = int(std::lround((axis.max - axis.min) / step)) + 1;
    return axis;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace opsdash::format
