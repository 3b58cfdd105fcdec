#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace opsdash {

/// Switches between pages and holds the menus; pages own their models and are wired to their datasources.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Page names accepted by `--page`.
    QStringList pageNames() const;
    /// Shows the named page; returns false for a name pageNames() does not list.
    bool showPage(const QString &name);

private:
    void addPage(const QString &name, QWidget *page);
    QWidget *createWelcomePage();

    QStackedWidget *m_pages = nullptr;
    QStringList m_pageNames;
};

} // namespace opsdash
