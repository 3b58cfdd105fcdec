#pragma once

#include <QCoroTask>
#include <QObject>
#include <QPointer>

class QTimer;

namespace opsdash {

class ApiPage;
class Session;

/// Reads the chosen endpoint's breakdown for the API page: when the user chooses one, and again every refresh
/// interval (at least 5 s) while the page is shown; one read at a time.
class ApiController : public QObject
{
    Q_OBJECT

public:
    ApiController(Session *session, ApiPage *page, QObject *parent = nullptr);

    QCoro::Task<> fetch(QString instance, QString route);

private:
    QPointer<Session> m_session;
    QPointer<ApiPage> m_page;
    QTimer *m_timer;
    bool m_busy = false;
};

} // namespace opsdash
