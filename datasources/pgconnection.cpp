#include "pgconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace opsdash {

namespace {

// libpq conninfo quoting: single quotes around the value, backslash before ' and \.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

QString PgConnectionParams::connectOptions(QString *error) const
{
    for (const QString *value : {&sslMode, &applicationName}) {
        if (value->contains(u';')) {
            if (error)
                *error =
                    QCoreApplication::translate("opsdash::PgConnection", "Connection settings may not contain ';': %1")
                        .arg(*value);
            return {};
        }
    }
    return QStringLiteral("connect_timeout=%1;sslmode=%2;application_name=%3;options=%4")
        .arg(QString::number(connectTimeoutSeconds), conninfoValue(sslMode), conninfoValue(applicationName),
             conninfoValue(sessionOptions()));
}

QString PgConnectionParams::sessionOptions() const
{
    QString options =
        QStringLiteral("-c statement_timeout=%1 -c lock_timeout=%2").arg(statementTimeoutMs).arg(lockTimeoutMs);
    if (readOnly)
        options += QLatin1String(" -c default_transaction_read_only=on");
    return options;
}

pg::ConnectParams libpqParams(const PgConnectionParams &params, bool sessionSettings)
{
    pg::ConnectParams out;
    out.set("host", params.host.toUtf8())
        .set("port", QByteArray::number(params.port))
        .set("dbname", params.database.toUtf8())
        .set("user", params.user.toUtf8())
        .set("password", params.password.toUtf8())
        .set("sslmode", params.sslMode.toUtf8())
        .set("connect_timeout", QByteArray::number(params.connectTimeoutSeconds))
        .set("application_name", params.applicationName.toUtf8());
    if (sessionSettings)
        out.set("options", params.sessionOptions().toUtf8());
    return out;
}

QSqlDatabase openPgConnection(const QString &connectionName, const PgConnectionParams &params, QString *error)
{
    QString optionsError;
    const QString options = params.connectOptions(&optionsError);
    if (!optionsError.isEmpty()) {
        if (error)
            *error = optionsError;
        return {};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = QCoreApplication::translate(
                "opsdash::PgConnection",
                "The Qt PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql");
        return {};
    }

    QSqlDatabase db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (db.isOpen())
        db.close();
    db.setHostName(params.host);
    db.setPort(params.port);
    db.setDatabaseName(params.database);
    db.setUserName(params.user);
    db.setPassword(params.password);
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error =
                QCoreApplication::translate("opsdash::PgConnection", "Cannot connect to PostgreSQL at %1:%2 as %3: %4")
                    .arg(params.host, QString::number(params.port), params.user,
                         db.lastError().databaseText().trimmed());
        return {};
    }
    return db;
}

ScopedPgConnection::ScopedPgConnection(const QString &prefix, const PgConnectionParams &params)
{
    static std::atomic<int> serial{0};
    m_name = prefix + u'-' + QString::number(++serial);
    m_db = openPgConnection(m_name, params, &m_error);
}

ScopedPgConnection::~ScopedPgConnection()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase(); // the registry removes a connection only when no handle to it is left
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace opsdash

namespace opsdash {

std::optional<PgConnectionParams> parseConnInfo(const QString &conninfo, QString *error)
{
    QString reason;
    const auto keywords = pg::parseConnInfo(conninfo.toUtf8(), &reason);
    if (!keywords) {
        if (error)
            *error = QCoreApplication::translate("opsdash::PgConnection", "invalid connection string: %1").arg(reason);
        return std::nullopt;
    }
    PgConnectionParams params;
    params.host.clear();
    for (const auto &[key, raw] : *keywords) {
        const QString value = QString::fromUtf8(raw);
        if (key == "host" || (key == "hostaddr" && params.host.isEmpty()))
            params.host = value;
        else if (key == "port")
            params.port = value.toInt();
        else if (key == "dbname")
            params.database = value;
        else if (key == "user")
            params.user = value;
        else if (key == "password")
            params.password = value;
        else if (key == "sslmode")
            params.sslMode = value;
        else if (key == "connect_timeout")
            params.connectTimeoutSeconds = value.toInt();
    }
    if (params.host.isEmpty())
        params.host = QStringLiteral("127.0.0.1");
    if (params.port <= 0)
        params.port = 5432;
    return params;
}

PgWorker::PgWorker(const QString &prefix)
{
    static std::atomic<int> serial{0};
    m_name = prefix + u'-' + QString::number(++serial);
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

PgWorker::~PgWorker()
{
    // Close and remove the connection on the thread that owns it, then let the thread go. Not
    // QFuture::waitForFinished(): it may run a job that has not started yet in the calling thread, where the
    // connection does not belong. start() + waitForDone() only waits.
    const QString name = m_name;
    m_pool.start([name] {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_pool.waitForDone();
}

QSqlDatabase workerConnection(const QString &name, const PgConnectionParams &params, QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : QSqlDatabase();
    if (db.isOpen())
        return db;
    return openPgConnection(name, params, error);
}

QString serverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text;
}

QString signalSession(QSqlDatabase &db, const PgSessionTarget &target, bool terminate)
{
    QSqlQuery q(db);
    // The same expression the sessions poll reads backend_start with, so the two compare exactly.
    q.prepare(QStringLiteral("/* opsdash */ SELECT %1(pid) FROM pg_stat_activity WHERE pid = ? AND "
                             "(extract(epoch FROM backend_start) * 1000)::bigint = ? AND datname = current_database()")
                  .arg(terminate ? QStringLiteral("pg_terminate_backend") : QStringLiteral("pg_cancel_backend")));
    q.addBindValue(target.pid);
    q.addBindValue(target.backendStartMs);
    if (!q.exec())
        return QCoreApplication::translate("opsdash::PgMaintenance", "PostgreSQL refused: %1")
            .arg(serverMessage(q.lastError()));
    if (!q.next())
        return QCoreApplication::translate("opsdash::PgMaintenance",
                                           "Session %1 is gone (its pid may now belong to another session): nothing "
                                           "was signalled.")
            .arg(target.pid);
    if (!q.value(0).toBool())
        return QCoreApplication::translate("opsdash::PgMaintenance", "The session %1 is gone.").arg(target.pid);
    return {};
}

} // namespace opsdash
