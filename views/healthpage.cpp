#include "healthpage.h"

#include "format.h"
#include "richtext.h"
#include "tablepanel.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdash {

HealthPage::HealthPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Health, std::move(context), parent)
    , m_tables(tables::tableHealthColumns())
    , m_indexes(tables::indexFindingColumns())
    , m_status(richLabel(this))
    , m_vacuum(new QPushButton(tr("VACUUM (ANALYZE)…"), this))
    , m_analyze(new QPushButton(tr("ANALYZE…"), this))
    , m_reindex(new QPushButton(tr("REINDEX CONCURRENTLY…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_maintenanceLabel(richLabel(this))
{
    m_tables.setObjectName(QStringLiteral("tableHealth"));
    m_indexes.setObjectName(QStringLiteral("indexFindings"));
    m_maintenanceLabel->setObjectName(QStringLiteral("maintenanceStatus"));
    m_vacuum->setObjectName(QStringLiteral("vacuumButton"));
    m_cancel->setObjectName(QStringLiteral("cancelMaintenanceButton"));
    const std::pair<QPushButton *, MaintenanceKind> actions[] = {{m_vacuum, MaintenanceKind::VacuumAnalyze},
                                                                 {m_analyze, MaintenanceKind::Analyze},
                                                                 {m_reindex, MaintenanceKind::ReindexTable}};
    for (const auto &[button, kind] : actions)
        connect(button, &QPushButton::clicked, this, [this, kind = kind] {
            if (const PgTableHealth *t = selectedTable())
                Q_EMIT maintenanceRequested(kind, t->schema, t->name, t->name);
        });
    m_reindexIndex = new QPushButton(tr("REINDEX INDEX CONCURRENTLY…"), this);
    m_reindexIndex->setObjectName(QStringLiteral("reindexIndexButton"));
    connect(m_reindexIndex, &QPushButton::clicked, this, [this] {
        if (const PgIndexHealth *i = selectedIndex())
            Q_EMIT maintenanceRequested(MaintenanceKind::ReindexIndex, i->schema, i->name, i->table);
    });
    connect(m_cancel, &QPushButton::clicked, this, &HealthPage::maintenanceCancelRequested);
    m_cancel->hide();
    m_progress->hide();
    m_progress->setMinimumWidth(220);
    m_progress->setTextVisible(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &HealthPage::refreshRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(refresh);
    TablePanel *tablesPanel = addTable(tr("Tables"), &m_tables);
    m_tablesPanel = tablesPanel;
    tablesPanel->view()->setColumnWidth(tables::TableName, 260);
    tablesPanel->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    tablesPanel->sortBy(tables::TableSize, Qt::DescendingOrder);
    connect(tablesPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPage::updateButtons);
    auto *maintenance = new QHBoxLayout;
    maintenance->addWidget(m_maintenanceLabel, 1);
    maintenance->addWidget(m_progress);
    maintenance->addWidget(m_cancel);
    maintenance->addWidget(m_vacuum);
    maintenance->addWidget(m_analyze);
    maintenance->addWidget(m_reindex);
    maintenance->addWidget(m_reindexIndex);
    TablePanel *indexPanel = addTable(tr("Indexes"), &m_indexes);
    m_indexesPanel = indexPanel;
    indexPanel->view()->setColumnWidth(tables::IndexFindingIndex, 260);
    indexPanel->view()->setColumnWidth(tables::IndexFindingProblem, 300);
    indexPanel->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    indexPanel->sortBy(tables::IndexFindingProblem, Qt::DescendingOrder); // findings first
    connect(indexPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPage::updateButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tablesPanel);
    split->addWidget(indexPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addLayout(top);
    layout->addLayout(maintenance);
    layout->addWidget(split, 1);
    updateButtons();
    m_status->setText(tr("Sizes and index findings are read when the page opens and every five minutes while it "
                         "is shown."));
}

void HealthPage::setHealth(const PgHealth &health, const QDateTime &takenAt)
{
    m_tableList = health.tables;
    m_indexList = health.indexes;
    m_tables.setRows(tables::tableHealthRows(health.tables, 0.2));
    m_indexes.setRows(tables::indexRows(health.indexes));
    const QList<PgTableHealth> candidates = pghealth::indexCandidates(health.tables);
    QStringList names;
    for (const PgTableHealth &t : candidates)
        names.append(t.qualifiedName());
    const QLocale locale;
    m_status->setText((candidates.isEmpty()
                           ? tr("Read at %1. No table is read mostly by large sequential scans.")
                                 .arg(locale.toString(takenAt.toLocalTime().time(), QLocale::ShortFormat))
                           : tr("Read at %1. Index candidates (mostly large sequential scans): %2")
                                 .arg(locale.toString(takenAt.toLocalTime().time(), QLocale::ShortFormat),
                                      names.join(QStringLiteral(", "))))
                          .toHtmlEscaped());
}

void HealthPage::setError(const QString &error)
{
    m_status->setText(coloured(error, Severity::Critical));
}

const PgTableHealth *HealthPage::selectedTable() const
{
    const QModelIndexList rows = m_tablesPanel->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 relid = rows.first().data(RowTableModel::KeyRole).toLongLong();
    for (const PgTableHealth &t : m_tableList)
        if (t.relid == relid)
            return &t;
    return nullptr;
}

const PgIndexHealth *HealthPage::selectedIndex() const
{
    const QModelIndexList rows = m_indexesPanel->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 oid = rows.first().data(RowTableModel::KeyRole).toLongLong();
    for (const PgIndexHealth &i : m_indexList)
        if (i.indexRelid == oid)
            return &i;
    return nullptr;
}

void HealthPage::selectIndex(const QString &schema, const QString &name)
{
    for (const PgIndexHealth &i : std::as_const(m_indexList)) {
        if (i.schema != schema || i.name != name)
            continue;
        const QModelIndexList found =
            m_indexesPanel->proxy()->match(m_indexesPanel->proxy()->index(0, 0), RowTableModel::KeyRole,
                                           QString::number(i.indexRelid), 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_indexesPanel->view()->selectionModel()->select(
                found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void HealthPage::selectTable(const QString &schema, const QString &name)
{
    for (const PgTableHealth &t : std::as_const(m_tableList)) {
        if (t.schema != schema || t.name != name)
            continue;
        const QModelIndexList found = m_tablesPanel->proxy()->match(
            m_tablesPanel->proxy()->index(0, 0), RowTableModel::KeyRole, QString::number(t.relid), 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_tablesPanel->view()->selectionModel()->select(
                found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void HealthPage::setMaintenanceAvailable(bool available, const QString &why)
{
    m_maintenanceAvailable = available;
    m_unavailableWhy = why;
    updateButtons();
}

void HealthPage::updateButtons()
{
    const bool can = m_maintenanceAvailable && !m_running && selectedTable() != nullptr;
    m_reindexIndex->setEnabled(m_maintenanceAvailable && !m_running && selectedIndex() != nullptr);
    m_reindexIndex->setToolTip(!m_maintenanceAvailable ? format::plainToolTip(m_unavailableWhy)
                                   : selectedIndex()   ? QString()
                                                       : tr("Select an index first."));
    for (QPushButton *b : {m_vacuum, m_analyze, m_reindex}) {
        b->setEnabled(can);
        b->setToolTip(!m_maintenanceAvailable ? format::plainToolTip(m_unavailableWhy)
                          : selectedTable()   ? QString()
                                              : tr("Select a table first."));
    }
}

void HealthPage::maintenanceStarted(const QString &statement)
{
    m_running = true;
    updateButtons();
    m_cancel->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("starting"));
    m_maintenanceLabel->setText(tr("Running %1…").arg(statement).toHtmlEscaped());
}

void HealthPage::maintenanceProgress(const PgProgress &progress)
{
    if (!progress.running)
        return;
    if (progress.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, progress.done * 1000 / progress.total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(progress.command + QStringLiteral(": ") + progress.phase);
}

void HealthPage::maintenanceFinished(bool ok, const QString &message)
{
    m_running = false;
    m_cancel->hide();
    m_progress->hide();
    m_maintenanceLabel->setText(coloured(message, ok ? Severity::Normal : Severity::Critical));
    updateButtons();
}

} // namespace opsdash
