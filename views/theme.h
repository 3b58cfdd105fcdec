#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace opsdash::theme {

/// Fusion with a light or dark palette. `mode` is "system" (follow the desktop's palette), "light" or "dark".
void apply(QApplication &app, const QString &mode = QStringLiteral("system"));
bool isDark();

// Colours: models/palette.h (one palette for models and views).

} // namespace opsdash::theme
