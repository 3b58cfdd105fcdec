// What the queues do (seed 000's processors): the registration confirmation (email) and the badge
// (badge-generation). Each is idempotent by its job id: the spool file and the stored badge are replaced, not
// added, when a job runs twice.

#include "jobhandlers.h"
#include "badge.h"
#include "mail.h"
#include "util.h"

#include <QCoroFuture>
#include <QLocale>
#include <QtConcurrent>

namespace eventsd {

namespace {

struct Attendee
{
    qint64 id = 0;
    QString fullName;
    QByteArray email;
    QByteArray qrCode;
    QString eventName;
    QString venue;
    QDateTime date;
};

/// The registration and its event, or why the job cannot go on: the database failed (retry), the registration is
/// gone (for good).
struct Loaded
{
    std::optional<Attendee> who;
    JobResult failure;
};

QCoro::Task<Loaded> loadAttendee(EventsApp *a, const Job &job)
{
    const qint64 id = qint64(job.data.value(u"registrationId").toDouble());
    QFuture<DbOutcome<std::optional<Attendee>>> loading =
        a->pool().run<std::optional<Attendee>>([id](pg::Connection &c) -> std::optional<Attendee> {
            const pg::Result r =
                c.exec("SELECT r.full_name, r.email, r.qr_code, e.name, e.venue, " + util::iso("e.date") +
                           " FROM registrations r JOIN events e ON e.id = r.event_id WHERE r.id = $1",
                       pg::Params() << id);
            if (r.rows() == 0)
                return std::nullopt;
            return Attendee{id,
                            r.text(0, 0),
                            r.bytes(0, 1),
                            r.bytes(0, 2),
                            r.text(0, 3),
                            r.text(0, 4),
                            QDateTime::fromString(r.text(0, 5), Qt::ISODateWithMs)};
        });
    const DbOutcome<std::optional<Attendee>> loaded = co_await loading;
    if (!loaded.ok())
        co_return Loaded{std::nullopt, JobResult::retry(QStringLiteral("database: %1").arg(loaded.error->message()))};
    if (!*loaded.value)
        co_return Loaded{std::nullopt,
                         JobResult::permanent(QStringLiteral("registration %1 no longer exists").arg(id))};
    co_return Loaded{*loaded.value, {}};
}

QString formatWhen(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("dddd, d MMMM yyyy, HH:mm 'UTC'"));
}

QCoro::Task<JobResult> sendConfirmation(EventsApp *a, Job job, Attendee who)
{
    const qint64 id = who.id;
    const JobSettings &settings = a->config().jobs;
    const auto from = mail::Mailbox::parse(settings.mailFrom);
    if (!from)
        co_return JobResult::retry(QStringLiteral("mail-from is not a usable address"));
    if (!mail::isPlainAddress(who.email))
        co_return JobResult::permanent(QStringLiteral("registration %1: the address cannot be mailed").arg(id));
    mail::Message message;
    message.from = *from;
    message.to = {who.fullName, who.email};
    message.subject = QStringLiteral("Your registration for %1").arg(who.eventName);
    message.body = QStringLiteral("Hello %1,\n\nyou are registered for %2 on %3 at %4.\n\n"
                                  "Your registration number is %5. Show this code at the door: %6\n\n"
                                  "Your badge will be ready at the entrance.\n")
                       .arg(who.fullName, who.eventName, formatWhen(who.date), who.venue, QString::number(id),
                            QString::fromLatin1(who.qrCode));
    QByteArray messageId = job.id;
    message.messageId = messageId.append('@').append(from->address.mid(from->address.indexOf('@') + 1));
    message.date = QDateTime::currentDateTimeUtc();
    const QByteArray data = mail::compose(message);
    QFuture<mail::Outcome> delivering = QtConcurrent::run([settings, message, data, name = QString::fromUtf8(job.id)] {
        return settings.smtpUrl.isEmpty() ? mail::spool(settings.mailSpool, name, data)
                                          : mail::send(settings.smtpUrl, message, data, 30'000);
    });
    const mail::Outcome delivered = co_await delivering;
    if (delivered.ok)
        co_return JobResult::done();
    co_return delivered.permanent ? JobResult::permanent(delivered.error) : JobResult::retry(delivered.error);
}

QCoro::Task<JobResult> generateBadge(EventsApp *a, Job, Attendee who)
{
    const qint64 id = who.id;
    const BadgeInfo info{id, who.fullName, who.eventName, formatWhen(who.date), who.venue, who.qrCode};
    QFuture<QByteArray> rendering = QtConcurrent::run([info] { return renderBadge(info); });
    const QByteArray pdf = co_await rendering;
    if (pdf.isEmpty())
        co_return JobResult::permanent(QStringLiteral("registration %1: the QR code cannot be encoded").arg(id));
    QFuture<DbOutcome<bool>> storing = a->pool().run<bool>([id, hex = pdf.toHex()](pg::Connection &c) {
        QByteArray value = "\\x";
        value.append(hex);
        // The registration may have gone meanwhile: then nothing is stored.
        c.exec("INSERT INTO registration_badges (registration_id, pdf) SELECT id, $2::bytea FROM registrations "
               "WHERE id = $1 ON CONFLICT (registration_id) DO UPDATE SET pdf = excluded.pdf, created_at = now()",
               pg::Params() << id << value);
        return true;
    });
    const DbOutcome<bool> stored = co_await storing;
    if (!stored.ok())
        co_return JobResult::retry(QStringLiteral("database: %1").arg(stored.error->message()));
    co_return JobResult::done();
}

/// Runs `work` with the job's registration, or fails the job as loadAttendee says.
using AttendeeWork = QCoro::Task<JobResult> (*)(EventsApp *, Job, Attendee);
QCoro::Task<JobResult> withAttendee(EventsApp *a, Job job, AttendeeWork work)
{
    QCoro::Task<Loaded> loading = loadAttendee(a, job);
    const Loaded loaded = co_await loading;
    if (!loaded.who)
        co_return loaded.failure;
    QCoro::Task<JobResult> working = work(a, std::move(job), *loaded.who);
    co_return co_await working;
}

} // namespace

JobHandler jobHandler(JobQueue queue, EventsApp *app)
{
    switch (queue) {
    case JobQueue::Email:
        return [app](const Job &job) { return withAttendee(app, job, sendConfirmation); };
    case JobQueue::Badge:
        return [app](const Job &job) { return withAttendee(app, job, generateBadge); };
    case JobQueue::Report:
        return [app](const Job &job) { return generateReport(app, job); };
    }
    return {};
}

} // namespace eventsd
