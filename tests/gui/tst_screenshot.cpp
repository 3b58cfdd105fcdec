// `opsdash --screenshot FILE` is how the demo and CI look at the window without a display: it must render a
// real window (text drawn, not a blank image) offscreen and exit 0, and refuse an unknown page.

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    static QString opsdash() { return QStringLiteral(OPSDASH_BINARY_DIR "/app/opsdash"); }

private Q_SLOTS:
    void shouldRenderTheWindowOffscreen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("window.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // no profile: the user's settings stay out
        process.setProcessEnvironment(env);
        process.start(opsdash(),
                      {QStringLiteral("--screenshot"), file, QStringLiteral("--page"), QStringLiteral("overview")});
        QVERIFY(process.waitForFinished(30000));
        // exitCode() is 0 after a crash too: check how it ended first.
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, process.readAllStandardError().constData());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 600);
        // Text and widgets make many distinct colours; a blank or failed render has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    }

    void shouldRefuseAnUnknownPage()
    {
        QProcess process;
        process.start(opsdash(), {QStringLiteral("--page"), QStringLiteral("no-such-page")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no-such-page"));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
