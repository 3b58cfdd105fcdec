#pragma once

#include "pages.h"

class QComboBox;
class QPushButton;

namespace opsdash {

class ActionsPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit ActionsPage(PageContext context, QWidget *parent = nullptr);
    QPushButton *button(ActionRequest::Kind kind) const { return m_buttons.value(int(kind)); }

private:
    QComboBox *m_target;
    QHash<int, QPushButton *> m_buttons;
};

} // namespace opsdash
