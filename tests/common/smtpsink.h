#pragma once

// A real SMTP server for tests (Python's smtpd, tests/common/smtpsink.py) whose answers the test chooses.

#include "eventsdprocess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace testenv {

/// `--refuse N [--code C]`: the first N messages refused (-1: all); `--stall`: never greets.
class SmtpSink
{
public:
    ~SmtpSink()
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    bool start(const QStringList &args)
    {
        endWithTest(m_process);
        m_process.start(QStringLiteral("python3"),
                        QStringList{QStringLiteral(OPSDASH_SOURCE_DIR "/tests/common/smtpsink.py")} + args);
        return QTest::qWaitFor([this] { return port() > 0 || m_process.state() == QProcess::NotRunning; }, 10000) &&
            port() > 0;
    }
    int port()
    {
        for (const QString &line : lines())
            if (line.startsWith(u"port "))
                return line.mid(5).toInt();
        return 0;
    }
    QStringList lines()
    {
        m_output += m_process.readAllStandardOutput();
        return QString::fromUtf8(m_output).split(u'\n', Qt::SkipEmptyParts);
    }
    QStringList linesStarting(const QString &word)
    {
        return lines().filter(QRegularExpression(QStringLiteral("^") + word + QStringLiteral(" ")));
    }
    QString url() { return QStringLiteral("smtp://127.0.0.1:%1").arg(port()); }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace testenv
