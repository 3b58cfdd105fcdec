#pragma once

#include "backendclient.h"
#include "pgconnection.h"

#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <QCoroTask>

#include <atomic>
#include <memory>
#include <optional>

namespace opsdash {

/// How far an export got.
struct ExportProgress
{
    qint64 rows = 0;
    qint64 bytes = 0;
    std::optional<qint64> expectedRows; ///< the server's count when the export started
    double seconds = 0;
    double megabytesPerSecond() const { return seconds > 0 ? double(bytes) / 1e6 / seconds : 0; }
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    ExportProgress progress;
    QString error; ///< a sentence; empty on success
    QString note; ///< on success: how the row count compares with the server's
};

/// Where an export reads from: a backend (URL and token) or a database.
struct RegistrationExportSource
{
    std::optional<BackendClient::Options> backend; ///< the backend path when set
    std::optional<PgConnectionParams> database; ///< the database path when no backend is set
};

/// Exports one event's registrations as CSV into a file — from eventsd's streaming endpoint (through a
/// BackendClient of the worker thread's own), or straight from PostgreSQL with COPY … TO STDOUT through the Qt
/// PSQL driver's native libpq handle. Runs on a worker thread (network or SQL and the file), writes through
/// QSaveFile so a cancelled or failed export leaves no file, and can be cancelled at any time: the request is
/// aborted, or the COPY cancelled on the server (PQcancel).
class RegistrationExport : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 eventId = 0;
        QString file;
        bool bom = false; ///< UTF-8 byte order mark first (Excel reads the file as UTF-8 then)
        RegistrationExportSource source; ///< a backend (URL and token), else the database
        int stallTimeoutMs = 30000; ///< for the backend's first byte and any stall
        std::optional<qint64> reportId; ///< a report the backend built, instead of the live export (backend only)
    };

    explicit RegistrationExport(Options options, QObject *parent = nullptr);
    ~RegistrationExport() override;

    /// Runs the export to its end (or its cancellation); the caller's thread only waits.
    QCoro::Task<ExportResult> run();
    /// Safe from any thread; the running export stops as soon as it sees it.
    void cancel() { m_state->cancelled = true; }

Q_SIGNALS:
    /// About every 64 KiB and at the end (queued from the worker).
    void progressed(const opsdash::ExportProgress &progress);

private:
    struct State
    {
        std::atomic<bool> cancelled{false};
    };
    Options m_options;
    std::shared_ptr<State> m_state;
    QThreadPool m_pool;
};

/// Data records in RFC 4180 CSV text, incrementally: line breaks inside quoted fields do not end a record.
class CsvRecordCounter
{
public:
    void feed(const char *data, qsizetype size);
    qint64 records() const { return m_records + (m_midRecord ? 1 : 0); }

private:
    qint64 m_records = 0;
    bool m_inQuotes = false;
    bool m_midRecord = false;
};

} // namespace opsdash
