#pragma once

#include "backendtypes.h"
#include "pgconnection.h"

#include <QObject>
#include <QThreadPool>

#include <QCoroTask>

namespace opsdash {

/// The organizer view's figures straight from PostgreSQL, for a profile with a database and no backend: seed
/// 000's statistics query, an event's summary and its registrations in keyset pages. One worker thread owns the
/// read-only connection (as in PgMonitor); every statement is tagged /* opsdash */.
class EventsDatabase : public QObject
{
    Q_OBJECT

public:
    explicit EventsDatabase(PgConnectionParams params, QObject *parent = nullptr);
    ~EventsDatabase() override;

    struct Statistics
    {
        QList<EventStat> events;
        QString error;
    };
    struct Page
    {
        CursorPage<RegistrationItem> page;
        QString error;
    };

    struct Summary
    {
        EventSummary summary;
        QString error;
    };

    QCoro::Task<Statistics> statistics();
    /// Newest first, those whose name or e-mail contains `search` (empty: all); `cursor` is the nextCursor of the
    /// page before (empty: the first page).
    QCoro::Task<Page> registrations(qint64 eventId, QString search, QString cursor, int limit = 200);
    /// The event's registrations and check-ins per day and by payment status (the SQL eventsd runs).
    QCoro::Task<Summary> summary(qint64 eventId);

private:
    PgConnectionParams m_params;
    PgWorker m_worker;
};

} // namespace opsdash
