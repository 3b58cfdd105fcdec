#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace eventsd {

/// Hands chunks from a producer thread (a pool worker reading COPY data) to the HTTP thread, holding at most
/// `capacity` chunks: a slow client slows the producer instead of growing memory. Either side may stop it: the
/// consumer cancels (client gone), the producer finishes or fails.
class ChunkChannel : public QObject
{
    Q_OBJECT

public:
    explicit ChunkChannel(int capacity = 8);

    /// Producer: blocks while full; false when the consumer cancelled.
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
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::deque<QByteArray> m_chunks;
    int m_capacity;
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace eventsd
