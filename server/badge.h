#pragma once

#include <QByteArray>
#include <QString>

namespace eventsd {

/// What a badge shows: the attendee, the event and the QR code the door scans (the registration's qr_code).
struct BadgeInfo
{
    qint64 registrationId = 0;
    QString fullName;
    QString eventName;
    QString when; ///< the event's date, already formatted
    QString venue;
    QByteArray qrCode;
};

/// A one-page PDF badge (90 × 130 mm) with the QR code drawn as vector squares (libqrencode, error correction
/// M, a quiet zone of four modules). Paints with QPainter on QPdfWriter: needs a QGuiApplication, and may run on
/// any thread. Returns an empty array when the code cannot be encoded.
QByteArray renderBadge(const BadgeInfo &info);

} // namespace eventsd
