#pragma once

#include "palette.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <utility>

namespace opsdash {

/// How a column's raw values are shown; the raw value stays available under SortRole for sorting and export.
enum class CellKind {
    Text, ///< shown as is; long text is cut for the table and whole in the tooltip
    Count, ///< integer with group separators
    Decimal, ///< a number with one decimal (rates)
    DurationMs, ///< milliseconds, format::durationMs
    Bytes, ///< format::bytes
    Ratio, ///< 0..1 as a percentage
    Percent, ///< already a percentage (0..100)
    DateTime, ///< QDateTime, local time
    Money, ///< an amount with two decimals
};

struct ColumnSpec
{
    QString title;
    CellKind kind = CellKind::Text;
};

/// One row: its identity (kept across refreshes) and one raw value per column; an invalid QVariant is "no value".
struct TableRow
{
    QString key;
    QVariantList values;
    Severity severity = Severity::Normal; ///< colours the row
};

/// A row's cells by its table's column enum: exactly `Count` cells (the enum's ColumnCount sentinel), each set by
/// name, so a row cannot fall out of step with its header. A column left out is "no value".
///     row.values = cells<tables::EndpointColumn, tables::EndpointColumnCount>({{tables::EndpointRoute, route}, …});
template<typename Column, int Count>
QVariantList cells(std::initializer_list<std::pair<Column, QVariant>> named)
{
    QVariantList values(Count);
    for (const auto &[column, value] : named) {
        Q_ASSERT_X(int(column) >= 0 && int(column) < Count, "cells", "a column beyond its table");
        values[int(column)] = value;
    }
    return values;
}

/// A table of value rows that merges each new snapshot into what it shows instead of resetting: rows that stay are
/// updated in place with one dataChanged per changed row (only the changed columns), rows that went are removed,
/// new rows are appended. Selection and scroll position in the views survive every refresh; a
/// QSortFilterProxyModel on top keeps the user's sort order.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value (number, text, QDateTime) for sorting and CSV export
        KeyRole, ///< the row's key
        SeverityRole, ///< the row's Severity (as int)
    };
    Q_ENUM(Role)

    explicit RowTableModel(QList<ColumnSpec> columns, QObject *parent = nullptr);

    /// Merges `rows` (keys must be unique; a repeated key keeps its first row). Every row has one value per column
    /// (build them with cells()): another length is a programming error — an assertion in a debug build, a
    /// warning and a padded or cut row in a release build.
    void setRows(QList<TableRow> rows);
    /// Adds one row at the top (logs: newest first) or replaces the row with the same key.
    void upsertRow(const TableRow &row);
    void clear();

    const TableRow *rowAt(int row) const;
    const QList<ColumnSpec> &columns() const { return m_columns; }
    /// Characters of text shown in a cell before it is cut (the tooltip has the whole text).
    void setTextLimit(int characters) { m_textLimit = characters; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text a cell shows for `value` of `kind` ("—" for no value).
    static QString displayText(const QVariant &value, CellKind kind, int textLimit = -1);

private:
    void checkWidth(TableRow &row) const;

    QList<ColumnSpec> m_columns;
    QList<TableRow> m_rows;
    int m_textLimit = 200;
};

} // namespace opsdash
