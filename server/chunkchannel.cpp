#include "chunkchannel.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSpool, "eventsd.export.spool")

namespace eventsd {

namespace {

constexpr qint64 kReadChunk = 256 * 1024;

/// An unnamed file in the temporary folder: nothing is left behind, whatever happens to the process.
int openSpool()
{
    const QByteArray dir = QFile::encodeName(QDir::tempPath());
    int fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
    QByteArray name = dir + "/eventsd-spool-XXXXXX";
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0)
        ::unlink(name.constData());
    return fd;
}

bool writeAll(int fd, const char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, size_t(size), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

} // namespace

ChunkChannel::ChunkChannel(int capacity, qint64 spoolBytes)
    : m_capacity(capacity)
    , m_spoolLimit(spoolBytes)
{ }

ChunkChannel::~ChunkChannel()
{
    if (m_spoolFd >= 0)
        ::close(m_spoolFd);
}

bool ChunkChannel::spoolLocked(std::unique_lock<std::mutex> &lock, const QByteArray &chunk)
{
    if (!spoolHasUnread())
        m_spoolWritten = m_spoolRead = 0; // the consumer took it all: start over at the file's beginning
    if (m_spoolWritten + chunk.size() > m_spoolLimit)
        return false;
    if (m_spoolFd < 0 && (m_spoolFd = openSpool()) < 0) {
        qCWarning(lcSpool) << "cannot create a spool file in" << QDir::tempPath() << "; the export waits instead";
        m_spoolLimit = 0;
        return false;
    }
    const qint64 offset = m_spoolWritten;
    // Only the producer appends, so the file can be written outside the lock; the consumer reads up to
    // m_spoolWritten, which moves after the write.
    lock.unlock();
    const bool ok = writeAll(m_spoolFd, chunk.constData(), chunk.size(), offset);
    lock.lock();
    if (!ok) {
        qCWarning(lcSpool) << "writing the spool failed:" << qt_error_string(errno);
        m_spoolLimit = m_spoolWritten; // no further spooling: wait for the consumer instead
        return false;
    }
    m_spoolWritten += chunk.size();
    return true;
}

bool ChunkChannel::push(QByteArray chunk)
{
    {
        std::unique_lock lock(m_mutex);
        if (m_cancelled)
            return false;
        // Order: memory only while the spool holds nothing unread, since the consumer takes memory first.
        const bool memoryRoom = int(m_chunks.size()) < m_capacity;
        if (memoryRoom && !spoolHasUnread()) {
            m_chunks.push_back(std::move(chunk));
        } else if (!spoolLocked(lock, chunk)) {
            // Past the spool: wait for the consumer to take what is spooled and queued.
            m_notFull.wait(lock,
                           [this] { return m_cancelled || (int(m_chunks.size()) < m_capacity && !spoolHasUnread()); });
            if (m_cancelled)
                return false;
            m_chunks.push_back(std::move(chunk));
        }
    }
    Q_EMIT readyRead();
    return true;
}

void ChunkChannel::finish(const QString &error)
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = error;
    }
    Q_EMIT readyRead();
}

bool ChunkChannel::tryPop(QByteArray *chunk, bool *done, QString *error)
{
    std::lock_guard lock(m_mutex);
    *done = false;
    if (!m_chunks.empty()) {
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.notify_one();
        return true;
    }
    if (spoolHasUnread()) {
        const qint64 n = std::min(kReadChunk, m_spoolWritten - m_spoolRead);
        QByteArray data(n, Qt::Uninitialized);
        const ssize_t got = ::pread(m_spoolFd, data.data(), size_t(n), m_spoolRead);
        if (got <= 0) {
            m_error = QStringLiteral("reading the export spool failed: %1").arg(qt_error_string(errno));
            m_finished = true;
            m_cancelled = true;
            m_notFull.notify_all();
            *done = true;
            *error = m_error;
            return false;
        }
        data.truncate(got);
        m_spoolRead += got;
        if (!spoolHasUnread())
            m_notFull.notify_one();
        *chunk = std::move(data);
        return true;
    }
    if (m_finished) {
        *done = true;
        *error = m_error;
    }
    return false;
}

void ChunkChannel::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_chunks.clear();
    }
    m_notFull.notify_all();
}

bool ChunkChannel::cancelled() const
{
    std::lock_guard lock(m_mutex);
    return m_cancelled;
}

} // namespace eventsd
