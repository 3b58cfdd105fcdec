// eventsd's password hashing and log-in throttle, without a stack: Argon2id hashes verify and are current,
// PBKDF2 hashes from before still verify and ask to be replaced, and failed log-ins cost growing waits per client
// network and per account, with a table that stays bounded.

#include "auth.h"
#include "loginguard.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace eventsd;

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRefuseAnExpiryNoIntegerHolds()
    {
        // Found by fuzz_token: exp 1e300 was converted to qint64 (undefined) before it was checked.
        const QByteArray secret = QByteArrayLiteral("unit-secret-0123456789");
        const TokenSigner signer(secret);
        constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        for (const char *exp : {"1e300", "-1e300", "1e19", "\"soon\""}) {
            const QByteArray body = QByteArrayLiteral("{\"alg\":\"HS256\"}").toBase64(b64) + '.' +
                QByteArray(QByteArrayLiteral("{\"sub\":\"3\",\"role\":\"admin\",\"exp\":") + exp + "}").toBase64(b64);
            const QByteArray token =
                body + '.' + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64(b64);
            QString why;
            QVERIFY2(!signer.verify(token, 1'800'000'000, &why), exp);
            QCOMPARE(why, QStringLiteral("malformed claims"));
        }
    }

    void shouldHashWithArgon2idAndVerify()
    {
        const QByteArray stored = password::hash(QStringLiteral("correct horse"));
        QVERIFY2(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored.constData());
        QVERIFY(password::verify(QStringLiteral("correct horse"), stored));
        QVERIFY(!password::verify(QStringLiteral("correct hors"), stored));
        QVERIFY(!password::needsRehash(stored));
        QVERIFY(password::hash(QStringLiteral("correct horse")) != stored); // salted
    }

    void shouldVerifyAnOlderPbkdf2HashAndAskToReplaceIt()
    {
        const QByteArray old = password::hashPbkdf2(QStringLiteral("s3cret"), 1000);
        QVERIFY(old.startsWith("pbkdf2_sha256$1000$"));
        QVERIFY(password::verify(QStringLiteral("s3cret"), old));
        QVERIFY(!password::verify(QStringLiteral("S3cret"), old));
        QVERIFY(password::needsRehash(old));
    }

    void shouldRefuseGarbageHashes_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("argon2 prefix only") << QByteArray("$argon2id$");
        QTest::newRow("argon2 too long") << QByteArray("$argon2id$") + QByteArray(400, 'a');
        QTest::newRow("pbkdf2 absurd iterations") << QByteArray("pbkdf2_sha256$999999999$c2FsdA==$a2V5");
        QTest::newRow("pbkdf2 empty key") << QByteArray("pbkdf2_sha256$1000$c2FsdA==$");
        QTest::newRow("other scheme") << QByteArray("$2b$12$abcdefghijklmnopqrstuv");
    }

    void shouldRefuseGarbageHashes()
    {
        QFETCH(QByteArray, stored);
        QVERIFY(!password::verify(QStringLiteral("anything"), stored));
        QVERIFY(password::needsRehash(stored));
    }

    void shouldMakeRepeatedFailuresWaitLongerPerAddressAndAccount()
    {
        LoginThrottle throttle({/*perAddress*/ 3, /*perAccount*/ 4, /*maxDelay*/ 60, 900, 1000});
        const QHostAddress attacker(QStringLiteral("192.0.2.1"));
        const QHostAddress other(QStringLiteral("192.0.2.2"));
        const QString victim = QStringLiteral("victim@example.com");
        // Given three free failures from one address
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(throttle.retryAfter(attacker, victim), 0);
            throttle.failed(attacker, victim);
        }
        QCOMPARE(throttle.retryAfter(attacker, victim), 0);
        // When the address fails again, it waits 1 s, then 2 s: waits double
        throttle.failed(attacker, victim);
        QCOMPARE(throttle.retryAfter(attacker, victim), 1);
        throttle.failed(attacker, victim);
        QCOMPARE(throttle.retryAfter(attacker, QStringLiteral("someone@example.com")), 2);
        // Then another address may still log in to another account, but not (after 5 failures) to the victim's
        QCOMPARE(throttle.retryAfter(other, QStringLiteral("someone@example.com")), 0);
        QCOMPARE(throttle.retryAfter(other, victim), 1);
        // And a success clears both
        throttle.succeeded(attacker, victim);
        QCOMPARE(throttle.retryAfter(attacker, victim), 0);
    }

    void shouldCapTheWaitAndBoundItsTables()
    {
        LoginThrottle throttle({1, 1, 60, 900, 100});
        const QHostAddress a(QStringLiteral("192.0.2.1"));
        for (int i = 0; i < 40; ++i)
            throttle.failed(a, QStringLiteral("x@example.com"));
        QCOMPARE(throttle.retryAfter(a, QStringLiteral("x@example.com")), 60);
        // Failures for 10,000 accounts from 10,000 addresses: the tables stay at their bound
        for (int i = 0; i < 10000; ++i)
            throttle.failed(QHostAddress(quint32(0xC6120000 + i)), QStringLiteral("user%1@example.com").arg(i));
        QVERIFY2(throttle.trackedEntries() <= 200, qPrintable(QString::number(throttle.trackedEntries())));
    }

    void shouldRefuseWhenTheHashingQueueIsFull()
    {
        // One thread, room for two: of eight checks submitted at once, those beyond the queue are refused at once
        // and the others all answer.
        PasswordHasher hasher(1, 2);
        const QByteArray stored = password::hash(QStringLiteral("pw"));
        int refused = 0;
        QList<QFuture<PasswordHasher::Verdict>> running;
        for (int i = 0; i < 8; ++i) {
            if (auto f = hasher.verify(QStringLiteral("pw"), stored))
                running.append(*f);
            else
                ++refused;
        }
        // (eight submissions take microseconds, one Argon2id check tens of milliseconds)
        QVERIFY(refused >= 1 && running.size() >= 2);
        for (auto &f : running)
            QVERIFY(f.result().ok);
        QVERIFY(hasher.verify(QStringLiteral("pw"), stored).has_value());
    }

    void shouldLetACleanLogInPassASuspectQueue()
    {
        // One thread, three places per lane, the suspect lane full: a clean check is still taken and runs before
        // the suspect checks that were waiting (an Argon2id check takes tens of milliseconds, a submission
        // microseconds: the last suspect one cannot have started before the clean one was queued).
        PasswordHasher hasher(1, 3);
        const QByteArray stored = password::hash(QStringLiteral("pw"));
        QList<QFuture<PasswordHasher::Verdict>> suspect;
        for (int i = 0; i < 3; ++i)
            suspect.append(*hasher.verify(QStringLiteral("wrong"), stored, PasswordHasher::Lane::Suspect));
        QVERIFY(!hasher.verify(QStringLiteral("wrong"), stored, PasswordHasher::Lane::Suspect));
        auto clean = hasher.verify(QStringLiteral("pw"), stored, PasswordHasher::Lane::Clean);
        QVERIFY(clean.has_value());
        QVERIFY(clean->result().ok);
        QVERIFY(!suspect.last().isFinished());
        for (auto &f : suspect)
            QVERIFY(!f.result().ok);
    }

    void shouldCallANetworkOrAccountWithFailuresSuspect()
    {
        LoginThrottle throttle(LoginThrottle::Options{});
        const QHostAddress a(QStringLiteral("198.51.100.7")), b(QStringLiteral("198.51.100.8"));
        QVERIFY(!throttle.isSuspect(a, QStringLiteral("x@example.com")));
        throttle.failed(a, QStringLiteral("x@example.com"));
        QVERIFY(throttle.isSuspect(a, QStringLiteral("y@example.com")));
        QVERIFY(throttle.isSuspect(b, QStringLiteral("x@example.com")));
        QVERIFY(!throttle.isSuspect(b, QStringLiteral("y@example.com")));
        throttle.succeeded(a, QStringLiteral("x@example.com"));
        QVERIFY(!throttle.isSuspect(a, QStringLiteral("x@example.com")));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
