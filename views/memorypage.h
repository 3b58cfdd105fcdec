#pragma once

#include "pages.h"

class QLabel;

namespace opsdash {

class MemoryPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit MemoryPage(PageContext context, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLabel *m_usage;
    ChartWidget *m_percent;
};

} // namespace opsdash
