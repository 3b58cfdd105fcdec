#include "actionspage.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdash {

ActionsPage::ActionsPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Actions, std::move(context), parent)
    , m_target(new QComboBox(this))
{
    QVBoxLayout *layout = scrolledLayout(this);
    auto *box = new QGroupBox(tr("Actions"), this);
    auto *row = new QHBoxLayout(box);
    m_target->setObjectName(QStringLiteral("targetBox"));
    for (const QString &instance : this->context().instances)
        m_target->addItem(instance, instance);
    row->addWidget(new QLabel(tr("Instance:"), box));
    row->addWidget(m_target, 1);
    const QList<std::pair<ActionRequest::Kind, QString>> kinds{
        {ActionRequest::Kind::ForceGc, tr("Force GC…")},
        {ActionRequest::Kind::OptimizeDatabase, tr("Optimize database…")},
        {ActionRequest::Kind::ClearMetrics, tr("Clear metrics…")},
    };
    for (const auto &[kind, label] : kinds) {
        auto *button = new QPushButton(label, box);
        button->setEnabled(!this->context().instances.isEmpty());
        m_buttons.insert(int(kind), button);
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, kind = kind] {
            ActionRequest r;
            r.kind = kind;
            r.instance = m_target->currentData().toString();
            Q_EMIT actionRequested(r);
        });
    }
    if (this->context().instances.isEmpty())
        row->addWidget(new QLabel(tr("(this profile has no backend)"), box));
    layout->addWidget(box);
    TablePanel *log = addTable(tr("Actions log"), this->context().actions->model());
    log->setMinimumHeight(260);
    layout->addWidget(log, 2);
    TablePanel *alerts = addTable(tr("Alerts"), dashboard()->alertsModel());
    alerts->setMinimumHeight(200);
    layout->addWidget(alerts, 1);
}

} // namespace opsdash
