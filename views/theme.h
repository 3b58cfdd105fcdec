#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace opsdash::theme {

/// Fusion with a light or dark palette. `mode` is "system" (follow the desktop's palette), "light" or "dark".
void apply(QApplication &app, const QString &mode = QStringLiteral("system"));
bool isDark();

/// Severity colours readable on both palettes: 0 fine, 1 warning, 2 critical, -1 no data.
QColor severityColor(int severity);
/// The n-th series colour of a chart.
QColor seriesColor(int n);

} // namespace opsdash::theme
