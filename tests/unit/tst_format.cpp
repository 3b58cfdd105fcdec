#include "format.h"

#include <QTest>

namespace format = opsdash::format;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytes_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("below KiB") << qint64(1023) << QStringLiteral("1,023 B");
        QTest::newRow("KiB") << qint64(1536) << QStringLiteral("1.5 KiB");
        QTest::newRow("MiB") << qint64(8 * 1024 * 1024) << QStringLiteral("8.0 MiB");
        QTest::newRow("GiB") << qint64(3) * 1024 * 1024 * 1024 << QStringLiteral("3.0 GiB");
        QTest::newRow("negative") << qint64(-2048) << QStringLiteral("-2.0 KiB");
    }
    void bytes()
    {
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(format::bytes(value, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
    }

    void durationMs_data()
    {
        QTest::addColumn<double>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("micro") << 0.85 << QStringLiteral("850 µs");
        QTest::newRow("small ms") << 1.234 << QStringLiteral("1.23 ms");
        QTest::newRow("ms") << 12.34 << QStringLiteral("12.3 ms");
        QTest::newRow("hundreds") << 250.4 << QStringLiteral("250 ms");
        QTest::newRow("seconds") << 1250.0 << QStringLiteral("1.25 s");
        QTest::newRow("tens of seconds") << 42'000.0 << QStringLiteral("42.0 s");
        QTest::newRow("minutes") << 200'000.0 << QStringLiteral("3 min 20 s");
        QTest::newRow("hours") << 7'500'000.0 << QStringLiteral("2 h 05 min");
        QTest::newRow("days") << 3.0 * 86'400'000 + 4 * 3'600'000 << QStringLiteral("3 d 4 h");
        QTest::newRow("negative") << -12.34 << QStringLiteral("-12.3 ms");
        QTest::newRow("nan") << std::nan("") << QStringLiteral("—");
    }
    void durationMs()
    {
        QFETCH(double, ms);
        QFETCH(QString, expected);
        QCOMPARE(format::durationMs(ms, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
    }

    void shouldUseTheLocalesDecimalSeparator()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(format::percent(0.9734, 1, german), QStringLiteral("97,3 %"));
        QCOMPARE(format::bytes(1536, german), QStringLiteral("1,5 KiB"));
    }

    void percentAndRate()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(format::percent(0.9734, 1, en), QStringLiteral("97.3 %"));
        QCOMPARE(format::percent(1.0, 0, en), QStringLiteral("100 %"));
        QCOMPARE(format::ratePerSecond(1234.4, en), QStringLiteral("1,234 /s"));
        QCOMPARE(format::ratePerSecond(12.46, en), QStringLiteral("12.5 /s"));
        QCOMPARE(format::ratePerSecond(0.25, en), QStringLiteral("0.25 /s"));
    }

    void niceAxis_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("ticks");
        QTest::newRow("percent-ish") << 0.0 << 37.9 << 0.0 << 40.0 << 5;
        QTest::newRow("capacity 500") << 0.0 << 575.0 << 0.0 << 600.0 << 4;
        QTest::newRow("small") << 0.0 << 0.9 << 0.0 << 1.0 << 5;
        QTest::newRow("negative low") << -3.0 << 7.0 << -5.0 << 7.5 << 6;
        QTest::newRow("empty range") << 0.0 << 0.0 << 0.0 << 1.0 << 5;
    }

    void niceAxis()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(int, ticks);
        const format::NiceAxis axis = format::niceAxis(low, high);
        QCOMPARE(axis.min, min);
        QCOMPARE(axis.max, max);
        QCOMPARE(axis.ticks, ticks);
        QVERIFY(axis.min <= low && axis.max >= high);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
