#pragma once

#include "actionlog.h"

#include <QObject>
#include <QPointer>

#include <QCoroTask>

#include <functional>

class QWidget;

namespace opsdash {

class Session;

/// How an action ended: its answer (the backend's message, "done in 1.2 s") or, when !ok, the error.
struct ActionOutcome
{
    bool ok = false;
    QString result;
};

/// What the state was before asking: a sentence for the confirmation ("Now: …", who holds a lock) and the figures
/// the actions log keeps as "before".
struct ActionPreview
{
    QString description;
    QString figures;
};

/// One guarded action, described once: what it does, to what, how it is confirmed, and the figures taken before
/// and after. Backend actions (backendactions.h) and database actions (internalscontroller.cpp) are built as these
/// and all go through one ActionPipeline.
struct GuardedAction
{
    QString name; ///< the dialog's title and the log's action ("Force GC")
    QString description; ///< what it will do, in the dialog
    QString target; ///< to what, in the dialog ("http://… (profile p)")
    QString instance; ///< where it ran, in the log (an instance, "all instances", the database)
    QString parameters; ///< in the log
    /// Optional: read before asking; its description joins the dialog's, its figures are the "before".
    std::function<QCoro::Task<ActionPreview>()> preview;
    /// Optional: figures read right before it runs (taken over the preview's).
    std::function<QCoro::Task<QString>()> before;
    /// Does it without blocking the window (a request, a worker thread's connection).
    std::function<QCoro::Task<ActionOutcome>()> run;
    /// Optional: figures after it ran, read at once or `afterDelayMs` later (a window of time after it).
    std::function<QCoro::Task<QString>()> after;
    int afterDelayMs = 0;
    /// Optional: told when it ends (the page that asked shows the result).
    std::function<void(const ActionRecord &)> onFinished;
    /// The dialog opens over this widget (the page that asked); the window when unset.
    QPointer<QWidget> dialogParent;
    /// Maintenance of the database: with an Alertmanager in the profile the dialog offers to silence the
    /// database's alerts (service="database") while it runs; the silence is expired when it ends, both logged.
    bool offersDatabaseSilence = false;
};

/// The one runner of guarded actions: reads the preview, confirms (the profile's name typed for a production
/// profile), runs without blocking the window, and records into the session's actions log with its id scheme —
/// before, as it starts, as it ends, and once more when the figures after are in.
class ActionPipeline : public QObject
{
    Q_OBJECT

public:
    ActionPipeline(Session *session, QWidget *window, QObject *parent = nullptr);

    /// Asks, and runs when the user accepts.
    QCoro::Task<> submit(GuardedAction action);
    /// How long after an action the window of its "after" figures runs, for those measured over time (tests
    /// shorten it).
    int afterWindowMs() const { return m_afterWindowMs; }
    void setAfterWindowMs(int ms) { m_afterWindowMs = ms; }

Q_SIGNALS:
    void started(const opsdash::ActionRecord &record);
    void finished(const opsdash::ActionRecord &record);

private:
    QCoro::Task<> execute(GuardedAction action, QString previewFigures, bool silenceDatabase);
    /// The silence's id, or an empty one with `error`.
    QCoro::Task<QString> silenceDatabase(const GuardedAction &action, QString *error);

    QPointer<Session> m_session;
    QPointer<QWidget> m_window;
    int m_afterWindowMs = 60'000;
};

} // namespace opsdash
