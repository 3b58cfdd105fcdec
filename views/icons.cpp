#include "icons.h"

#include <QPainter>
#include <QPixmap>

namespace opsdash::icons {

namespace {

// resources/icons/ui/<file>.svg, rendered at build time to :/icons/ui/<file>-{24,48}.png.
QIcon bundled(const char *file)
{
    QIcon icon;
    for (const int size : {24, 48}) {
        const QPixmap normal(QStringLiteral(":/icons/ui/%1-%2.png").arg(QLatin1String(file)).arg(size));
        icon.addPixmap(normal, QIcon::Normal);
        // On the selection's colour the blue lines would vanish: the selected state draws them white.
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), Qt::white);
        painter.end();
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

QIcon themed(const char *themeName, const char *file)
{
    return QIcon::fromTheme(QLatin1String(themeName), bundled(file));
}

} // namespace

QIcon forPage(PageId page)
{
    // freedesktop.org icon names where one fits; the bundled icon otherwise.
    switch (page) {
    case PageId::Overview:
        return themed("utilities-system-monitor", "overview");
    case PageId::Api:
        return themed("network-server", "api");
    case PageId::Database:
        return themed("server-database", "database");
    case PageId::Queries:
        return themed("system-search", "queries");
    case PageId::Sessions:
        return themed("system-users", "sessions");
    case PageId::Health:
        return bundled("health");
    case PageId::Memory:
        return bundled("memory");
    case PageId::Cache:
        return bundled("cache");
    case PageId::Actions:
        return themed("document-open-recent", "actions");
    case PageId::Events:
        return themed("x-office-calendar", "events");
    case PageId::Fleet:
        return bundled("fleet");
    case PageId::Alerts:
        return themed("dialog-warning", "alerts");
    case PageId::Queues:
        return bundled("queues");
    }
    return bundled("overview");
}

QIcon forAction(Action action)
{
    switch (action) {
    case Action::Pause:
        return themed("media-playback-pause", "pause");
    case Action::Refresh:
        return themed("view-refresh", "refresh");
    case Action::Find:
        return themed("edit-find", "find");
    case Action::NewProfile:
        return themed("document-new", "new-profile");
    case Action::EditProfile:
        return themed("document-properties", "edit-profile");
    case Action::Help:
        return themed("help-contents", "help");
    }
    return bundled("help");
}

} // namespace opsdash::icons
