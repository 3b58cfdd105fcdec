#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace opsdash {

/// Fixed-capacity FIFO: appending to a full buffer overwrites the oldest element. Storage is reserved once and
/// never reallocated; pages the buffer has not written yet are never touched, so a series holding 24 h of
/// samples takes resident memory only for the samples it has.
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(std::size_t capacity)
        : m_capacity(capacity)
    {
        m_items.reserve(capacity);
    }

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    void append(T value)
    {
        if (m_capacity == 0)
            return;
        if (m_items.size() < m_capacity) { // filling: no wrap yet, m_first is 0
            m_items.push_back(std::move(value));
            ++m_size;
            return;
        }
        m_items[(m_first + m_size) % m_capacity] = std::move(value);
        if (m_size < m_capacity)
            ++m_size;
        else
            m_first = (m_first + 1) % m_capacity;
    }

    /// Oldest element is at 0.
    const T &at(std::size_t i) const { return m_items[(m_first + i) % m_capacity]; }
    const T &first() const { return at(0); }
    const T &last() const { return at(m_size - 1); }

    void clear()
    {
        m_items.clear(); // keeps the reservation
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
    std::size_t m_capacity;
    std::vector<T> m_items;
    std::size_t m_first = 0;
    std::size_t m_size = 0;
};

} // namespace opsdash
