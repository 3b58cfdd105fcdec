#pragma once

class QWidget;

namespace opsdash {

class Settings;

/// Splitter positions and table columns (widths, order, sort) of a page, kept across restarts: each part is named
/// by the page's objectName and its order among the page's splitters or tables, so no widget needs to know.
namespace windowstate {

void savePage(const QWidget *page, Settings *settings);
/// Puts back what savePage() kept; a table whose column count changed since stays as built.
void restorePage(QWidget *page, const Settings &settings);

} // namespace windowstate

} // namespace opsdash
