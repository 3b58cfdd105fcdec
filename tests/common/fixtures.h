#pragma once

// Recorded response bodies under tests/fixtures/ (eventsd/… recorded from a running eventsd, nestjs/… in the
// seed-002 NestJS shapes).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testenv {

inline QByteArray fixture(const char *relativePath)
{
    QFile f(QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/") + QLatin1String(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", relativePath);
    return f.readAll();
}

} // namespace testenv
