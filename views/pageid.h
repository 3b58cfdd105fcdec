#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdash {

/// The pages of the window, in the navigation's order.
enum class PageId {
    Overview,
    Api,
    Database,
    Queries,
    Sessions,
    Health,
    Memory,
    Cache,
    Actions,
    Events,
    Fleet, ///< every instance Prometheus scrapes (a profile with a Prometheus)
    Alerts, ///< Alertmanager's alerts and silences beside opsdash's own
    Queues, ///< the backend's background job queues
};

/// A page's name: what `--page` takes and the page widget's object name ("queries").
QString pageName(PageId page);
std::optional<PageId> pageFromName(const QString &name);
QList<PageId> allPages();
/// Every page's name, for `--page`'s help.
QStringList allPageNames();

} // namespace opsdash
