#pragma once

// What the eventsd contract tests share (tst_eventsd_api: auth and the performance API; tst_eventsd_domain: events
// and registrations): a real eventsd on the test database with a small generated season, an operator's and an
// organizer's token, and a connection to compare with the database.

#include "csvparse.h"
#include "eventsdprocess.h"
#include "pgconnection.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using testenv::Answer;
using testenv::Client;
using testenv::Eventsd;

namespace testenv {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool hasKeys(const QJsonObject &o, std::initializer_list<const char *> keys, QString *missing)
{
    for (const char *k : keys)
        if (!o.contains(QLatin1String(k))) {
            *missing = QString::fromLatin1(k);
            return false;
        }
    return true;
}

#define VERIFY_KEYS(object, ...)                                                                                       \
    do {                                                                                                               \
        QString missing;                                                                                               \
        QVERIFY2(hasKeys(object, {__VA_ARGS__}, &missing),                                                             \
                 qPrintable(QStringLiteral("missing key %1 in %2")                                                     \
                                .arg(missing, QString::fromUtf8(QJsonDocument(object).toJson()))));                    \
    } while (false)

} // namespace testenv

/// The eventsd, client, tokens and database connection a contract test works with.
class EventsdFixture : public QObject
{
protected:
    Eventsd m_eventsd;
    std::unique_ptr<Client> m_client;
    QByteArray m_operator;
    QByteArray m_organizer;
    QSqlDatabase m_db;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    /// Loads the season, starts eventsd and logs in; false with `error` set when something is missing.
    bool start(QString *error)
    {
        if (!testenv::loadSampleData(12, 3000, error))
            return false;
        if (!m_eventsd.start({QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--slow-query-ms"),
                              QStringLiteral("0")},
                             error))
            return false;
        m_client = std::make_unique<Client>(m_eventsd.baseUrl());
        m_operator = m_client->login(QStringLiteral("operator@example.com"), QStringLiteral("operator-demo"));
        m_organizer = m_client->login(QStringLiteral("organizer1@example.com"), QStringLiteral("organizer-demo"));
        if (m_operator.isEmpty() || m_organizer.isEmpty()) {
            *error = QStringLiteral("log-in as operator or organizer failed");
            return false;
        }
        opsdash::PgConnectionParams params;
        params.host = testenv::value("OPSDASH_PG_HOST");
        params.port = testenv::value("OPSDASH_PG_PORT").toInt();
        params.database = testenv::value("OPSDASH_PG_TEST_DATABASE");
        params.user = testenv::value("OPSDASH_PG_APP_USER");
        params.password = testenv::value("OPSDASH_PG_APP_PASSWORD");
        params.readOnly = false;
        m_db = opsdash::openPgConnection(QStringLiteral("api-test"), params, error);
        return m_db.isOpen();
    }

    /// A contract test's initTestCase: the stack must run, then start(); fails the test when either does not.
    void startOrFail()
    {
        REQUIRE_STACK();
        QString error;
        QVERIFY2(start(&error), qPrintable(error));
    }

    void stop()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("api-test"));
    }
};
