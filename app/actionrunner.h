#pragma once

#include "pages.h"
#include "session.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace opsdash {

/// Runs the guarded actions: says what will happen and to which target, asks (a typed confirmation for
/// production profiles), runs without blocking the window, reports the result, and records before/after figures
/// in the actions log — some at once (heap before/after GC), some one minute later (p95 and hit rate in the
/// minute before and the minute after an invalidation).
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    ActionRunner(Session *session, QWidget *dialogParent, QObject *parent = nullptr);

    /// Opens the confirmation dialog; the action runs when it is accepted.
    void request(const ActionRequest &request);
    /// How long after an action its "after" window ends (tests shorten it).
    void setAfterWindowMs(int ms) { m_afterWindowMs = ms; }

    static QString actionName(ActionRequest::Kind kind);

Q_SIGNALS:
    void started(const opsdash::ActionRecord &record);
    void finished(const opsdash::ActionRecord &record);

private:
    QCoro::Task<> execute(ActionRequest request);
    QString describe(const ActionRequest &request) const;
    QString target(const ActionRequest &request) const;
    QString windowFigures(qint64 fromMs, qint64 toMs, ActionRequest::Kind kind) const;

    QPointer<Session> m_session;
    QPointer<QWidget> m_dialogParent;
    int m_afterWindowMs = 60'000;
    int m_serial = 0;
};

} // namespace opsdash
