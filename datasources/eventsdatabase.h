#pragma once

#include "backendtypes.h"
#include "pgconnection.h"

#include <QObject>
#include <QThreadPool>

#include <QCoroTask>

namespace opsdash {

/// The organizer view's figures straight from PostgreSQL, for a profile with a database and no backend: seed
/// 000's statistics query and the registrations in keyset pages. One worker thread owns the read-only
/// connection (as in PgMonitor); every statement is tagged /* opsdash */.
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

    QCoro::Task<Statistics> statistics();
    /// Newest first; `cursor` is the nextCursor of the page before (empty: the first page).
    QCoro::Task<Page> registrations(qint64 eventId, QString cursor, int limit = 200);

private:
    PgConnectionParams m_params;
    PgWorker m_worker;
};

} // namespace opsdash
