#include "alertspage.h"

#include "silencedialog.h"
#include "tablepanel.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

namespace {

/// The source row of the view's current selection, or -1.
int selectedRow(const TablePanel *table)
{
    const QModelIndexList rows = table->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : table->proxy()->mapToSource(rows.first()).row();
}

} // namespace

AlertsPage::AlertsPage(PageContext context, QString createdBy, QWidget *parent)
    : DashboardPage(PageId::Alerts, std::move(context), parent)
    , m_createdBy(std::move(createdBy))
    , m_alerts(tables::amAlertColumns())
    , m_silences(tables::silenceColumns())
    , m_status(new QLabel(this))
    , m_silenceAlert(new QPushButton(tr("Silence this alert…"), this))
    , m_newSilence(new QPushButton(tr("New silence…"), this))
    , m_expire(new QPushButton(tr("Expire silence…"), this))
{
    m_alerts.setObjectName(QStringLiteral("alertmanagerAlertsModel"));
    m_silences.setObjectName(QStringLiteral("silencesModel"));
    m_status->setObjectName(QStringLiteral("alertsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_silenceAlert->setObjectName(QStringLiteral("silenceAlertButton"));
    m_newSilence->setObjectName(QStringLiteral("newSilenceButton"));
    m_expire->setObjectName(QStringLiteral("expireSilenceButton"));

    QVBoxLayout *layout = scrolledLayout(this);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_silenceAlert);
    buttons->addWidget(m_newSilence);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_alertsTable = addTable(tr("Alertmanager: active alerts"), &m_alerts);
    m_alertsTable->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alertsTable->setMinimumHeight(220);
    layout->addWidget(m_alertsTable, 2);
    TablePanel *own = addTable(tr("opsdash's own alerts (this window)"), dashboard()->alertsModel());
    own->setMinimumHeight(160);
    layout->addWidget(own, 1);
    m_silencesTable = addTable(tr("Silences"), &m_silences);
    m_silencesTable->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_silencesTable->view()->setObjectName(QStringLiteral("silencesView"));
    m_silencesTable->setMinimumHeight(180);
    auto *expireRow = new QHBoxLayout;
    expireRow->addStretch();
    expireRow->addWidget(m_expire);
    layout->addWidget(m_silencesTable, 1);
    layout->addLayout(expireRow);

    connect(m_newSilence, &QPushButton::clicked, this, [this] { askSilence({}); });
    connect(m_silenceAlert, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_alertsTable);
        if (row < 0)
            return;
        auto text = [&](int column) { return m_alerts.data(m_alerts.index(row, column)).toString(); };
        QList<am::Matcher> matchers{{QStringLiteral("alertname"), text(tables::AmAlertName)}};
        if (!text(tables::AmAlertInstance).isEmpty())
            matchers.append({QStringLiteral("instance"), text(tables::AmAlertInstance)});
        askSilence(matchers);
    });
    connect(m_expire, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_silencesTable);
        if (row >= 0)
            Q_EMIT expireRequested(m_silences.data(m_silences.index(row, tables::SilenceId)).toString(),
                                   m_silences.data(m_silences.index(row, tables::SilenceMatchers)).toString());
    });
}

void AlertsPage::askSilence(const QList<am::Matcher> &matchers)
{
    auto *dialog = new SilenceDialog(matchers, m_createdBy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT silenceRequested(dialog->silence()); });
    dialog->open();
}

void AlertsPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void AlertsPage::setUnavailable(const QString &text)
{
    m_alertsTable->setUnavailable(text);
    m_silencesTable->setUnavailable(text);
    for (QPushButton *b : {m_silenceAlert, m_newSilence, m_expire})
        b->setEnabled(text.isEmpty());
}

} // namespace opsdash
