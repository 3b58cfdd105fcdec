#pragma once

#include "pageid.h"

#include <QIcon>

namespace opsdash::icons {

/// The window's own actions that carry an icon.
enum class Action { Pause, Refresh, Find, NewProfile, EditProfile, Help };

/// The desktop theme's icon for the page or action (QIcon::fromTheme), else the one bundled with opsdash, so a
/// bare system shows them too. Never null.
QIcon forPage(PageId page);
QIcon forAction(Action action);

} // namespace opsdash::icons
