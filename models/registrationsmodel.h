#pragma once

#include "backendtypes.h"

#include <QAbstractTableModel>
#include <QSet>

namespace opsdash {

/// One event's registrations, loaded page by page as the view scrolls (canFetchMore/fetchMore with the backend's
/// keyset cursor, never OFFSET), optionally only those whose name or e-mail contains a search text (the server
/// searches, so a match not loaded yet is found too). The model does no I/O: fetchMore() asks for the next page
/// with fetchRequested(), and whoever fetches hands the page to appendPage(). A page for another query (the user
/// moved on, or typed on) is dropped; a registration already shown is not shown twice.
class RegistrationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, RegisteredAt, Payment, CheckedIn, Amount, Id, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    /// What is shown: an event's registrations, all of them or those matching `search`.
    struct Query
    {
        Query(qint64 event = 0, QString text = {}) // NOLINT(google-explicit-constructor): {id} reads well
            : eventId(event)
            , search(std::move(text))
        { }
        qint64 eventId;
        QString search;
        bool operator==(const Query &) const = default;
    };

    explicit RegistrationsModel(QObject *parent = nullptr);

    /// Shows `eventId`'s registrations from the first page on (0: none), with the current search.
    void setEvent(qint64 eventId);
    /// Shows only the registrations whose name or e-mail contains `search` (empty: all), from the first page on.
    void setSearch(const QString &search);
    qint64 eventId() const { return m_query.eventId; }
    const Query &query() const { return m_query; }
    void appendPage(const Query &query, const CursorPage<RegistrationItem> &page);
    void pageFailed(const Query &query, const QString &error);
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
    /// The view wants the page of `query` after `cursor` (empty: the first page).
    void fetchRequested(const opsdash::RegistrationsModel::Query &query, const QString &cursor);
    void loadingChanged(bool loading);

private:
    void reset(Query query);

    QList<RegistrationItem> m_rows;
    QSet<qint64> m_ids;
    Query m_query;
    QString m_cursor;
    bool m_hasMore = false;
    bool m_loading = false;
    QString m_error;
};

} // namespace opsdash
