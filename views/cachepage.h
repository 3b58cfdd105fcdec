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
    QLineEdit *patternEdit() const { return m_pattern; }
    QComboBox *scopeBox() const { return m_scope; }
    QPushButton *invalidateButton() const { return m_invalidate; }

private:
    void updateInvalidateButton();

    QLabel *m_levels;
    ChartWidget *m_hitRate;
    QLineEdit *m_pattern;
    QComboBox *m_scope;
    QPushButton *m_invalidate;
};

} // namespace opsdash
