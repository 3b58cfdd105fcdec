#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace eventsd {

/// Hands chunks from a producer thread (a pool worker reading COPY data) to the HTTP thread. Up to `capacity`
/// chunks wait in memory; beyond that, up to `spoolBytes` wait in an unnamed temporary file, so a slow client
/// does not hold the producer — and its database connection — at all for any export that fits the spool. Only
/// past the spool does the producer wait for the consumer. Either side may stop it: the consumer cancels (client
/// gone), the producer finishes or fails.
class ChunkChannel : public QObject
{
    Q_OBJECT

public:
    explicit ChunkChannel(int capacity = 8, qint64 spoolBytes = 0);
    ~ChunkChannel() override;

    /// Producer: queues in memory, else spools, else blocks until there is room; false when the consumer
    /// cancelled or the spool could not be written.
    bool push(QByteArray chunk);
    /// Producer: no more chunks; `error` empty on success.
    void finish(const QString &error = {});

    /// Consumer: a chunk if one is ready. `done` is set once the producer finished and all chunks were taken.
    bool tryPop(QByteArray *chunk, bool *done, QString *error);
    /// Consumer: stop the producer.
    void cancel();
    bool cancelled() const;

Q_SIGNALS:
    /// Emitted from the producer's thread after a push or finish; connect queued.
    void readyRead();

private:
    bool spoolLocked(std::unique_lock<std::mutex> &lock, const QByteArray &chunk);
    bool spoolHasUnread() const { return m_spoolRead < m_spoolWritten; }

    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::deque<QByteArray> m_chunks;
    int m_capacity;
    qint64 m_spoolLimit;
    int m_spoolFd = -1;
    qint64 m_spoolWritten = 0; ///< file offset up to which data is complete
    qint64 m_spoolRead = 0; ///< file offset up to which the consumer took data
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace eventsd
