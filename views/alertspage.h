#pragma once

#include "pages.h"
#include "prometheustypes.h"
#include "rowtablemodel.h"

class QLabel;
class QPushButton;

namespace opsdash {

class TablePanel;

/// Alertmanager's active alerts beside opsdash's own, and its silences: create one (for a chosen alert or from
/// matchers), see them, expire one. AlertsController feeds it and runs the requests as guarded actions.
class AlertsPage : public DashboardPage
{
    Q_OBJECT

public:
    AlertsPage(PageContext context, QString createdBy, QWidget *parent = nullptr);

    RowTableModel *alertmanagerAlerts() { return &m_alerts; }
    RowTableModel *silences() { return &m_silences; }
    void setStatus(const QString &text);
    /// Without an Alertmanager in the profile its tables say so; opsdash's own alerts stay.
    void setUnavailable(const QString &text);

Q_SIGNALS:
    void silenceRequested(const opsdash::am::Silence &silence);
    void expireRequested(const QString &silenceId, const QString &matchers);

private:
    /// Opens the silence dialog with `matchers` filled in.
    void askSilence(const QList<am::Matcher> &matchers);

    QString m_createdBy;
    RowTableModel m_alerts;
    RowTableModel m_silences;
    TablePanel *m_alertsTable;
    TablePanel *m_silencesTable;
    QLabel *m_status;
    QPushButton *m_silenceAlert;
    QPushButton *m_newSilence;
    QPushButton *m_expire;
};

} // namespace opsdash
