#include "windowstate.h"

#include "settings.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSplitter>

namespace opsdash::windowstate {

namespace {

// The tables' column headers, in the order the page built them (findChildren walks children in creation order).
QList<QHeaderView *> columnHeaders(const QWidget *page)
{
    QList<QHeaderView *> headers;
    const auto all = page->findChildren<QHeaderView *>();
    for (QHeaderView *header : all)
        if (header->orientation() == Qt::Horizontal && qobject_cast<QAbstractItemView *>(header->parentWidget()))
            headers.append(header);
    return headers;
}

QString part(const QWidget *page, const char *kind, qsizetype index)
{
    return page->objectName() + u'/' + QLatin1String(kind) + QString::number(index);
}

} // namespace

void savePage(const QWidget *page, Settings *settings)
{
    if (page->objectName().isEmpty())
        return;
    const auto splitters = page->findChildren<QSplitter *>();
    for (qsizetype i = 0; i < splitters.size(); ++i)
        settings->setWindowState(part(page, "splitter", i), splitters[i]->saveState());
    const auto headers = columnHeaders(page);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        // With the column count, so a table that gained or lost columns in a new version starts afresh.
        settings->setWindowState(part(page, "columns", i), headers[i]->saveState());
        settings->setWindowState(part(page, "columnCount", i), QByteArray::number(headers[i]->count()));
    }
}

void restorePage(QWidget *page, const Settings &settings)
{
    if (page->objectName().isEmpty())
        return;
    const auto splitters = page->findChildren<QSplitter *>();
    for (qsizetype i = 0; i < splitters.size(); ++i)
        if (const QByteArray state = settings.windowState(part(page, "splitter", i)); !state.isEmpty())
            splitters[i]->restoreState(state);
    const auto headers = columnHeaders(page);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArray state = settings.windowState(part(page, "columns", i));
        const QByteArray count = settings.windowState(part(page, "columnCount", i));
        if (!state.isEmpty() && headers[i]->count() > 0 && count.toInt() == headers[i]->count())
            headers[i]->restoreState(state);
    }
}

} // namespace opsdash::windowstate
