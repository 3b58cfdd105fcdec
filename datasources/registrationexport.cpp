#include "registrationexport.h"

#include "registrationsql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent>

#include <QCoroFuture>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::RegistrationExport)
};

constexpr qint64 progressStep = 64 * 1024;

// Everything one export needs on the worker thread.
struct Job
{
    RegistrationExport::Options options;
    std::shared_ptr<void> keepAlive;
    const std::atomic<bool> *cancelled = nullptr;
    std::function<void(const ExportProgress &)> report;
    QElapsedTimer clock;
    ExportProgress progress;
    qint64 reportedAt = 0;

    void maybeReport(bool force = false)
    {
        progress.seconds = double(clock.nsecsElapsed()) / 1e9;
        if (force || progress.bytes - reportedAt >= progressStep) {
            reportedAt = progress.bytes;
            report(progress);
        }
    }
};

ExportResult finish(Job &job, QSaveFile &file, QString error)
{
    ExportResult result;
    job.maybeReport(true);
    result.progress = job.progress;
    if (job.cancelled->load()) {
        file.cancelWriting();
        result.cancelled = true;
        result.error = Text::tr("cancelled after %1 rows; no file was written").arg(job.progress.rows);
        return result;
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        result.error = error;
        return result;
    }
    if (!file.commit()) {
        result.error = Text::tr("cannot write %1: %2").arg(job.options.file, file.errorString());
        return result;
    }
    result.ok = true;
    const auto expected = job.progress.expectedRows;
    if (!expected)
        result.note = Text::tr("%1 rows exported").arg(job.progress.rows);
    else if (*expected == job.progress.rows)
        result.note = Text::tr("%1 rows exported, as many as the server counted").arg(job.progress.rows);
    else
        result.note = Text::tr("%1 rows exported; the server counted %2 when the export started (registrations came "
                               "or went meanwhile)")
                          .arg(job.progress.rows)
                          .arg(*expected);
    return result;
}

bool openFile(Job &job, QSaveFile &file, QString *error)
{
    file.setFileName(job.options.file);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("cannot write %1: %2").arg(job.options.file, file.errorString());
        return false;
    }
    if (job.options.bom)
        file.write("\xEF\xBB\xBF");
    return true;
}

ExportResult exportFromBackend(Job &job)
{
    QSaveFile file;
    QString error;
    if (!openFile(job, file, &error))
        return finish(job, file, error);

    // A client of this worker thread's own (the session's clients live on the GUI thread): its socket and waits
    // run on this thread's event loop, and the file is written here, never on the GUI thread.
    BackendClient client(*job.options.source.backend);
    CsvRecordCounter counter;
    bool writeFailed = false;
    BackendClient::Download download;
    download.started = [&job](std::optional<qint64> expected) { job.progress.expectedRows = expected; };
    download.piece = [&](QByteArrayView data) {
        if (job.cancelled->load())
            return false;
        if (file.write(data.data(), data.size()) != data.size()) {
            writeFailed = true;
            return false;
        }
        counter.feed(data.data(), data.size());
        job.progress.bytes += data.size();
        job.progress.rows = std::max<qint64>(0, counter.records() - 1);
        job.maybeReport();
        return true;
    };
    QTimer watch; // a cancel reaches a stalled transfer too
    QObject::connect(&watch, &QTimer::timeout, &client, [&] {
        if (job.cancelled->load())
            client.abortAll();
    });
    watch.start(50);
    const BackendReply<qint64> reply = QCoro::waitFor(client.downloadRegistrationsCsv(
        job.options.eventId, download, job.options.stallTimeoutMs, job.options.reportId));
    watch.stop();

    const qint64 event = job.options.eventId;
    if (writeFailed)
        error = Text::tr("cannot write %1: %2").arg(job.options.file, file.errorString());
    else if (job.cancelled->load() || reply)
        error.clear();
    else if (reply.httpStatus == 403)
        error = Text::tr("this account may not export event %1 (403): an organizer exports only their own events")
                    .arg(event);
    else if (reply.httpStatus == 404)
        error = Text::tr("event %1 not found, or the backend has no CSV export (404)").arg(event);
    else if (reply.httpStatus >= 200 && reply.httpStatus < 300)
        error = Text::tr("the backend ended the export early after %1 rows (the file was not written): %2")
                    .arg(job.progress.rows)
                    .arg(reply.error);
    else
        error = reply.error;
    return finish(job, file, error);
}

ExportResult exportFromDatabase(Job &job)
{
    QSaveFile file;
    QString error;
    if (!openFile(job, file, &error))
        return finish(job, file, error);
    PgConnectionParams params = *job.options.source.database;
    params.statementTimeoutMs = 0; // a big export may take minutes; cancel ends it
    pg::Connection conn(libpqParams(params));
    try {
        conn.ensureConnected();
        // The count and the COPY see the same snapshot; the transaction rolls back when it goes out of scope.
        const pg::Transaction snapshot(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        job.progress.expectedRows = conn.exec("/* opsdash */ SELECT count(*) FROM registrations WHERE event_id = $1",
                                              pg::Params() << job.options.eventId)
                                        .int64(0, 0);
        qint64 lines = 0;
        conn.copyOut("/* opsdash */ " + sql::registrationsCopy(job.options.eventId), [&](const char *data, int n) {
            if (file.write(data, n) != n) {
                error = Text::tr("cannot write %1: %2").arg(job.options.file, file.errorString());
                return false;
            }
            job.progress.bytes += n;
            ++lines; // one COPY row per call, whatever newlines its quoted cells hold
            job.progress.rows = std::max<qint64>(0, lines - 1);
            job.maybeReport();
            return !job.cancelled->load();
        });
    } catch (const pg::Error &e) {
        error = e.isConnectionError() && !conn.isConnected()
            ? Text::tr("cannot connect to PostgreSQL at %1:%2 as %3: %4")
                  .arg(params.host, QString::number(params.port), params.user, e.message())
            : e.message();
    }
    if (!error.isEmpty() && !job.cancelled->load())
        error = Text::tr("export from PostgreSQL failed: %1").arg(error);
    return finish(job, file, error);
}

} // namespace

void CsvRecordCounter::feed(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            m_inQuotes = !m_inQuotes; // "" inside quotes toggles twice: no net change
            m_midRecord = true;
        } else if (c == '\n' && !m_inQuotes) {
            ++m_records;
            m_midRecord = false;
        } else if (c != '\r') {
            m_midRecord = true;
        }
    }
}

RegistrationExport::RegistrationExport(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_state(std::make_shared<State>())
{
    m_pool.setMaxThreadCount(1);
}

RegistrationExport::~RegistrationExport()
{
    cancel();
    m_pool.waitForDone();
}

QCoro::Task<ExportResult> RegistrationExport::run()
{
    QPointer<RegistrationExport> self(this);
    auto job = std::make_shared<Job>();
    job->options = m_options;
    job->cancelled = &m_state->cancelled;
    job->keepAlive = m_state;
    // Progress crosses to this object's thread queued; it is dropped when the object is gone.
    job->report = [self](const ExportProgress &p) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, p] {
                if (self)
                    Q_EMIT self->progressed(p);
            },
            Qt::QueuedConnection);
    };
    QFuture<ExportResult> running = QtConcurrent::run(&m_pool, [job] {
        job->clock.start();
        return job->options.source.backend ? exportFromBackend(*job) : exportFromDatabase(*job);
    });
    co_return co_await running;
}

} // namespace opsdash
