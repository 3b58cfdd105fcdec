// The typed settings facade and the secret store: profiles round-trip, change signals fire only on a real
// change, and no password or token ever reaches the settings file — with or without a keychain service.

#include "csv.h"
#include "secretstore.h"
#include "settings.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

Profile sampleProfile()
{
    Profile p;
    p.name = QStringLiteral("prod / eu");
    p.backendUrls = {QUrl(QStringLiteral("https://a.example.com")), QUrl(QStringLiteral("https://b.example.com"))};
    p.auth = Profile::Auth::Login;
    p.email = QStringLiteral("ops@example.com");
    p.pgHost = QStringLiteral("db.example.com");
    p.pgPort = 6432;
    p.pgDatabase = QStringLiteral("events");
    p.pgUser = QStringLiteral("opsdash_monitor");
    p.pgSslMode = QStringLiteral("verify-full");
    p.refreshMs = 1000;
    p.production = true;
    p.thresholds.apiP95Ms = 250;
    p.thresholds.holdSeconds = 30;
    p.thresholds.sessionLongSeconds = 120;
    p.thresholds.idleInTransactionSeconds = 5;
    p.pgMaintenanceUser = QStringLiteral("events_owner");
    p.pgMaintenanceWithoutTls = true;
    p.pgbouncerPort = 6432;
    p.prometheusUrl = QUrl(QStringLiteral("https://prometheus.example.com/prom"));
    p.prometheusUser = QStringLiteral("ops");
    p.prometheusJob = QStringLiteral("events-api");
    p.alertmanagerUrl = QUrl(QStringLiteral("https://alertmanager.example.com"));
    return p;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripProfiles()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("opsdash.ini"));
        {
            Settings settings(file);
            QSignalSpy changed(&settings, &Settings::profilesChanged);
            settings.saveProfile(sampleProfile());
            settings.saveProfile(sampleProfile()); // the same again: no signal
            QCOMPARE(changed.count(), 1);
            settings.setLastProfile(QStringLiteral("prod / eu"));
        }
        Settings reopened(file);
        QCOMPARE(reopened.profileNames(), QStringList{QStringLiteral("prod / eu")});
        QCOMPARE(*reopened.profile(QStringLiteral("prod / eu")), sampleProfile());
        QCOMPARE(reopened.lastProfile(), QStringLiteral("prod / eu"));
        QVERIFY(!reopened.profile(QStringLiteral("nope")));
        reopened.removeProfile(QStringLiteral("prod / eu"));
        QVERIFY(reopened.profileNames().isEmpty());
    }

    void shouldSignalOnlyRealChanges()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("opsdash.ini")));
        QSignalSpy range(&settings, &Settings::timeRangeChanged);
        QSignalSpy language(&settings, &Settings::languageChanged);
        QCOMPARE(settings.timeRangeMinutes(), 15); // the default
        settings.setTimeRangeMinutes(15);
        QCOMPARE(range.count(), 0);
        settings.setTimeRangeMinutes(60);
        settings.setTimeRangeMinutes(60);
        QCOMPARE(range.count(), 1);
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(language.count(), 1);
        QCOMPARE(settings.language(), QStringLiteral("de"));
    }

    void shouldKeepSecretsOutOfTheSettingsFile_data()
    {
        QTest::addColumn<bool>("keychain");
        QTest::newRow("memory only") << false;
        // Whatever the machine has: a keychain service, or none (then it must give up within the timeout).
        QTest::newRow("system keychain") << true;
    }

    void shouldKeepSecretsOutOfTheSettingsFile()
    {
        QFETCH(bool, keychain);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("opsdash.ini"));
        Settings settings(file);
        settings.saveProfile(sampleProfile());
        SecretStore store(QStringLiteral("opsdash-test"));
        store.setKeychainEnabled(keychain);
        store.setTimeoutMs(3000);
        const QString key = SecretStore::key(QStringLiteral("prod / eu"), QStringLiteral("backend-password"));
        const QString secret = QStringLiteral("s3cret-%1").arg(QDateTime::currentMSecsSinceEpoch());

        QElapsedTimer timer;
        timer.start();
        const bool stored = QCoro::waitFor(store.write(key, secret));
        QVERIFY(timer.elapsed() < 10000); // bounded even when no keychain service answers
        QCOMPARE(stored, keychain && store.keychainAvailable());
        // Readable for the rest of the session either way
        QCOMPARE(QCoro::waitFor(store.read(key)), secret);
        settings.sync();
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains("ops@example.com"));
        QVERIFY(!text.contains(secret.toUtf8()));
        if (!store.keychainAvailable())
            qInfo("no keychain service here: %s", qPrintable(store.keychainError()));
        QCoro::waitFor(store.remove(key));
        QCOMPARE(QCoro::waitFor(store.read(key)), QString());

        // Prometheus's token (or basic-auth password) is a profile secret like the others
        Secrets secrets;
        secrets.prometheusSecret = QStringLiteral("prom-%1").arg(secret);
        QCoro::waitFor(store.writeProfile(sampleProfile(), secrets));
        QCOMPARE(QCoro::waitFor(store.readProfile(sampleProfile())).prometheusSecret, secrets.prometheusSecret);
        settings.sync();
        QVERIFY(ini.seek(0));
        const QByteArray after = ini.readAll();
        QVERIFY(after.contains("prometheus.example.com"));
        QVERIFY(!after.contains(secrets.prometheusSecret.toUtf8()));
        QCoro::waitFor(store.writeProfile(sampleProfile(), Secrets{}));
    }

    void shouldNeutralizeFormulasInCsvCells()
    {
        QCOMPARE(csv::record({QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("a,b"), QStringLiteral("-5"),
                              QStringLiteral("@cmd"), QStringLiteral("line\nbreak")}),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",\"a,b\",-5,'@cmd,\"line\nbreak\"\r\n"));
        QCOMPARE(csv::neutralize(QStringLiteral("+1 555")), QStringLiteral("'+1 555"));
        QCOMPARE(csv::neutralize(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(csv::neutralize(QStringLiteral("plain")), QStringLiteral("plain"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
