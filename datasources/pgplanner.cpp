// The planner's side of the Queries page: EXPLAIN (or EXPLAIN ANALYZE in a rolled-back read-only transaction) of
// a statement with its parameters, and index proposals checked with hypopg. Runs on PgInternalsSource's worker.

#include "pgplanner.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdash::planner {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::PgInternalsSource)
};

QString failure(const QSqlQuery &q)
{
    return Text::tr("PostgreSQL: %1").arg(serverMessage(q.lastError()));
}

// One statement only: pg_stat_statements' texts are single statements, and PREPARE takes one.
QString singleStatement(QString sql, QString *error)
{
    sql = sql.trimmed();
    while (sql.endsWith(u';'))
        sql.chop(1);
    if (sql.isEmpty() || sql.contains(u';')) {
        *error = Text::tr("Only a single statement can be explained.");
        return {};
    }
    return sql;
}

// PREPAREs `sql`, EXPLAINs an EXECUTE of it with `values` (NULLs when empty) and DEALLOCATEs it, inside the
// caller's transaction. The plan's JSON, or an empty array and `error` set.
QByteArray explainPrepared(QSqlDatabase &db, const QString &sql, const QStringList &values, int placeholders,
                           bool analyze, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PREPARE opsdash_explain AS ") + sql)) {
        *error = failure(q);
        return {};
    }
    // The values become quoted literals on the server (quote_nullable), never spliced in here.
    QStringList padded = values;
    while (padded.size() < placeholders)
        padded.append(QString());
    QSqlQuery build(db);
    build.prepare(QStringLiteral("/* opsdash */ SELECT format('EXPLAIN (FORMAT JSON%1) EXECUTE opsdash_explain%2', "
                                 "(SELECT '(' || string_agg(quote_nullable(v), ', ' ORDER BY n) || ')' FROM "
                                 "unnest(?::text[]) WITH ORDINALITY AS t(v, n)))")
                      .arg(analyze ? QStringLiteral(", ANALYZE, BUFFERS") : QString(),
                           placeholders > 0 ? QStringLiteral("%s") : QString()));
    QStringList literals;
    for (const QString &v : std::as_const(padded))
        literals.append(
            v.isNull() ? QStringLiteral("NULL")
                       : QLatin1Char('"') +
                    QString(v).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) +
                    QLatin1Char('"'));
    build.addBindValue(QString(QLatin1Char('{') + literals.join(u',') + QLatin1Char('}')));
    QByteArray json;
    if (!build.exec() || !build.next()) {
        *error = failure(build);
    } else {
        QSqlQuery explain(db);
        if (explain.exec(QStringLiteral("/* opsdash */ ") + build.value(0).toString()) && explain.next())
            json = explain.value(0).toString().toUtf8();
        else
            *error = failure(explain);
    }
    QSqlQuery(db).exec(QStringLiteral("DEALLOCATE opsdash_explain"));
    return json;
}

} // namespace

PgInternalsSource::Explained explain(const QString &name, const PgConnectionParams &params, const QString &text,
                                     const QStringList &values, bool analyze)
{
    PgInternalsSource::Explained out;
    QSqlDatabase db = workerConnection(name, params, &out.error);
    if (!db.isOpen())
        return out;
    const QString sql = singleStatement(text, &out.error);
    if (sql.isEmpty())
        return out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("BEGIN"));
    q.exec(values.isEmpty() ? QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan")
                            : QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan"));
    const QByteArray json = explainPrepared(db, sql, values, placeholderCount(sql), analyze, &out.error);
    q.exec(QStringLiteral("ROLLBACK"));
    // Prepared statements outlive a rolled-back transaction; one that failed inside it is still there.
    q.exec(QStringLiteral("DEALLOCATE opsdash_explain"));
    if (out.error.isEmpty())
        out.plan = parsePlanJson(json, &out.error);
    return out;
}

QList<PgInternalsSource::Advice> advise(const QString &name, const PgConnectionParams &params, const QString &text)
{
    QList<PgInternalsSource::Advice> out;
    QString error;
    QSqlDatabase db = workerConnection(name, params, &error);
    const QString sql = db.isOpen() ? singleStatement(text, &error) : QString();
    const QList<IndexProposal> proposals = proposeIndexes(sql);
    auto fail = [&out](const QString &why) {
        PgInternalsSource::Advice a;
        a.error = why;
        out = {a};
        return out;
    };
    if (!error.isEmpty())
        return fail(error);
    if (proposals.isEmpty())
        return fail(Text::tr("No index to propose: the statement filters, joins or sorts on no column opsdash can read "
                             "off its text."));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("/* opsdash */ SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'hypopg')")) ||
        !q.next())
        return fail(failure(q));
    if (!q.value(0).toBool())
        return fail(
            Text::tr("hypopg is not installed in database %1: install it on the database server (Debian: apt-get "
                     "install postgresql-15-hypopg) and run CREATE EXTENSION hypopg; in the database. Its "
                     "indexes are hypothetical: they live in one session and touch no table.")
                .arg(params.database));
    const int placeholders = placeholderCount(sql);
    q.exec(QStringLiteral("BEGIN"));
    q.exec(QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan"));
    const QByteArray beforeJson = explainPrepared(db, sql, {}, placeholders, false, &error);
    std::optional<Plan> before = error.isEmpty() ? parsePlanJson(beforeJson, &error) : std::nullopt;
    for (const IndexProposal &p : proposals) {
        PgInternalsSource::Advice a;
        a.proposal = p;
        a.before = before;
        a.error = error;
        if (error.isEmpty()) {
            QSqlQuery create(db);
            create.prepare(QStringLiteral("/* opsdash */ SELECT indexrelid FROM hypopg_create_index(?)"));
            create.addBindValue(p.hypotheticalStatement);
            if (!create.exec() || !create.next()) {
                a.error = failure(create);
            } else {
                const QString oid = create.value(0).toString();
                QString afterError;
                const QByteArray afterJson = explainPrepared(db, sql, {}, placeholders, false, &afterError);
                a.after = afterError.isEmpty() ? parsePlanJson(afterJson, &afterError) : std::nullopt;
                a.error = afterError;
                a.used = a.after && a.after->usesIndex(QLatin1Char('<') + oid + QLatin1Char('>'));
            }
            QSqlQuery(db).exec(QStringLiteral("/* opsdash */ SELECT hypopg_reset()"));
        }
        out.append(a);
    }
    q.exec(QStringLiteral("ROLLBACK"));
    q.exec(QStringLiteral("DEALLOCATE opsdash_explain"));
    q.exec(QStringLiteral("/* opsdash */ SELECT hypopg_reset()"));
    return out;
}

} // namespace opsdash::planner
