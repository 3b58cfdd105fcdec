#include "helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <boost/version.hpp>
#include <libpq-fe.h>
#include <zlib.h>

namespace opsdash::helpdialogs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

QString libpqVersion()
{
    const int v = PQlibVersion(); // e.g. 150010
    return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000);
}

// Menu actions with a shortcut, depth first, as (what it does, keys).
void collect(const QMenu *menu, QList<std::pair<QString, QString>> *rows)
{
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->menu())
            collect(action->menu(), rows);
        else if (!action->shortcut().isEmpty())
            rows->append({action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

QString aboutText()
{
    // Each library opsdash links, its version here and its licence (the Qt modules under the LGPL, Qt Charts under
    // the GPL in Qt's open-source edition).
    const QList<std::tuple<QString, QString, QString>> libraries{
        {QStringLiteral("Qt (Core, Gui, Widgets, Network, Sql, Concurrent)"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0-only")},
        {QStringLiteral("QCoro"), QStringLiteral(OPSDASH_QCORO_VERSION), QStringLiteral("MIT")},
        {QStringLiteral("QtKeychain"), QStringLiteral(OPSDASH_KEYCHAIN_VERSION), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("libpq"), libpqVersion(), QStringLiteral("PostgreSQL")},
        {QStringLiteral("Boost.Beast"), QStringLiteral(BOOST_LIB_VERSION).replace(u'_', u'.'),
         QStringLiteral("BSL-1.0")},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()), QStringLiteral("Zlib")},
    };
    QString rows;
    for (const auto &[name, version, licence] : libraries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence);
    return Text::tr("<h3>opsdash %1</h3><p>Operations dashboard for the events-registration platform: application "
                    "metrics, database internals and guarded maintenance actions in one window.</p>"
                    "<p>Built with Qt %2, running on Qt %3.</p>")
               .arg(QStringLiteral(OPSDASH_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())) +
        QStringLiteral("<table cellspacing='6'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                       "<th align='left'>%3</th></tr>%4</table>")
            .arg(Text::tr("Library"), Text::tr("Version"), Text::tr("Licence"), rows);
}

void showShortcuts(QMenuBar *menus, QWidget *parent)
{
    QList<std::pair<QString, QString>> rows;
    const auto top = menus->actions();
    for (const QAction *action : top)
        if (action->menu())
            collect(action->menu(), &rows);
    // Shortcuts that live on widgets, not in a menu.
    rows.append({Text::tr("Copy the selected rows of a table"),
                 QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)});
    rows.append(
        {Text::tr("Leave a filter or dialog"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});

    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(Text::tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({Text::tr("Action"), Text::tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(460, 420);
    dialog->show();
}

} // namespace opsdash::helpdialogs
