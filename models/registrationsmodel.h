#pragma once

#include "backendtypes.h"

#include <QAbstractTableModel>
#include <QSet>

namespace opsdash {

/// One event's registrations, loaded page by page as the view scrolls (canFetchMore/fetchMore with the backend's
/// keyset cursor, never OFFSET). The model does no I/O: fetchMore() asks for the next page with
/// fetchRequested(), and whoever fetches hands the page to appendPage(). A page for another event (the user moved
/// on) is dropped; a registration already shown is not shown twice.
class RegistrationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, RegisteredAt, Payment, CheckedIn, Amount, Id, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit RegistrationsModel(QObject *parent = nullptr);

    /// Shows `eventId`'s registrations from the first page on (0: none).
    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    void appendPage(qint64 eventId, const CursorPage<RegistrationItem> &page);
    void pageFailed(qint64 eventId, const QString &error);
    QString error() const { return m_error; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The view wants the page after `cursor` (empty: the first page).
    void fetchRequested(qint64 eventId, const QString &cursor);
    void loadingChanged(bool loading);

private:
    QList<RegistrationItem> m_rows;
    QSet<qint64> m_ids;
    qint64 m_eventId = 0;
    QString m_cursor;
    bool m_hasMore = false;
    bool m_loading = false;
    QString m_error;
};

} // namespace opsdash
