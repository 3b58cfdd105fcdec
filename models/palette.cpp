#include "palette.h"

#include <cstdlib>

namespace opsdash {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return QColor(0x2e, 0xa0, 0x5a);
    case Severity::Warning:
        return QColor(0xe0, 0x9b, 0x00);
    case Severity::Critical:
        return QColor(0xe0, 0x4f, 0x4f);
    case Severity::NoData:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QColor seriesColor(int n)
{
    static const QColor colors[] = {QColor(0x3d, 0x7e, 0xd6), QColor(0xe0, 0x7b, 0x39), QColor(0x2e, 0xa0, 0x5a),
                                    QColor(0xb0, 0x5c, 0xc8), QColor(0xd0, 0x45, 0x6a), QColor(0x1f, 0xa8, 0xb0)};
    return colors[std::abs(n) % 6];
}

} // namespace opsdash
