#include "chunkchannel.h"

namespace eventsd {

ChunkChannel::ChunkChannel(int capacity)
    : m_capacity(capacity)
{ }

bool ChunkChannel::push(QByteArray chunk)
{
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_cancelled || int(m_chunks.size()) < m_capacity; });
        if (m_cancelled)
            return false;
        m_chunks.push_back(std::move(chunk));
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
