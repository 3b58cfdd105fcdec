#pragma once

#include "actionpipeline.h"
#include "pages.h"
#include "palette.h"
#include "poller.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace opsdash {

class DashboardPage;
class AlertsController;
class EventsController;
class FleetController;
class QueuesController;
class ApiController;
class InternalsController;
class EventsPage;
class MessageBar;
class Session;
class Settings;

/// Switches between pages and holds the menus, the toolbar (profile, pause, time range) and the status bar.
/// Pages own their models and widgets; the window only wires a session's dashboard to them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the page (now, or once a session is there).
    void showPage(PageId page);
    /// Shows the charts over `minutes` (one of the range box's) without remembering it as the user's choice.
    void setRangeMinutes(int minutes);
    /// The same by the page's name (`--page`); false for a name no page has.
    bool showPage(const QString &name);
    /// The page shown (its name; "welcome" before a session).
    QString currentPage() const;
    DashboardPage *page(PageId page) const;
    DashboardPage *page(const QString &name) const;
    EventsPage *eventsPage() const;
    /// Selects event `id` on the Events page (now, or once a session has loaded it).
    void selectEvent(qint64 id);

    /// Watches `session` (the window takes it over; the previous one is deleted).
    void setSession(Session *session);
    Session *session() const { return m_session; }
    /// Confirms and runs a backend action a page asked for.
    void requestAction(const ActionRequest &request);
    MessageBar *messageBar() const { return m_messages; }
    /// Lists the profiles in the toolbar, `current` selected.
    void setProfiles(const QStringList &names, const QString &current);
    /// Polls every source now (F5).
    void refreshNow();
    /// Focuses the shown page's first visible filter field (Ctrl+F); false when the page has none.
    bool focusFilter();
    /// The worst status of the sources and alerts, which the tray icon's dot shows.
    Severity trayStatus() const { return m_trayStatus; }

Q_SIGNALS:
    void profileSelected(const QString &name);
    void newProfileRequested();
    void editProfileRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindowdesktop.cpp: menus, shortcuts, the tray's status, the state kept across restarts.
    void buildMenus();
    void updatePageActions();
    void setTrayStatus(Severity status);
    void restoreWindow();
    void savePageStates();
    void restorePageStates();
    QList<QAction *> m_pageActions; ///< Ctrl+1…9
    Severity m_trayStatus = Severity::NoData;

    void buildPages();
    void clearPages();
    void addPage(QWidget *page, const QString &title);
    void applyRange(int minutes);
    /// Reads what `minutes` of history the window lacks from the session's Prometheus (nothing without one).
    void loadHistory(int minutes);
    /// Hands every dashboard page the markers: the instances' restarts and version changes, and the actions.
    void pushAnnotations();
    QList<Annotation> m_instanceAnnotations;
    QHash<QString, Annotation> m_actionAnnotations; ///< by action id
    QTimer *m_longRefresh = nullptr;
    bool m_rangeFromCommandLine = false;
    void updateSourceStatus(const QString &source, Poller::SourceStatus status, const QString &message);
    void onAlert(const AlertEvent &event);
    void updateStatusBar();
    void applyPolling();
    QWidget *createWelcomePage();

    Settings *m_settings;
    QPointer<Session> m_session;
    ActionPipeline *m_actions = nullptr;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    MessageBar *m_messages;
    QWidget *m_welcome;
    QComboBox *m_profiles;
    QComboBox *m_range;
    QComboBox *m_compare; ///< nothing, one day or one week earlier (with a Prometheus)
    QAction *m_pause;
    QLabel *m_sourcesLabel;
    QLabel *m_alertsLabel;
    QLabel *m_updatedLabel;
    QSystemTrayIcon *m_tray = nullptr;
    QMap<PageId, QWidget *> m_pageById;
    QHash<QString, std::pair<Poller::SourceStatus, QString>> m_sources;
    std::optional<PageId> m_pendingPage;
    qint64 m_pendingEvent = 0;
    EventsController *m_events = nullptr;
    FleetController *m_fleet = nullptr;
    QueuesController *m_queues = nullptr;
    ApiController *m_api = nullptr;
    AlertsController *m_alertsController = nullptr;
    InternalsController *m_internals = nullptr;
};

} // namespace opsdash
