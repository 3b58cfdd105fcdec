#include "rowtablemodel.h"

#include "format.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace opsdash {

RowTableModel::RowTableModel(QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{ }

void RowTableModel::checkWidth(TableRow &row) const
{
    if (row.values.size() == m_columns.size())
        return;
    Q_ASSERT_X(false, "RowTableModel", "a row of the wrong length: build it with cells<Column, ColumnCount>()");
    qWarning("RowTableModel: row %s has %lld values for %lld columns", qPrintable(row.key),
             static_cast<long long>(row.values.size()), static_cast<long long>(m_columns.size()));
    row.values.resize(m_columns.size());
}

void RowTableModel::setRows(QList<TableRow> rows)
{
    QHash<QString, qsizetype> incoming;
    incoming.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        checkWidth(rows[i]);
        if (!incoming.contains(rows[i].key)) // a repeated key keeps its first row
            incoming.insert(rows[i].key, i);
    }

    // Remove the rows that went, from the bottom up, one contiguous block at a time.
    for (qsizetype end = m_rows.size() - 1; end >= 0;) {
        if (incoming.contains(m_rows[end].key)) {
            --end;
            continue;
        }
        qsizetype begin = end;
        while (begin > 0 && !incoming.contains(m_rows[begin - 1].key))
            --begin;
        beginRemoveRows({}, int(begin), int(end));
        m_rows.remove(begin, end - begin + 1);
        endRemoveRows();
        end = begin - 1;
    }

    // Update the rows that stayed, cell by cell.
    QSet<QString> seen;
    seen.reserve(m_rows.size());
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        TableRow &current = m_rows[r];
        seen.insert(current.key);
        const TableRow &next = rows[incoming.value(current.key)];
        int first = -1, last = -1;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (current.values[c] != next.values[c]) {
                if (first < 0)
                    first = c;
                last = c;
            }
        }
        if (current.severity != next.severity) {
            first = 0;
            last = int(m_columns.size()) - 1;
        }
        if (first < 0)
            continue;
        current.values = next.values;
        current.severity = next.severity;
        Q_EMIT dataChanged(index(int(r), first), index(int(r), last));
    }

    // Append the new ones, in the order they came.
    QList<TableRow> added;
    for (TableRow &row : rows) {
        if (seen.contains(row.key))
            continue;
        seen.insert(row.key);
        added.append(std::move(row));
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(std::move(added));
        endInsertRows();
    }
}

void RowTableModel::upsertRow(const TableRow &row)
{
    TableRow copy = row;
    checkWidth(copy);
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].key == copy.key) {
            m_rows[r] = std::move(copy);
            Q_EMIT dataChanged(index(int(r), 0), index(int(r), int(m_columns.size()) - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(std::move(copy));
    endInsertRows();
}

void RowTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

const TableRow *RowTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RowTableModel::displayText(const QVariant &value, CellKind kind, int textLimit)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    switch (kind) {
    case CellKind::Text: {
        QString text = value.toString();
        // One line in a table cell: SQL and messages may hold newlines and long runs of spaces.
        text = text.simplified();
        if (textLimit > 0 && text.size() > textLimit)
            text = text.left(textLimit) + QStringLiteral("…");
        return text;
    }
    case CellKind::Count:
        return locale.toString(value.toLongLong());
    case CellKind::Decimal:
        return locale.toString(value.toDouble(), 'f', 1);
    case CellKind::DurationMs:
        return format::durationMs(value.toDouble(), locale);
    case CellKind::Bytes:
        return format::bytes(value.toLongLong(), locale);
    case CellKind::Ratio:
        return format::percent(value.toDouble(), 1, locale);
    case CellKind::Percent:
        return format::percent(value.toDouble() / 100.0, 1, locale);
    case CellKind::DateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case CellKind::Money:
        return locale.toString(value.toDouble(), 'f', 2);
    }
    return value.toString();
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow &row = m_rows[index.row()];
    const ColumnSpec &column = m_columns[index.column()];
    const QVariant &value = row.values[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value, column.kind, m_textLimit);
    case Qt::ToolTipRole:
        if (column.kind == CellKind::Text && value.toString().size() > 60)
            return format::plainToolTip(value.toString());
        return {};
    case Qt::TextAlignmentRole:
        if (column.kind == CellKind::Text || column.kind == CellKind::DateTime)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        // Readable on light and dark palettes alike.
        if (row.severity >= Severity::Warning)
            return QBrush(severityColor(row.severity));
        return {};
    case SortRole:
        return value;
    case KeyRole:
        return row.key;
    case SeverityRole:
        return int(row.severity);
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns[section].title;
    if (role == Qt::TextAlignmentRole) {
        const CellKind kind = m_columns[section].kind;
        return QVariant::fromValue(
            Qt::Alignment((kind == CellKind::Text || kind == CellKind::DateTime ? Qt::AlignLeft : Qt::AlignRight) |
                          Qt::AlignVCenter));
    }
    return {};
}

} // namespace opsdash
