#include "actionpipeline.h"

#include "confirmdialog.h"
#include "format.h"
#include "session.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcActions, "opsdash.actions")

namespace opsdash {

ActionPipeline::ActionPipeline(Session *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{ }

QCoro::Task<> ActionPipeline::submit(GuardedAction action)
{
    if (!m_session || !action.run)
        co_return;
    QPointer<ActionPipeline> self(this);
    ActionPreview preview;
    if (action.preview) {
        QCoro::Task<ActionPreview> reading = action.preview();
        preview = co_await reading;
        if (!self || !m_session)
            co_return;
    }
    const QString description = preview.description.isEmpty()
        ? action.description
        : action.description + QStringLiteral("\n\n") + preview.description;
    const Profile &profile = m_session->profile();
    QWidget *parent = action.dialogParent ? action.dialogParent.data() : m_window.data();
    auto *dialog = new ConfirmDialog(action.name, description, action.target,
                                     profile.production ? profile.name : QString(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool offerSilence = action.offersDatabaseSilence && m_session->alertmanager();
    if (offerSilence)
        dialog->addOption(tr("Silence the database's alerts in Alertmanager while it runs"), true);
    connect(dialog, &QDialog::accepted, this, [this, action, dialog, offerSilence, figures = preview.figures] {
        execute(action, figures, offerSilence && dialog->optionChecked());
    });
    dialog->open();
}

QCoro::Task<QString> ActionPipeline::silenceDatabase(const GuardedAction &action, QString *error)
{
    am::Silence silence;
    silence.matchers = {{QStringLiteral("service"), QStringLiteral("database")}};
    silence.startsAtMs = QDateTime::currentMSecsSinceEpoch();
    silence.endsAtMs = silence.startsAtMs + 4LL * 3600 * 1000; // a cap: expired as soon as the action ends
    silence.createdBy = QStringLiteral("opsdash (%1)").arg(m_session->profile().name);
    silence.comment = tr("%1 on %2, from opsdash; expired when it ends").arg(action.name, action.instance);
    QCoro::Task<BackendReply<QString>> creating = m_session->alertmanager()->createSilence(silence);
    const auto reply = co_await creating;
    if (!reply)
        *error = reply.error;
    co_return reply.value.value_or(QString());
}

QCoro::Task<> ActionPipeline::execute(GuardedAction action, QString previewFigures, bool silenceDatabase)
{
    QPointer<ActionPipeline> self(this);
    if (!m_session)
        co_return;
    QPointer<ActionLog> log(m_session->actions());
    ActionRecord record;
    record.id = log->nextId();
    record.time = QDateTime::currentDateTime();
    record.profile = m_session->profile().name;
    record.instance = action.instance;
    record.name = action.name;
    record.parameters = action.parameters;
    record.before = previewFigures;
    if (action.before) {
        QCoro::Task<QString> reading = action.before();
        record.before = co_await reading;
        if (!self || !log)
            co_return;
    }
    QString silenceId;
    if (silenceDatabase && m_session && m_session->alertmanager()) {
        QString error;
        QCoro::Task<QString> silencing = this->silenceDatabase(action, &error);
        silenceId = co_await silencing;
        if (!self || !log)
            co_return;
        record.parameters += silenceId.isEmpty() ? tr(" · database alerts not silenced: %1").arg(error)
                                                 : tr(" · database alerts silenced (%1)").arg(silenceId);
    }
    log->record(record);
    Q_EMIT started(record);
    qCInfo(lcActions) << "running" << record.name << "on" << record.instance << record.parameters;

    QCoro::Task<ActionOutcome> running = action.run();
    const ActionOutcome outcome = co_await running;
    if (!self || !log)
        co_return;
    record.finished = true;
    record.ok = outcome.ok;
    record.result = outcome.result.isEmpty() ? tr("done") : outcome.result;
    if (!silenceId.isEmpty() && m_session && m_session->alertmanager()) {
        QCoro::Task<BackendReply<bool>> expiring = m_session->alertmanager()->expireSilence(silenceId);
        const auto expired = co_await expiring;
        if (!self || !log)
            co_return;
        record.result += expired ? tr(" · silence %1 expired").arg(silenceId)
                                 : tr(" · silence %1 not expired: %2").arg(silenceId, expired.error);
    }
    const bool measureNow = record.ok && action.after && action.afterDelayMs <= 0;
    const bool measureLater = record.ok && action.after && action.afterDelayMs > 0;
    if (measureNow) {
        QCoro::Task<QString> reading = action.after();
        record.after = co_await reading;
        if (!self || !log)
            co_return;
    } else if (measureLater) {
        record.after = tr("measuring for %1…").arg(format::durationMs(action.afterDelayMs));
    }
    log->record(record);
    qCInfo(lcActions) << record.name << (record.ok ? "succeeded:" : "failed:") << record.result;
    if (action.onFinished)
        action.onFinished(record);
    Q_EMIT finished(record);

    if (measureLater) {
        QTimer::singleShot(action.afterDelayMs, this, [this, log, record, after = action.after]() mutable {
            [](QPointer<ActionPipeline> self, QPointer<ActionLog> log, ActionRecord record,
               std::function<QCoro::Task<QString>()> after) -> QCoro::Task<> {
                QCoro::Task<QString> reading = after();
                record.after = co_await reading;
                if (!self || !log)
                    co_return;
                log->record(record);
                Q_EMIT self->finished(record);
            }(this, log, record, after);
        });
    }
}

} // namespace opsdash
