#pragma once

#include "pages.h"

class QLabel;

namespace opsdash {

class DatabasePage : public DashboardPage
{
    Q_OBJECT

public:
    explicit DatabasePage(PageContext context, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLabel *m_info;
    ChartWidget *m_pool;
    ChartWidget *m_bouncer = nullptr;
    QList<ChartWidget *> m_pgCharts;
};

} // namespace opsdash
