#include "tablepanel.h"

#include "csv.h"
#include "rowtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <QCoroFuture>
#include <QCoroTask>

namespace opsdash {

namespace {

QString exportText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return value.toString();
}

QCoro::Task<> writeInBackground(QPointer<TablePanel> panel, QString file, QString text)
{
    QFuture<QString> writing = QtConcurrent::run(writeTextFile, file, text);
    const QString error = co_await writing;
    if (panel)
        Q_EMIT panel->exported(file, error.isEmpty(), error);
}

} // namespace

QString writeTextFile(const QString &file, const QString &text)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    const QByteArray utf8 = text.toUtf8();
    if (out.write(utf8) != utf8.size()) {
        out.cancelWriting();
        return out.errorString();
    }
    if (!out.commit())
        return out.errorString();
    return {};
}

TablePanel::TablePanel(const QString &title, RowTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_unavailable(new QLabel(this))
    , m_title(title)
{
    m_unavailable->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RowTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        menu.addAction(tr("Copy"), this, &TablePanel::copySelection);
        menu.addAction(tr("Export table as CSV…"), this, &TablePanel::exportCsv);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    auto *copy = new QShortcut(QKeySequence::Copy, m_view);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &TablePanel::copySelection);

    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_filter->setObjectName(QStringLiteral("filter")); // Ctrl+F finds it
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, this, &TablePanel::setFilterText);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("CSV…"));
    exportButton->setToolTip(tr("Export the shown rows as CSV"));
    connect(exportButton, &QToolButton::clicked, this, &TablePanel::exportCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_filter);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_unavailable->setWordWrap(true);
    m_unavailable->setForegroundRole(QPalette::PlaceholderText);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);
}

void TablePanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void TablePanel::sortBy(int column, Qt::SortOrder order)
{
    m_view->sortByColumn(column, order);
}

void TablePanel::setUnavailable(const QString &text)
{
    m_unavailable->setText(text);
    m_unavailable->setVisible(!text.isEmpty());
    m_view->setVisible(text.isEmpty());
}

QString TablePanel::toCsv() const
{
    QString out;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header.append(m_proxy->headerData(c, Qt::Horizontal).toString());
    out += csv::record(header);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells.append(exportText(m_proxy->index(r, c).data(RowTableModel::SortRole)));
        out += csv::record(cells);
    }
    return out;
}

void TablePanel::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export table"), m_title + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    writeInBackground(this, file, toCsv());
}

void TablePanel::copySelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QStringList lines;
    if (rows.size() == 1 && m_view->currentIndex().isValid()) {
        // One row: the current cell's whole value (e.g. the full SQL of a query).
        lines.append(exportText(m_view->currentIndex().data(RowTableModel::SortRole)));
    } else {
        for (const QModelIndex &row : rows) {
            QStringList cells;
            for (int c = 0; c < m_proxy->columnCount(); ++c)
                cells.append(exportText(m_proxy->index(row.row(), c).data(RowTableModel::SortRole)));
            lines.append(cells.join(u'\t'));
        }
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace opsdash
