// The confirmation mail's composition (eventsd's mail.cpp): headers that data cannot break out of, RFC 2047 words
// that stay within line limits and never split a character, addresses fit for a header and an envelope, and the
// spool's all-or-nothing write. Python's email package reads the result back as an independent parser.

#include "mail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace eventsd;

namespace {

/// A header of `message` decoded by Python's email package (an independent reader), and how many headers it saw.
struct Read
{
    QString value;
    int headers = 0;
};

Read pythonHeader(const QByteArray &message, const char *name)
{
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import email, json, sys\n"
                        "from email.header import decode_header, make_header\n"
                        "m = email.message_from_binary_file(sys.stdin.buffer)\n"
                        "print(json.dumps([str(make_header(decode_header(m[sys.argv[1]]))), len(m.keys())]))\n"),
         QString::fromLatin1(name)});
    python.write(message);
    python.closeWriteChannel();
    python.waitForFinished(10000);
    const QJsonArray read = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    return {read.at(0).toString(), read.at(1).toInt()};
}

mail::Message sample()
{
    mail::Message m;
    m.from = *mail::Mailbox::parse(QStringLiteral("Events <noreply@example.com>"));
    m.to = {QStringLiteral("Zoë"), "zoe@example.com"};
    m.subject = QStringLiteral("Your registration");
    m.body = QStringLiteral("Hello\nworld");
    m.messageId = "confirmation-1@example.com";
    m.date = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    return m;
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTakePlainAddressesOnly_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<bool>("plain");
        QTest::newRow("simple") << QByteArray("a@b.example") << true;
        QTest::newRow("plus and dots") << QByteArray("first.last+tag@mail.example.org") << true;
        QTest::newRow("no at") << QByteArray("nobody") << false;
        QTest::newRow("two ats") << QByteArray("a@b@c") << false;
        QTest::newRow("angle") << QByteArray("a>b@c.example") << false;
        QTest::newRow("comma") << QByteArray("a,b@c.example") << false;
        QTest::newRow("crlf") << QByteArray("a@b.example\r\nBcc: x@y") << false;
        QTest::newRow("space") << QByteArray("a b@c.example") << false;
        QTest::newRow("quote") << QByteArray("\"a\"@c.example") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("leading at") << QByteArray("@c.example") << false;
        QTest::newRow("too long") << QByteArray(250, 'a') + "@b.cc" << false;
    }
    void shouldTakePlainAddressesOnly()
    {
        QFETCH(QByteArray, address);
        QFETCH(bool, plain);
        QCOMPARE(mail::isPlainAddress(address), plain);
    }

    void shouldParseMailboxes()
    {
        auto named = mail::Mailbox::parse(QStringLiteral("  eventsd <eventsd@localhost> "));
        QVERIFY(named);
        QCOMPARE(named->name, QStringLiteral("eventsd"));
        QCOMPARE(named->address, QByteArray("eventsd@localhost"));
        auto bare = mail::Mailbox::parse(QStringLiteral("ops@example.com"));
        QVERIFY(bare && bare->name.isEmpty());
        QVERIFY(!mail::Mailbox::parse(QStringLiteral("Evil <a@b>\r\nBcc: c@d")));
        QVERIFY(!mail::Mailbox::parse(QStringLiteral("not an address")));
    }

    void shouldEncodeHeaderTextInShortWholeCharacterWords()
    {
        QCOMPARE(mail::encodeHeaderText(QStringLiteral("Plain words")), QByteArray("Plain words"));
        const QString text = QString(40, QChar(0x00E9)) + QStringLiteral("🎉") + QString(40, u'x');
        const QByteArray encoded = mail::encodeHeaderText(text);
        QByteArray decoded;
        for (const QByteArray &line : encoded.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());
            const QByteArray word = line.trimmed();
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            const QByteArray piece = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            // Each word is whole UTF-8 on its own (RFC 2047 §5: no character split across words).
            QCOMPARE(QString::fromUtf8(piece).toUtf8(), piece);
            decoded += piece;
        }
        QCOMPARE(QString::fromUtf8(decoded), text);
    }

    void shouldKeepDataOutOfTheHeaders()
    {
        mail::Message m = sample();
        m.to.name = QStringLiteral("Mallory\r\nBcc: victim@example.com");
        m.subject = QStringLiteral("Hi\r\nX-Injected: yes\n\nbody");
        const QByteArray message = mail::compose(m);
        const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
        QVERIFY(!head.contains("Bcc:"));
        QVERIFY(!head.contains("X-Injected"));
        for (const QByteArray &line : head.split('\n'))
            QVERIFY2(line.endsWith('\r') || line == head.split('\n').last(), "a bare LF in the header");
        // Python's reader sees the same names back, and only the headers we wrote.
        const Read to = pythonHeader(message, "To");
        QCOMPARE(to.value, QStringLiteral("Mallory\r\nBcc: victim@example.com <zoe@example.com>"));
        QCOMPARE(to.headers, 9);
        QCOMPARE(pythonHeader(message, "Subject").value, m.subject);
    }

    void shouldComposeABase64BodyWithCrlf()
    {
        const QByteArray message = mail::compose(sample());
        QVERIFY(message.contains("Content-Type: text/plain; charset=utf-8\r\n"));
        QVERIFY(message.contains("Message-ID: <confirmation-1@example.com>\r\n"));
        QVERIFY(message.contains("Date: 02 Dec 2026 10:00:00 +0000\r\n"));
        QVERIFY(message.contains("From: Events <noreply@example.com>\r\n"));
        const QByteArray body = message.mid(message.indexOf("\r\n\r\n") + 4);
        for (const QByteArray &line : body.split('\n'))
            QVERIFY(line.size() <= 77);
        QCOMPARE(QByteArray::fromBase64(body), QByteArray("Hello\r\nworld"));
        QCOMPARE(pythonHeader(mail::compose(sample()), "To").value, QStringLiteral("Zoë <zoe@example.com>"));
    }

    void shouldSpoolWholeFilesOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(mail::spool(dir.path(), QStringLiteral("job-1"), "one").ok);
        QVERIFY(mail::spool(dir.path(), QStringLiteral("job-1"), "two").ok); // a second run replaces
        QFile file(dir.filePath(QStringLiteral("job-1.eml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        const mail::Outcome missing = mail::spool(dir.filePath(QStringLiteral("absent")), QStringLiteral("x"), "x");
        QVERIFY(!missing.ok && !missing.permanent);
        QVERIFY(missing.error.contains(u"not a directory"));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
