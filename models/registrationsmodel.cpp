#include "registrationsmodel.h"

#include "format.h"

#include <QLocale>

namespace opsdash {

RegistrationsModel::RegistrationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegistrationsModel::setEvent(qint64 eventId)
{
    reset({eventId, m_query.search});
}

void RegistrationsModel::setSearch(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (trimmed != m_query.search)
        reset({m_query.eventId, trimmed});
}

void RegistrationsModel::reset(Query query)
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_query = std::move(query);
    m_cursor.clear();
    m_hasMore = m_query.eventId > 0;
    m_error.clear();
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
}

void RegistrationsModel::appendPage(const Query &query, const CursorPage<RegistrationItem> &page)
{
    if (query != m_query)
        return; // an answer for an event or a search no longer shown
    QList<RegistrationItem> fresh;
    for (const RegistrationItem &item : page.items)
        if (!m_ids.contains(item.id))
            fresh.append(item);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        for (const RegistrationItem &item : std::as_const(fresh)) {
            m_ids.insert(item.id);
            m_rows.append(item);
        }
        endInsertRows();
    }
    m_cursor = page.nextCursor;
    m_hasMore = page.hasNextPage && !page.nextCursor.isEmpty();
    m_error.clear();
    m_loading = false;
    Q_EMIT loadingChanged(false);
}

void RegistrationsModel::pageFailed(const Query &query, const QString &error)
{
    if (query != m_query)
        return;
    m_error = error;
    m_loading = false;
    Q_EMIT loadingChanged(false);
}

int RegistrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistrationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegistrationItem &r = m_rows[index.row()];
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return r.fullName;
        case Email:
            return r.email;
        case RegisteredAt:
            return r.createdAt;
        case Payment:
            return r.paymentStatus;
        case CheckedIn:
            return r.checkedIn;
        case Amount:
            return r.amount ? QVariant(*r.amount) : QVariant();
        case Id:
            return r.id;
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Name:
            return r.fullName;
        case Email:
            return r.email;
        case RegisteredAt:
            return locale.toString(r.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Payment:
            return r.paymentStatus;
        case CheckedIn:
            return r.checkedIn ? tr("yes") : tr("no");
        case Amount:
            return r.amount ? locale.toString(*r.amount, 'f', 2) : QStringLiteral("—");
        case Id:
            return r.id;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Id))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant RegistrationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case RegisteredAt:
        return tr("Registered");
    case Payment:
        return tr("Payment");
    case CheckedIn:
        return tr("Checked in");
    case Amount:
        return tr("Amount");
    case Id:
        return tr("Registration");
    }
    return {};
}

bool RegistrationsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void RegistrationsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    Q_EMIT fetchRequested(m_query, m_cursor);
}

} // namespace opsdash
