#pragma once

// gzip's own command unpacking what eventsd sent: an independent reader of the bytes, not the code under test.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace testenv {

/// `compressed` through `gzip -dc`; "gzip failed" when it is not valid gzip.
inline QByteArray gunzip(const QByteArray &compressed)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
    gzip.write(compressed);
    gzip.closeWriteChannel();
    gzip.waitForFinished(30000);
    return gzip.exitStatus() == QProcess::NormalExit && gzip.exitCode() == 0 ? gzip.readAllStandardOutput()
                                                                             : QByteArray("gzip failed");
}

} // namespace testenv
