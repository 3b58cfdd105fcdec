// RowTableModel merges each refresh into what it shows: the contract every dashboard table relies on so that
// selection and scroll position survive a tick.

#include "rowtablemodel.h"
#include "tables.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace opsdash;

namespace {

QList<ColumnSpec> columns()
{
    return {{QStringLiteral("Name"), CellKind::Text},
            {QStringLiteral("Count"), CellKind::Count},
            {QStringLiteral("Avg"), CellKind::DurationMs}};
}

TableRow row(const char *name, qint64 count, double avg)
{
    const QString key = QString::fromLatin1(name);
    return TableRow{key, {key, count, avg}, Severity::Normal};
}

} // namespace

class TestRowTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveAsManyHeadersAsEachTablesColumnEnum()
    {
        // Rows are built with cells<Column, ColumnCount>(): the header list must be exactly that long too
        using namespace opsdash::tables;
        QCOMPARE(endpointColumns().size(), EndpointColumnCount);
        QCOMPARE(slowQueryColumns().size(), SlowQueryColumnCount);
        QCOMPARE(frequencyColumns().size(), FrequencyColumnCount);
        QCOMPARE(alertColumns().size(), AlertColumnCount);
        QCOMPARE(actionColumns().size(), ActionColumnCount);
        QCOMPARE(instanceColumns().size(), InstanceColumnCount);
        QCOMPARE(eventColumns().size(), EventColumnCount);
        QCOMPARE(statementColumns().size(), StatementColumnCount);
        QCOMPARE(sessionColumns().size(), SessionColumnCount);
        QCOMPARE(tableHealthColumns().size(), TableHealthColumnCount);
        QCOMPARE(indexFindingColumns().size(), IndexFindingColumnCount);
        // A cell set by name lands in its column; the others are "no value"
        const QVariantList row = opsdash::cells<FrequencyColumn, FrequencyColumnCount>({{FrequencyCount, 3}});
        QCOMPARE(row.size(), FrequencyColumnCount);
        QCOMPARE(row[FrequencyCount].toInt(), 3);
        QVERIFY(!row[FrequencyQuery].isValid());
    }

    void shouldPassTheModelTesterThroughMerges()
    {
        RowTableModel model(columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row("a", 1, 1), row("b", 2, 2), row("c", 3, 3), row("d", 4, 4)});
        model.setRows({row("b", 2, 2), row("d", 5, 4), row("e", 6, 6)}); // two removed apart, one changed, one new
        model.setRows({});
        model.setRows({row("x", 1, 1)});
        model.upsertRow(row("y", 2, 2));
        model.upsertRow(row("x", 3, 3));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldUpdateInPlaceWithOneDataChangedForChangedCellsOnly()
    {
        // Given a table with three rows
        RowTableModel model(columns());
        model.setRows({row("a", 1, 1.0), row("b", 2, 2.0), row("c", 3, 3.0)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // When only b's count changes
        model.setRows({row("a", 1, 1.0), row("b", 7, 2.0), row("c", 3, 3.0)});

        // Then one dataChanged for b's count cell, nothing else
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex(), model.index(1, 1));
        QCOMPARE(changed[0][1].toModelIndex(), model.index(1, 1));
        QCOMPARE(model.data(model.index(1, 1), RowTableModel::SortRole).toLongLong(), 7);
    }

    void shouldKeepTheSelectionAcrossRefreshesBehindASortProxy()
    {
        // Given a sorted view of the table with row "c" selected
        RowTableModel model(columns());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RowTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(1, Qt::DescendingOrder);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        model.setRows({row("a", 10, 1), row("b", 20, 2), row("c", 30, 3)});
        const QModelIndex c = proxy.match(proxy.index(0, 0), Qt::DisplayRole, QStringLiteral("c")).value(0);
        QVERIFY(c.isValid());
        selection.select(c, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // When refreshes change values, reorder rows, drop one and add one
        model.setRows({row("a", 40, 1), row("c", 5, 3), row("d", 1, 1)});
        model.setRows({row("d", 2, 1), row("a", 41, 1), row("c", 6, 3), row("e", 50, 5)});

        // Then "c" is still the selected row, wherever the sort moved it
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected[0].data().toString(), QStringLiteral("c"));
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("e")); // still sorted by count
    }

    void shouldShowEmptyCellsAndCutLongText()
    {
        RowTableModel model(columns());
        model.setTextLimit(10);
        const QString sql = QStringLiteral("SELECT *\n  FROM registrations WHERE event_id = $1");
        model.setRows({TableRow{QStringLiteral("k"), {sql, QVariant(), 12.5}, Severity::Critical}});
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("SELECT * F…"));
        QCOMPARE(model.data(model.index(0, 0), Qt::ToolTipRole).toString(), QString());
        QCOMPARE(model.data(model.index(0, 0), RowTableModel::SortRole).toString(), sql);
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("—"));
        QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("12.5 ms"));
        QVERIFY(model.data(model.index(0, 2), Qt::ForegroundRole).isValid()); // severity 2 colours the row
    }

    void shouldKeepTheFirstOfRepeatedKeys()
    {
        RowTableModel model(columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row("a", 1, 1), row("a", 2, 2)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 1), RowTableModel::SortRole).toLongLong(), 1);
    }

    void shouldBuildEndpointRowsFromEitherShape()
    {
        RowTableModel model(tables::endpointColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EndpointPercentiles slow{QStringLiteral("GET /events/:id/statistics"), 10, 300, 250, 450, 600, 100, 700, {}, 1};
        model.setRows(tables::endpointRows(QStringLiteral("http://a"), {slow}, 200));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, tables::EndpointP95)).toString(), QStringLiteral("450 ms"));
        QCOMPARE(model.data(model.index(0, 0), RowTableModel::SeverityRole).toInt(), 2); // p95 > 2 × 200 ms

        // A seed-only backend has averages only: the percentile cells are empty, not zero.
        EndpointStat seed{QStringLiteral("/events"), QStringLiteral("GET"), 12, 5};
        model.setRows(tables::endpointRows(QStringLiteral("http://a"), QList<EndpointStat>{seed}, 200));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, tables::EndpointRoute)).toString(), QStringLiteral("GET /events"));
        QCOMPARE(model.data(model.index(0, tables::EndpointP95)).toString(), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestRowTableModel)
#include "tst_rowtablemodel.moc"
