#pragma once

#include "pages.h"
#include "rowtablemodel.h"

class QLabel;
class QPushButton;

namespace opsdash {

struct EndpointBreakdown;

/// The API's rates, latency and errors, its endpoints, and for the chosen endpoint where its time goes: the
/// shares of database, pool wait, cache and handler, and its statements with calls per request, each of which
/// opens its row on the Queries page. The page does no I/O: it asks for the breakdown with breakdownRequested()
/// and a statement with statementRequested().
class ApiPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit ApiPage(PageContext context, QWidget *parent = nullptr);
    void refresh() override;

    /// The chosen endpoint's instance and route; empty when none is chosen.
    std::pair<QString, QString> selectedEndpoint() const;
    /// The breakdown of `route` on `instance` as it came, or why it did not (`error`).
    void setBreakdown(const QString &instance, const QString &route, const EndpointBreakdown *breakdown,
                      const QString &error = {});
    /// A line under the statements (a statement that is not on the Queries page, a missing database).
    void setStatementMessage(const QString &message);

Q_SIGNALS:
    void breakdownRequested(const QString &instance, const QString &route);
    /// The user wants `sql` (the backend's normalized text) on the Queries page.
    void statementRequested(const QString &sql);

private:
    QWidget *buildBreakdown();
    void endpointChosen();
    void openStatement();

    ChartWidget *m_latency;
    ChartWidget *m_errors;
    TablePanel *m_endpoints;
    RowTableModel m_statementsModel;
    QLabel *m_breakdownTitle = nullptr;
    QLabel *m_shares = nullptr;
    TablePanel *m_statements = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_statementMessage = nullptr;
    std::pair<QString, QString> m_shown; ///< the endpoint the breakdown shows
};

} // namespace opsdash
