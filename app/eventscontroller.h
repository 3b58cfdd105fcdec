#pragma once

#include "registrationsmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QCoroTask>

namespace opsdash {

class EventsPage;
class RegistrationExport;
class Session;

/// Feeds the Events page from the session's events source (the backend, or PostgreSQL for a profile without one:
/// statistics, an event's summary, registration pages) and runs its exports from the same source.
class EventsController : public QObject
{
    Q_OBJECT

public:
    EventsController(Session *session, EventsPage *page, QObject *parent = nullptr);
    ~EventsController() override;

    QCoro::Task<> refresh();
    QCoro::Task<> fetchRegistrations(RegistrationsModel::Query query, QString cursor);
    QCoro::Task<> fetchSummary(qint64 eventId);
    /// The live export, or with `reportId` the download of a report the backend built.
    QCoro::Task<> startExport(qint64 eventId, QString file, bool bom, std::optional<qint64> reportId = std::nullopt);
    /// Asks the backend for the event's report, then follows it (every 2 s) until it is ready or failed.
    QCoro::Task<> requestReport(qint64 eventId);

private:
    QPointer<Session> m_session;
    QPointer<EventsPage> m_page;
    QPointer<RegistrationExport> m_export;
    bool m_refreshing = false;
    bool m_loaded = false;
    QTimer *m_timer;
    QTimer *m_reportTimer; ///< follows the report asked for last
    qint64 m_reportEvent = 0;
    qint64 m_reportId = 0;
    bool m_following = false; ///< a read of the report is under way
    QCoro::Task<> followReport();
};

} // namespace opsdash
