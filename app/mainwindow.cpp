#include "mainwindow.h"

#include "actionspage.h"
#include "alertscontroller.h"
#include "alertspage.h"
#include "apicontroller.h"
#include "apipage.h"
#include "backendactions.h"
#include "cachepage.h"
#include "databasepage.h"
#include "eventscontroller.h"
#include "eventspage.h"
#include "fleetcontroller.h"
#include "fleetpage.h"
#include "healthpage.h"
#include "icons.h"
#include "internalscontroller.h"
#include "memorypage.h"
#include "messagebar.h"
#include "overviewpage.h"
#include "pages.h"
#include "palette.h"
#include "queriespage.h"
#include "queuescontroller.h"
#include "queuespage.h"
#include "session.h"
#include "sessionspage.h"
#include "settings.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <QCoroTask>

namespace opsdash {

namespace {

// What a person reads for a poller source: PostgreSQL, pgbouncer, or `backend` for a backend instance.
QString sourceName(const QString &source, const QString &backend)
{
    if (source == Poller::databaseSource())
        return MainWindow::tr("PostgreSQL");
    if (source == Poller::bouncerSource())
        return QStringLiteral("pgbouncer");
    return backend;
}

} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_messages(new MessageBar(this))
    , m_welcome(createWelcomePage())
    , m_profiles(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_compare(new QComboBox(this))
    , m_sourcesLabel(new QLabel(this))
    , m_alertsLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
{
    setWindowTitle(tr("opsdash"));
    m_longRefresh = new QTimer(this);
    connect(m_longRefresh, &QTimer::timeout, this, [this] { loadHistory(m_range->currentData().toInt()); });
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    row->addWidget(m_nav);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(6, 6, 6, 0);
    right->addWidget(m_messages);
    right->addWidget(m_pages, 1);
    row->addLayout(right, 1);
    setCentralWidget(central);
    m_pages->addWidget(m_welcome);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row + 1 < m_pages->count())
            m_pages->setCurrentIndex(row + 1);
    });

    // Toolbar: profile, pause, time range.
    QToolBar *toolbar = addToolBar(tr("Live"));
    toolbar->setObjectName(QStringLiteral("liveToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr(" Profile: "), this));
    m_profiles->setObjectName(QStringLiteral("profileBox"));
    m_profiles->setMinimumWidth(160);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profiles->itemData(index).toString();
        if (!name.isEmpty() && (!m_session || name != m_session->profile().name))
            Q_EMIT profileSelected(name);
    });
    toolbar->addWidget(m_profiles);
    toolbar->addAction(icons::forAction(icons::Action::EditProfile), tr("Edit…"), this,
                       &MainWindow::editProfileRequested);
    toolbar->addAction(icons::forAction(icons::Action::NewProfile), tr("New…"), this, &MainWindow::newProfileRequested);
    toolbar->addSeparator();
    m_pause = toolbar->addAction(icons::forAction(icons::Action::Pause), tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        applyPolling();
    });
    toolbar->addWidget(new QLabel(tr("  Range: "), this));
    const QList<std::pair<int, QString>> ranges{{5, tr("5 min")},          {15, tr("15 min")}, {60, tr("1 h")},
                                                {360, tr("6 h")},          {1440, tr("24 h")}, {7 * 1440, tr("7 days")},
                                                {30 * 1440, tr("30 days")}};
    for (const auto &[minutes, label] : ranges)
        m_range->addItem(label, minutes);
    m_range->setObjectName(QStringLiteral("rangeBox"));
    m_range->setCurrentIndex(std::max(0, m_range->findData(m_settings->timeRangeMinutes())));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const int minutes = m_range->currentData().toInt();
        if (!m_rangeFromCommandLine)
            m_settings->setTimeRangeMinutes(minutes);
        applyRange(minutes);
    });
    toolbar->addWidget(m_range);
    toolbar->addWidget(new QLabel(tr("  Compare: "), this));
    m_compare->setObjectName(QStringLiteral("compareBox"));
    m_compare->addItem(tr("nothing"), 0);
    m_compare->addItem(tr("1 day earlier"), 86400);
    m_compare->addItem(tr("1 week earlier"), 7 * 86400);
    m_compare->setToolTip(tr("Overlay the charts with the same series one day or one week earlier (from the "
                             "profile's Prometheus)."));
    m_compare->setEnabled(false);
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] { applyRange(m_range->currentData().toInt()); });
    toolbar->addWidget(m_compare);

    buildMenus();

    statusBar()->addWidget(m_sourcesLabel, 1);
    statusBar()->addPermanentWidget(m_alertsLabel);
    statusBar()->addPermanentWidget(m_updatedLabel);
    m_sourcesLabel->setText(tr("Not connected"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setToolTip(tr("opsdash"));
        setTrayStatus(Severity::NoData);
        m_tray->show();
    }
    restoreWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(PageId id)
{
    if (QWidget *page = m_pageById.value(id)) {
        m_nav->setCurrentRow(m_pages->indexOf(page) - 1);
        m_pendingPage.reset();
    } else {
        m_pendingPage = id;
    }
}

bool MainWindow::showPage(const QString &name)
{
    const auto id = pageFromName(name);
    if (id)
        showPage(*id);
    return id.has_value();
}

DashboardPage *MainWindow::page(PageId id) const
{
    return qobject_cast<DashboardPage *>(m_pageById.value(id));
}

DashboardPage *MainWindow::page(const QString &name) const
{
    const auto id = pageFromName(name);
    return id ? page(*id) : nullptr;
}

EventsPage *MainWindow::eventsPage() const
{
    return qobject_cast<EventsPage *>(m_pageById.value(PageId::Events));
}

void MainWindow::selectEvent(qint64 id)
{
    m_pendingEvent = id;
    if (EventsPage *events = eventsPage())
        events->selectEvent(id);
}

QString MainWindow::currentPage() const
{
    // Every page is named by its objectName (the --page name).
    QWidget *page = m_pages->currentWidget();
    return page == m_welcome ? QStringLiteral("welcome") : page->objectName();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_profiles->clear();
    for (const QString &name : names)
        m_profiles->addItem(name, name);
    if (m_profiles->findData(current) < 0 && !current.isEmpty())
        m_profiles->addItem(current, current);
    m_profiles->setCurrentIndex(m_profiles->findData(current));
}

void MainWindow::setSession(Session *session)
{
    const PageId keepPage = m_pendingPage ? *m_pendingPage : pageFromName(currentPage()).value_or(PageId::Overview);
    clearPages();
    delete m_actions;
    m_actions = nullptr;
    if (m_session)
        m_session->deleteLater();
    m_session = session;
    m_sources.clear();
    if (!session) {
        m_sourcesLabel->setText(tr("Not connected"));
        return;
    }
    session->setParent(this);
    m_actions = new ActionPipeline(session, this, this);
    connect(m_actions, &ActionPipeline::finished, this, [this](const ActionRecord &r) {
        m_messages->showMessage(r.ok ? tr("%1 on %2: %3").arg(r.name, r.instance, r.result)
                                     : tr("%1 on %2 failed: %3").arg(r.name, r.instance, r.result),
                                r.ok ? Severity::Normal : Severity::Critical, r.ok ? 8000 : 0);
    });
    connect(session->poller(), &Poller::sourceStatusChanged, this, &MainWindow::updateSourceStatus);
    connect(session->dashboard(), &Dashboard::alertEvent, this, &MainWindow::onAlert);
    connect(session->dashboard(), &Dashboard::updated, this, &MainWindow::updateStatusBar);
    m_instanceAnnotations.clear();
    m_actionAnnotations.clear();
    connect(session->actions(), &ActionLog::recorded, this, [this](const ActionRecord &r) {
        const QString state = !r.finished ? tr("running") : r.ok ? r.result : tr("failed: %1").arg(r.result);
        m_actionAnnotations.insert(r.id,
                                   {Annotation::Kind::Action, r.time.toMSecsSinceEpoch(),
                                    tr("%1 on %2: %3").arg(r.name, r.instance, state.left(120))});
        pushAnnotations();
    });
    if (PrometheusHistory *history = session->history())
        connect(history, &PrometheusHistory::loaded, this, [this](const QString &error) {
            if (!error.isEmpty())
                m_messages->showMessage(error, Severity::Warning, 15000);
        });
    setWindowTitle(tr("opsdash — %1").arg(session->profile().name));
    m_compare->setEnabled(session->history() != nullptr);
    if (!session->history())
        m_compare->setCurrentIndex(0);
    buildPages();
    showPage(keepPage);
    applyPolling();
    updateStatusBar();
}

void MainWindow::clearPages()
{
    savePageStates();
    m_nav->clear();
    delete m_events; // before its page
    m_events = nullptr;
    delete m_fleet;
    m_fleet = nullptr;
    delete m_queues;
    m_queues = nullptr;
    delete m_api;
    m_api = nullptr;
    delete m_alertsController;
    m_alertsController = nullptr;
    delete m_internals; // before its pages
    m_internals = nullptr;
    for (QWidget *page : std::as_const(m_pageById)) {
        m_pages->removeWidget(page);
        delete page;
    }
    m_pageById.clear();
    m_pages->setCurrentWidget(m_welcome);
    updatePageActions();
}

void MainWindow::buildPages()
{
    PageContext context;
    context.dashboard = m_session->dashboard();
    context.actions = m_session->actions();
    context.instances = m_session->instances();
    context.hasDatabase = m_session->profile().hasDatabase();
    context.hasBouncer = m_session->profile().hasBouncer();
    context.profileName = m_session->profile().name;
    if (PrometheusHistory *history = m_session->history()) {
        context.longStore = history->longStore();
        context.compareStore = history->compareStore();
    }
    addPage(new OverviewPage(context, this), tr("Overview"));
    auto *api = new ApiPage(context, this);
    addPage(api, tr("API"));
    // The Queries page comes after the API page, and only with a database: asked for when a statement is opened.
    m_api = new ApiController(
        m_session, api, [this]() -> QueriesPage * { return m_internals ? m_internals->queriesPage() : nullptr; }, this);
    addPage(new DatabasePage(context, this), tr("Database"));
    if (context.hasDatabase && m_session->poller()->options().database) {
        m_internals = new InternalsController(m_session, m_actions, this, this);
        addPage(m_internals->queriesPage(), tr("Queries"));
        addPage(m_internals->sessionsPage(), tr("Sessions"));
        addPage(m_internals->healthPage(), tr("Table health"));
    }
    addPage(new MemoryPage(context, this), tr("Memory"));
    addPage(new CachePage(context, this), tr("Cache"));
    auto *queues = new QueuesPage(context, this);
    addPage(queues, tr("Queues"));
    m_queues = new QueuesController(m_session, queues, m_actions, this);
    addPage(new ActionsPage(context, this), tr("Actions log"));
    auto *events = new EventsPage(this);
    addPage(events, tr("Events"));
    m_events = new EventsController(m_session, events, this);
    if (m_pendingEvent > 0)
        events->selectEvent(m_pendingEvent);
    auto *fleet = new FleetPage(context, this);
    addPage(fleet, tr("Fleet"));
    m_fleet = new FleetController(m_session, fleet, m_messages, this);
    // Long ranges and the comparison read the chosen instance alone from now on.
    connect(m_fleet, &FleetController::narrowed, this, [this] { loadHistory(m_range->currentData().toInt()); });
    const Profile &profile = m_session->profile();
    auto *alerts = new AlertsPage(
        context, profile.email.isEmpty() ? QStringLiteral("opsdash (%1)").arg(profile.name) : profile.email, this);
    addPage(alerts, tr("Alerts"));
    m_alertsController = new AlertsController(m_session, alerts, m_actions, this);
    applyRange(m_range->currentData().toInt());
    restorePageStates();
    updatePageActions();
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    const PageId id = pageFromName(page->objectName()).value_or(PageId::Overview);
    m_pageById.insert(id, page);
    m_pages->addWidget(page);
    m_nav->addItem(new QListWidgetItem(icons::forPage(id), title));
    if (auto *dashboardPage = qobject_cast<DashboardPage *>(page)) {
        connect(dashboardPage, &DashboardPage::actionRequested, this, &MainWindow::requestAction);
        connect(dashboardPage, &DashboardPage::pageRequested, this, [this](PageId id) { showPage(id); });
    }
}

void MainWindow::requestAction(const ActionRequest &request)
{
    if (m_session && m_actions && m_session->client(request.instance))
        m_actions->submit(backendactions::make(m_session, request, m_actions->afterWindowMs()));
}

void MainWindow::setRangeMinutes(int minutes)
{
    const int index = m_range->findData(minutes);
    if (index < 0)
        return;
    m_rangeFromCommandLine = true; // for this window only: the user's saved choice stays
    m_range->setCurrentIndex(index);
    m_rangeFromCommandLine = false;
}

void MainWindow::applyRange(int minutes)
{
    const QString compare = m_compare->currentData().toInt() > 0 ? m_compare->currentText() : QString();
    for (QWidget *page : std::as_const(m_pageById))
        if (auto *dashboardPage = qobject_cast<DashboardPage *>(page)) {
            dashboardPage->setRangeMinutes(minutes);
            dashboardPage->setCompare(compare);
        }
    loadHistory(minutes);
}

void MainWindow::pushAnnotations()
{
    QList<Annotation> all = m_instanceAnnotations;
    for (const Annotation &a : std::as_const(m_actionAnnotations))
        all.append(a);
    std::sort(all.begin(), all.end(), [](const Annotation &a, const Annotation &b) { return a.timeMs < b.timeMs; });
    for (QWidget *page : std::as_const(m_pageById))
        if (auto *dashboardPage = qobject_cast<DashboardPage *>(page))
            dashboardPage->setAnnotations(all);
}

void MainWindow::loadHistory(int minutes)
{
    m_longRefresh->stop();
    PrometheusHistory *history = m_session ? m_session->history() : nullptr;
    if (!history)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (minutes <= 24 * 60) {
        // The live store holds 24 h: what it lacks of the range comes from Prometheus once.
        const auto oldest = m_session->dashboard()->store().series(Metric::RequestsPerSecond).firstTimeMs();
        const qint64 from = now - qint64(minutes) * 60000;
        if (!oldest || *oldest > from + qint64(m_session->profile().refreshMs) * 3)
            QCoro::connect(history->fillLive(from, oldest.value_or(now)), this, [](bool) {});
    }
    // Longer ranges and the comparison read one point per pixel of the plot, again every step or minute.
    const int width = std::max(600, m_pages->width() - 80);
    const qint64 compareOffset = m_compare->currentData().toInt();
    const DashboardPage *shown = qobject_cast<DashboardPage *>(m_pages->currentWidget());
    const QList<Metric> first = shown ? shown->chartMetrics() : QList<Metric>{};
    if (compareOffset > 0)
        QCoro::connect(history->loadCompare(minutes, compareOffset, width, first), this, [](bool) {});
    // The markers after the series (a long range's are read once its series are in): the charts come first.
    const auto loadMarkers = [this, minutes, now, width] {
        if (PrometheusHistory *h = m_session ? m_session->history() : nullptr)
            QCoro::connect(h->loadAnnotations(now - qint64(minutes) * 60000, now, width), this,
                           [this](const QList<Annotation> &annotations) {
                               m_instanceAnnotations = annotations;
                               pushAnnotations();
                           });
    };
    if (minutes > 24 * 60)
        QCoro::connect(history->loadLong(minutes, width, first), this, [loadMarkers](bool) { loadMarkers(); });
    else
        loadMarkers();
    if (minutes <= 24 * 60 && compareOffset == 0)
        return;
    const int step = PrometheusClient::stepFor(qint64(minutes) * 60000, width);
    m_longRefresh->setInterval(std::max(60, step) * 1000);
    m_longRefresh->start();
}

void MainWindow::updateSourceStatus(const QString &source, Poller::SourceStatus status, const QString &message)
{
    const auto previous = m_sources.value(source, {Poller::SourceStatus::Unknown, QString()});
    m_sources.insert(source, {status, message});
    const QString name = sourceName(source, source);
    if (status == Poller::SourceStatus::Error && previous.first != Poller::SourceStatus::Error)
        m_messages->showMessage(tr("%1: %2").arg(name, message), Severity::Critical, 0);
    else if (status == Poller::SourceStatus::Ok && previous.first == Poller::SourceStatus::Error)
        m_messages->showMessage(tr("%1 is back").arg(name), Severity::Normal, 5000);
    updateStatusBar();
}

void MainWindow::onAlert(const AlertEvent &event)
{
    if (m_tray && event.raised)
        m_tray->showMessage(tr("opsdash alert"), event.message(), QSystemTrayIcon::Warning, 10000);
    statusBar()->showMessage(event.message(), 10000);
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (!m_session)
        return;
    QStringList parts;
    Severity worst = Severity::Normal;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        const QString name = sourceName(it.key(), QUrl(it.key()).authority());
        QString state;
        Severity severity = Severity::NoData;
        switch (it->first) {
        case Poller::SourceStatus::Ok:
            state = tr("ok");
            severity = Severity::Normal;
            break;
        case Poller::SourceStatus::Stale:
            state = tr("stale");
            severity = Severity::Warning;
            break;
        case Poller::SourceStatus::Error:
            state = tr("error");
            severity = Severity::Critical;
            break;
        case Poller::SourceStatus::Unknown:
            state = tr("connecting");
            break;
        }
        worst = std::max(worst, severity);
        parts.append(QStringLiteral("<span style='color:%1'>●</span> %2 %3")
                         .arg(severityColor(severity).name(), name.toHtmlEscaped(), state));
        if (!it->second.isEmpty())
            parts.last() += QStringLiteral(" <i>(%1)</i>").arg(it->second.left(80).toHtmlEscaped());
    }
    m_sourcesLabel->setText(parts.isEmpty() ? tr("Connecting…") : parts.join(QStringLiteral(" &nbsp; ")));
    const int alerts = m_session->dashboard()->alerts().activeCount();
    m_alertsLabel->setText(
        alerts
            ? tr("<b style='color:%1'>%n alert(s)</b>", nullptr, alerts).arg(severityColor(Severity::Critical).name())
            : tr("no alerts"));
    setTrayStatus(alerts ? Severity::Critical : worst);
    if (m_pause->isChecked())
        m_updatedLabel->setText(tr("paused"));
    else if (const qint64 t = m_session->dashboard()->lastTimeMs())
        m_updatedLabel->setText(
            tr("updated %1").arg(QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::applyPolling()
{
    if (!m_session)
        return;
    m_session->poller()->setPaused(m_pause->isChecked());
    const bool slow = isMinimized() && !m_settings->pollWhileMinimized();
    m_session->poller()->setSlowdown(slow ? 5 : 1);
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        applyPolling();
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h1>opsdash</h1>"), page);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("No connection profile yet. A profile names the backend instances and the "
                               "PostgreSQL database to watch."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("Create a profile…"), page);
    connect(create, &QPushButton::clicked, this, &MainWindow::newProfileRequested);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(create, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

} // namespace opsdash
