#include "badge.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <memory>
#include <qrencode.h>

namespace eventsd {

QByteArray renderBadge(const BadgeInfo &info)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(info.qrCode.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QSizeF(90, 130), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Badge %1").arg(info.registrationId));
        writer.setCreator(QStringLiteral("eventsd"));
        QPainter painter(&writer);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const double mm = double(writer.resolution()) / 25.4;
        const QRectF inner = page.adjusted(6 * mm, 6 * mm, -6 * mm, -6 * mm);

        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(int(4.2 * mm));
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QRectF eventBox(inner.left(), inner.top(), inner.width(), 16 * mm);
        painter.drawText(eventBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, info.eventName);
        font.setPixelSize(int(3 * mm));
        painter.setFont(font);
        const QRectF whereBox(inner.left(), eventBox.bottom() + 1 * mm, inner.width(), 9 * mm);
        painter.drawText(whereBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         info.when + QLatin1Char('\n') + info.venue);

        font.setPixelSize(int(6.5 * mm));
        font.setBold(true);
        painter.setFont(font);
        const QRectF nameBox(inner.left(), whereBox.bottom() + 4 * mm, inner.width(), 18 * mm);
        painter.drawText(nameBox, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, info.fullName);

        // The code with its quiet zone, as large as fits under the name.
        const int modules = code->width + 8;
        const double side = std::min(inner.width(), inner.bottom() - nameBox.bottom() - 10 * mm);
        const double unit = side / modules;
        const QPointF origin(page.center().x() - side / 2, nameBox.bottom() + 4 * mm);
        painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
        for (int y = 0; y < code->width; ++y)
            for (int x = 0; x < code->width; ++x)
                if (code->data[y * code->width + x] & 1)
                    painter.fillRect(QRectF(origin.x() + (x + 4) * unit, origin.y() + (y + 4) * unit, unit, unit),
                                     Qt::black);

        font.setPixelSize(int(2.6 * mm));
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(QRectF(inner.left(), inner.bottom() - 5 * mm, inner.width(), 5 * mm),
                         Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("#%1").arg(info.registrationId));
    }
    return pdf;
}

} // namespace eventsd
