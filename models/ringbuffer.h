#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace opsdash {

/// Fixed-capacity FIFO: appending to a full buffer overwrites the oldest element. Storage is allocated once,
/// so a series holding 24 h of samples costs the same at the first sample as at the last.
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(std::size_t capacity)
        : m_items(capacity)
    { }

    std::size_t capacity() const { return m_items.size(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    void append(T value)
    {
        if (m_items.empty())
            return;
        m_items[(m_first + m_size) % m_items.size()] = std::move(value);
        if (m_size < m_items.size())
            ++m_size;
        else
            m_first = (m_first + 1) % m_items.size();
    }

    /// Oldest element is at 0.
    const T &at(std::size_t i) const { return m_items[(m_first + i) % m_items.size()]; }
    const T &first() const { return at(0); }
    const T &last() const { return at(m_size - 1); }

    void clear()
    {
        m_first = 0;
        m_size = 0;
    }

    /// Calls f(const T&) from oldest to newest.
    template<typename F>
    void forEach(F &&f) const
    {
        for (std::size_t i = 0; i < m_size; ++i)
            f(at(i));
    }

private:
    std::vector<T> m_items;
    std::size_t m_first = 0;
    std::size_t m_size = 0;
};

} // namespace opsdash
