#pragma once

#include "pages.h"

class QLabel;

namespace opsdash {

class Tile;

class OverviewPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit OverviewPage(PageContext context, QWidget *parent = nullptr);
    void refresh() override;
    Tile *tile(Metric metric) const { return m_tiles.value(int(metric)); }

private:
    QHash<int, Tile *> m_tiles;
    QLabel *m_health;
};

} // namespace opsdash
