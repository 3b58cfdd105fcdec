#pragma once

#include "pages.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opsdash {

class CachePage : public DashboardPage
{
    Q_OBJECT

public:
    explicit CachePage(PageContext context, QWidget *parent = nullptr);
    void refresh() override;

private:
    void updateInvalidateButton();

    QLabel *m_levels;
    ChartWidget *m_hitRate;
    QLineEdit *m_pattern;
    QComboBox *m_scope;
    QPushButton *m_invalidate;
};

} // namespace opsdash
