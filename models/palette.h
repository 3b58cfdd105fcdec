#pragma once

#include <QColor>

namespace opsdash {

/// How a figure, a table row, a plan line or a message stands: the one scale for all of them.
enum class Severity {
    NoData = -1, ///< nothing to judge (grey)
    Normal = 0, ///< fine; for a message: information
    Warning = 1, ///< over a threshold (not yet held), worth a look
    Critical = 2, ///< an alert raised, an error, a failure
};

// The one palette of opsdash: severity and chart series colours, readable on light and dark. Table models colour
// their rows with it, views their tiles, messages, charts and icons.
QColor severityColor(Severity severity);
/// The n-th series colour of a chart.
QColor seriesColor(int n);

} // namespace opsdash
