#pragma once

// Finding what a test looks at the way a user does — by what the widget is (its object name), never through a
// getter that exists only for tests.

#include "rowtablemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QChartView>
#include <QLineSeries>

namespace testui {

/// `root`'s descendant of type T named `name`; a test that asks for a widget that is not there is wrong, so
/// it stops loudly with both names.
template<typename T>
T *child(const QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named \"%s\" under \"%s\"", T::staticMetaObject.className(), name,
               qPrintable(root->objectName()));
    return found;
}

/// The RowTableModel named `name` behind one of `root`'s item views (through any proxies).
inline opsdash::RowTableModel *rowModel(const QObject *root, const char *name)
{
    const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        QAbstractItemModel *model = view->model();
        while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
            model = proxy->sourceModel();
        if (model && model->objectName() == QLatin1String(name))
            if (auto *rows = qobject_cast<opsdash::RowTableModel *>(model))
                return rows;
    }
    qFatal("no table model named \"%s\" behind a view under \"%s\"", name, qPrintable(root->objectName()));
    return nullptr;
}

/// The last row of `model` whose `column` contains `text`, or -1.
inline int rowContaining(const opsdash::RowTableModel *model, int column, QStringView text)
{
    int found = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->rowAt(r)->values[column].toString().contains(text))
            found = r;
    return found;
}

/// The line series named `name` drawn in one of `root`'s charts (a chart owns its series, outside the widget tree).
inline QLineSeries *line(const QObject *root, const char *name)
{
    const QList<QChartView *> views = root->findChildren<QChartView *>();
    for (QChartView *view : views)
        for (QAbstractSeries *series : view->chart()->series())
            if (series->objectName() == QLatin1String(name))
                if (auto *found = qobject_cast<QLineSeries *>(series))
                    return found;
    qFatal("no line named \"%s\" in a chart under \"%s\"", name, qPrintable(root->objectName()));
    return nullptr;
}

} // namespace testui
