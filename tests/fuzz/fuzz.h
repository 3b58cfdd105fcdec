// Shared by the fuzz targets: one entry point per target (libFuzzer's), a check that aborts so both libFuzzer and
// the CTest replay see a broken property as a crash, and a small reader that splits an input into parts.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: property broken: %s\n", __FILE__, __LINE__, #condition);                      \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace fuzz {

/// The input as bytes (no copy).
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Takes the input apart: a byte, then the rest up to a separator, …
class Reader
{
public:
    Reader(const std::uint8_t *data, std::size_t size)
        : m_data(bytes(data, size))
    { }
    bool atEnd() const { return m_pos >= m_data.size(); }
    std::uint8_t byte() { return atEnd() ? 0 : std::uint8_t(m_data[m_pos++]); }
    /// Up to the next `separator` (not included) or the end.
    QByteArray until(char separator)
    {
        const qsizetype end = m_data.indexOf(separator, m_pos);
        const qsizetype stop = end < 0 ? m_data.size() : end;
        QByteArray part = m_data.mid(m_pos, stop - m_pos);
        m_pos = end < 0 ? m_data.size() : end + 1;
        return part;
    }
    QByteArray rest()
    {
        QByteArray part = m_data.mid(m_pos);
        m_pos = m_data.size();
        return part;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

} // namespace fuzz
