#pragma once

#include "eventssource.h"
#include "pgconnection.h"

#include <QThreadPool>

#include <QCoroTask>

namespace opsdash {

/// The organizer view's figures straight from PostgreSQL, for a profile with a database and no backend (and an
/// event's summary for a backend without that extension): seed 000's statistics query, an event's summary (the SQL
/// eventsd runs) and its registrations in keyset pages of 200. One worker thread owns the read-only connection (as
/// in PgMonitor); every statement is tagged /* opsdash */.
class EventsDatabase : public EventsSource
{
    Q_OBJECT

public:
    explicit EventsDatabase(PgConnectionParams params, QObject *parent = nullptr);
    ~EventsDatabase() override;

    using Statistics = Events;
    using Page = Registrations;

    QCoro::Task<Events> statistics() override;
    QCoro::Task<Registrations> registrations(qint64 eventId, QString search, QString cursor) override;
    QCoro::Task<Summary> summary(qint64 eventId) override;
    RegistrationExportSource exportSource() const override;

private:
    PgConnectionParams m_params;
    PgWorker m_worker;
};

} // namespace opsdash
