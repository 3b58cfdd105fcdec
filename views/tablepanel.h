#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace opsdash {

class RowTableModel;

/// A titled table over a RowTableModel: sortable (by raw values), filterable by text, copy of a cell or row
/// (the whole text, e.g. full SQL), and CSV export of what is shown — written on a worker thread through
/// QSaveFile, formula-like cells neutralized.
class TablePanel : public QWidget
{
    Q_OBJECT

public:
    TablePanel(const QString &title, RowTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void setFilterText(const QString &text);
    void sortBy(int column, Qt::SortOrder order);
    /// Shown instead of the table when the source does not offer it; empty shows the table again.
    void setUnavailable(const QString &text);

    /// The shown rows (filtered, in view order) as CSV text, header first.
    QString toCsv() const;
    /// Asks for a file name and writes toCsv() to it.
    void exportCsv();

Q_SIGNALS:
    void exported(const QString &file, bool ok, const QString &error);

private:
    void copySelection();

    RowTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_unavailable;
    QString m_title;
};

/// Writes `text` as UTF-8 to `file` atomically (QSaveFile: nothing is left behind when it fails). Runs on a
/// worker thread; the error is empty on success.
QString writeTextFile(const QString &file, const QString &text);

} // namespace opsdash
