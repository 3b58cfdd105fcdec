#pragma once

#include <QString>

class QMenuBar;
class QWidget;

namespace opsdash {

/// Help → About and Help → Keyboard shortcuts.
namespace helpdialogs {

/// The About text: opsdash's version, the Qt it runs on, and each library it links with its version and licence.
QString aboutText();
/// Every menu action that has a shortcut (read from the menus, so the list never goes stale) and the shortcuts
/// tables and text fields add; a modeless dialog named "shortcutsDialog".
void showShortcuts(QMenuBar *menus, QWidget *parent);

} // namespace helpdialogs

} // namespace opsdash
