#pragma once

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace opsdash {

class ApiPage;
class QueriesPage;
class Session;

/// Reads the chosen endpoint's breakdown for the API page: when the user chooses one, and again every refresh
/// interval (at least 5 s) while the page is shown; one read at a time. Opens a statement the page asks for on the
/// Queries page (`queries` gives it; null without a database) or tells the page why it cannot.
class ApiController : public QObject
{
    Q_OBJECT

public:
    ApiController(Session *session, ApiPage *page, std::function<QueriesPage *()> queries, QObject *parent = nullptr);

    QCoro::Task<> fetch(QString instance, QString route);

private:
    void openStatement(const QString &sql);

    QPointer<Session> m_session;
    QPointer<ApiPage> m_page;
    std::function<QueriesPage *()> m_queries;
    QTimer *m_timer;
    bool m_busy = false;
};

} // namespace opsdash
