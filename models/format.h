#pragma once

#include <QLocale>
#include <QString>

namespace opsdash::format {

/// "512 B", "1.5 KiB", "8.0 MiB" — binary units, one decimal from KiB on.
QString bytes(qint64 value, const QLocale &locale = {});

/// A duration in milliseconds chosen for reading at a glance: "850 µs", "12.3 ms", "1.25 s", "3 min 20 s",
/// "2 h 05 min", "3 d 4 h".
QString durationMs(double ms, const QLocale &locale = {});

/// A ratio (0..1) as a percentage with the given decimals: 0.9734 -> "97.3 %".
QString percent(double ratio, int decimals = 1, const QLocale &locale = {});

/// A rate per second: "1,234 /s", "12.5 /s", "0.25 /s".
QString ratePerSecond(double perSecond, const QLocale &locale = {});

/// A value axis with round ticks (0, 10, 20 … rather than 0, 9.478, 18.96) covering [low, high] in about
/// `parts` steps of 1, 2, 2.5 or 5 times a power of ten.
struct NiceAxis
{
    double min = 0;
    double max = 1;
    int ticks = 2;
};
NiceAxis niceAxis(double low, double high, int parts = 4);

/// `text` as a tooltip that shows it literally. Qt renders a tooltip as rich text whenever it looks like markup,
/// and remote text (a statement, a server's error) must never be interpreted: `<img src="/dev/zero">` would be read.
QString plainToolTip(const QString &text);

} // namespace opsdash::format
