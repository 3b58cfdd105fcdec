#include "pageid.h"

namespace opsdash {

QString pageName(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return QStringLiteral("overview");
    case PageId::Api:
        return QStringLiteral("api");
    case PageId::Database:
        return QStringLiteral("database");
    case PageId::Queries:
        return QStringLiteral("queries");
    case PageId::Sessions:
        return QStringLiteral("sessions");
    case PageId::Health:
        return QStringLiteral("health");
    case PageId::Memory:
        return QStringLiteral("memory");
    case PageId::Cache:
        return QStringLiteral("cache");
    case PageId::Actions:
        return QStringLiteral("actions");
    case PageId::Fleet:
        return QStringLiteral("fleet");
    case PageId::Alerts:
        return QStringLiteral("alerts");
    case PageId::Queues:
        return QStringLiteral("queues");
    case PageId::Events:
        break;
    }
    return QStringLiteral("events");
}

QList<PageId> allPages()
{
    return {PageId::Overview, PageId::Api,    PageId::Database, PageId::Queries, PageId::Sessions,
            PageId::Health,   PageId::Memory, PageId::Cache,    PageId::Queues,  PageId::Actions,
            PageId::Events,   PageId::Fleet,  PageId::Alerts};
}

QStringList allPageNames()
{
    QStringList names;
    for (PageId page : allPages())
        names.append(pageName(page));
    return names;
}

std::optional<PageId> pageFromName(const QString &name)
{
    for (PageId page : allPages())
        if (pageName(page) == name)
            return page;
    return std::nullopt;
}

} // namespace opsdash
