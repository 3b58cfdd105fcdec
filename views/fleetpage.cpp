#include "fleetpage.h"

#include "tablepanel.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

FleetPage::FleetPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Fleet, std::move(context), parent)
    , m_model(tables::fleetColumns())
    , m_status(new QLabel(this))
{
    QVBoxLayout *layout = scrolledLayout(this);
    m_model.setObjectName(QStringLiteral("fleetModel"));
    m_status->setObjectName(QStringLiteral("fleetStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *all = new QPushButton(tr("All instances"), this);
    all->setObjectName(QStringLiteral("fleetAll"));
    all->setToolTip(tr("Show every instance on the other pages again."));
    connect(all, &QPushButton::clicked, this, [this] { Q_EMIT instanceChosen(QString()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(all);
    layout->addLayout(row);
    m_table = addTable(tr("Instances"), &m_model);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->view()->setObjectName(QStringLiteral("fleetView"));
    m_table->view()->setToolTip(tr("Double-click an instance to narrow the other pages to it."));
    m_table->sortBy(tables::FleetInstanceName, Qt::AscendingOrder);
    connect(m_table->view(), &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_table->proxy()->mapToSource(index);
        Q_EMIT instanceChosen(m_model.data(m_model.index(source.row(), tables::FleetInstanceName)).toString());
    });
    layout->addWidget(m_table, 1);
}

void FleetPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
}

void FleetPage::setUnavailable(const QString &text)
{
    m_table->setUnavailable(text);
}

} // namespace opsdash
