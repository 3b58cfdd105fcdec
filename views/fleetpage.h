#pragma once

#include "pages.h"
#include "rowtablemodel.h"

class QLabel;

namespace opsdash {

class TablePanel;

/// Every eventsd instance the profile's Prometheus scrapes: up or down, req/s, 5xx share, p95, heap, pool
/// waiting, version and last scrape, sortable and filterable (FleetController feeds it). Choosing an instance
/// asks to narrow the other pages to it.
class FleetPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit FleetPage(PageContext context, QWidget *parent = nullptr);

    RowTableModel *model() { return &m_model; }
    /// "50 instances, 49 up · read 2 s ago", or why the fleet is unknown.
    void setStatus(const QString &text, bool error);
    /// Without a Prometheus in the profile the page says so instead of showing an empty table.
    void setUnavailable(const QString &text);

Q_SIGNALS:
    /// The user chose an instance (Prometheus's instance label); empty: all of them again.
    void instanceChosen(const QString &instance);

private:
    RowTableModel m_model;
    TablePanel *m_table;
    QLabel *m_status;
};

} // namespace opsdash
