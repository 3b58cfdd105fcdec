#pragma once

#include "pages.h"

namespace opsdash {

class ApiPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit ApiPage(PageContext context, QWidget *parent = nullptr);
    void refresh() override;

private:
    ChartWidget *m_latency;
    ChartWidget *m_errors;
    TablePanel *m_endpoints;
};

} // namespace opsdash
