#pragma once

// What the live window tests share: a profile and secrets for the stack's eventsd and database, a window with
// its session (LiveWindow), a session of the application blocked by another (BlockedSession), and small helpers.

#include "actionpipeline.h"
#include "confirmdialog.h"
#include "connectiontest.h"
#include "eventdetail.h"
#include "eventsdprocess.h"
#include "eventspage.h"
#include "healthpage.h"
#include "internalscontroller.h"
#include "mainwindow.h"
#include "pgparams.h"
#include "queriespage.h"
#include "session.h"
#include "sessionspage.h"
#include "sessionwindow.h"
#include "settings.h"
#include "stackenv.h"
#include "tables.h"
#include "widgets.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtConcurrent>

namespace opsdash::live {

using namespace opsdash;

using testui::child;
using testui::rowContaining;
using testui::rowModel;

namespace {

inline Profile liveProfile(const QString &baseUrl)
{
    Profile p;
    p.name = QStringLiteral("live test");
    p.backendUrls = {QUrl(baseUrl)};
    p.auth = Profile::Auth::Login;
    p.email = QStringLiteral("operator@example.com");
    p.pgHost = testenv::value("OPSDASH_PG_HOST");
    p.pgPort = testenv::value("OPSDASH_PG_PORT").toInt();
    p.pgDatabase = testenv::value("OPSDASH_PG_TEST_DATABASE");
    p.pgUser = testenv::value("OPSDASH_PG_MONITOR_USER");
    p.pgMaintenanceUser = testenv::value("OPSDASH_PG_APP_USER"); // owns the tables: may VACUUM them
    p.pgbouncerPort = testenv::value("OPSDASH_PGBOUNCER_PORT").toInt();
    p.refreshMs = 250;
    return p;
}

inline Secrets liveSecrets()
{
    return Secrets{QStringLiteral("operator-demo"),
                   {},
                   testenv::value("OPSDASH_PG_MONITOR_PASSWORD"),
                   testenv::value("OPSDASH_PG_APP_PASSWORD"),
                   {}};
}

// The window watching a live session, with settings of its own.
struct LiveWindow : testui::SessionWindow
{
    explicit LiveWindow(const Profile &profile)
        : SessionWindow(profile, liveSecrets())
    { }
};

// A live test's start: a small season (10 events, 2,000 registrations) and an eventsd without rate limits, with
// a client for it; false with `error` set when one of them fails.
inline bool startLiveBackend(testenv::Eventsd &eventsd, std::unique_ptr<testenv::Client> &client, QString *error)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!testenv::loadSampleData(10, 2000, error) ||
        !eventsd.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}, error))
        return false;
    client = std::make_unique<testenv::Client>(eventsd.baseUrl());
    return true;
}

// What a view does when scrolled to the bottom again and again: fetchMore() while canFetchMore(). Returns the
// number of distinct registrations loaded, or -1 (with a warning) when a page failed or one came twice.
inline qint64 scrollToEnd(RegistrationsModel *model)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (model->isLoading()) {
            QTest::qWait(5);
            continue;
        }
        if (!model->canFetchMore({}))
            break;
        model->fetchMore({});
    }
    if (!model->error().isEmpty()) {
        qWarning("%s", qPrintable(model->error()));
        return -1;
    }
    QSet<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->index(r, RegistrationsModel::Id).data(RegistrationsModel::SortRole).toLongLong());
    return ids.size() == model->rowCount() ? qint64(ids.size()) : -1;
}

// With OPSDASH_TEST_SHOTS set to a folder, the window as a test left it, for a person to look at.
inline void shot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("OPSDASH_TEST_SHOTS");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}

inline QString joined(const QStringList &lines)
{
    return lines.join(u'\n');
}

} // namespace

/// A session of the application blocked by another: `holder` holds events ACCESS EXCLUSIVE in an open transaction,
/// a worker's session waits on it (its statement is tagged live_internals_waiter). Released when it goes.
struct BlockedSession
{
    BlockedSession()
    {
        app = testenv::monitorParams();
        app.user = testenv::value("OPSDASH_PG_APP_USER");
        app.password = testenv::value("OPSDASH_PG_APP_PASSWORD");
        app.readOnly = false;
        app.lockTimeoutMs = 30000;
        app.applicationName = QStringLiteral("opsdash-live-test");
        QString error;
        holder = openPgConnection(QStringLiteral("internals-holder"), app, &error);
        if (!holder.isOpen())
            qFatal("cannot connect as the application: %s", qPrintable(error));
        QSqlQuery hold(holder);
        hold.exec(QStringLiteral("BEGIN"));
        hold.exec(QStringLiteral("LOCK TABLE events IN ACCESS EXCLUSIVE MODE"));
        waiter = QtConcurrent::run(&pool, [params = app] {
            {
                QString e;
                QSqlDatabase db = openPgConnection(QStringLiteral("internals-waiter"), params, &e);
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT count(*) AS live_internals_waiter FROM events"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("internals-waiter"));
        });
    }
    ~BlockedSession()
    {
        QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
        waiter.waitForFinished();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("internals-holder"));
    }
    PgConnectionParams app;
    QSqlDatabase holder;
    QThreadPool pool;
    QFuture<void> waiter;
};

} // namespace opsdash::live
