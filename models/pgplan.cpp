#include "pgplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace opsdash {

double PlanNode::selfCost() const
{
    double children = 0;
    for (const PlanNode &c : this->children)
        children += c.totalCost;
    return std::max(0.0, totalCost - children);
}

namespace {

PlanNode readNode(const QJsonObject &o)
{
    PlanNode n;
    n.nodeType = o.value(u"Node Type").toString();
    n.relation = o.value(u"Relation Name").toString();
    n.alias = o.value(u"Alias").toString();
    n.index = o.value(u"Index Name").toString();
    n.startupCost = o.value(u"Startup Cost").toDouble();
    n.totalCost = o.value(u"Total Cost").toDouble();
    n.planRows = o.value(u"Plan Rows").toDouble();
    if (o.contains(u"Actual Rows"))
        n.actualRows = o.value(u"Actual Rows").toDouble();
    if (o.contains(u"Actual Total Time"))
        n.actualTotalMs = o.value(u"Actual Total Time").toDouble();
    if (o.contains(u"Actual Loops"))
        n.loops = o.value(u"Actual Loops").toDouble();
    for (const char *key : {"Index Cond", "Recheck Cond", "Hash Cond", "Merge Cond", "Join Filter", "Filter"}) {
        const QString v = o.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            n.conditions.append(QLatin1String(key) + QStringLiteral(": ") + v);
    }
    if (o.value(u"Sort Key").isArray()) {
        QStringList keys;
        for (const auto &k : o.value(u"Sort Key").toArray())
            keys.append(k.toString());
        n.conditions.append(QStringLiteral("Sort Key: ") + keys.join(QStringLiteral(", ")));
    }
    for (const auto &c : o.value(u"Plans").toArray())
        n.children.append(readNode(c.toObject()));
    return n;
}

template<typename F>
bool anyNode(const PlanNode &n, F test)
{
    if (test(n))
        return true;
    return std::any_of(n.children.begin(), n.children.end(), [&test](const PlanNode &c) { return anyNode(c, test); });
}

void flatten(const PlanNode &n, int depth, double total, QList<PlanLine> *out)
{
    PlanLine line;
    line.depth = depth;
    QString text = n.nodeType;
    if (!n.index.isEmpty())
        text += QStringLiteral(" using ") + n.index;
    if (!n.relation.isEmpty()) {
        text += QStringLiteral(" on ") + n.relation;
        if (!n.alias.isEmpty() && n.alias != n.relation)
            text += QLatin1Char(' ') + n.alias;
    }
    line.text = text;
    line.details = n.conditions.join(u'\n');
    line.totalCost = n.totalCost;
    line.selfCost = n.selfCost();
    line.share = total > 0 ? line.selfCost / total : 0;
    line.planRows = n.planRows;
    line.actualRows = n.actualRows;
    line.actualTotalMs = n.actualTotalMs;
    const bool seq = n.nodeType == QLatin1String("Seq Scan");
    line.severity = line.share >= 0.5 || (seq && line.share >= 0.3) ? Severity::Critical
        : line.share >= 0.2                                         ? Severity::Warning
                                                                    : Severity::Normal;
    out->append(line);
    for (const PlanNode &c : n.children)
        flatten(c, depth + 1, total, out);
}

} // namespace

bool Plan::seqScanOn(const QString &relation) const
{
    return anyNode(root, [&relation](const PlanNode &n) {
        return n.nodeType == QLatin1String("Seq Scan") && n.relation == relation;
    });
}

bool Plan::usesIndex(const QString &namePart) const
{
    return anyNode(root, [&namePart](const PlanNode &n) { return n.index.contains(namePart); });
}

std::optional<Plan> parsePlanJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject top = doc.isArray() ? doc.array().first().toObject() : doc.object();
    if (parseError.error != QJsonParseError::NoError || !top.value(u"Plan").isObject()) {
        if (error)
            *error = QCoreApplication::translate("opsdash::Plan", "not an EXPLAIN (FORMAT JSON) plan: %1")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : QStringLiteral("no \"Plan\""));
        return std::nullopt;
    }
    Plan plan;
    plan.root = readNode(top.value(u"Plan").toObject());
    if (top.contains(u"Planning Time"))
        plan.planningMs = top.value(u"Planning Time").toDouble();
    if (top.contains(u"Execution Time"))
        plan.executionMs = top.value(u"Execution Time").toDouble();
    return plan;
}

QList<PlanLine> planLines(const Plan &plan)
{
    QList<PlanLine> out;
    flatten(plan.root, 0, plan.totalCost(), &out);
    return out;
}

int placeholderCount(const QString &sql)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\$(\d+))"));
    int highest = 0;
    for (auto it = placeholder.globalMatch(sql); it.hasNext();)
        highest = std::max(highest, it.next().captured(1).toInt());
    return highest;
}

namespace {

// Words SQL uses where a table alias could stand.
bool isKeyword(const QString &word)
{
    static const QStringList keywords{
        QStringLiteral("where"), QStringLiteral("join"),   QStringLiteral("inner"),     QStringLiteral("left"),
        QStringLiteral("right"), QStringLiteral("full"),   QStringLiteral("cross"),     QStringLiteral("on"),
        QStringLiteral("group"), QStringLiteral("order"),  QStringLiteral("limit"),     QStringLiteral("offset"),
        QStringLiteral("union"), QStringLiteral("having"), QStringLiteral("lateral"),   QStringLiteral("natural"),
        QStringLiteral("for"),   QStringLiteral("using"),  QStringLiteral("returning"), QStringLiteral("set"),
        QStringLiteral("outer"), QStringLiteral("window"), QStringLiteral("fetch")};
    return keywords.contains(word.toLower());
}

QString bare(QString identifier)
{
    identifier.remove(u'"');
    return identifier;
}

} // namespace

QList<IndexProposal> proposeIndexes(const QString &sql)
{
    QString text = QString(sql).replace(u'\n', u' ');
    // An UPDATE's SET list assigns, it does not filter.
    static const QRegularExpression setList(QStringLiteral(R"(\bset\b.*?(?=\bwhere\b|$))"),
                                            QRegularExpression::CaseInsensitiveOption);
    text.remove(setList);
    // Tables and their aliases: FROM/JOIN/UPDATE name [AS] [alias].
    QHash<QString, QString> aliasToTable;
    QStringList tables;
    static const QRegularExpression tableRef(
        QStringLiteral(R"((?:\bfrom|\bjoin|\bupdate)\s+((?:"?\w+"?\.)?"?\w+"?)(?:\s+(?:as\s+)?("?\w+"?))?)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = tableRef.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString table = bare(m.captured(1));
        if (isKeyword(table) || table.startsWith(u'$') || table.toLower() == QLatin1String("select"))
            continue;
        if (!tables.contains(table))
            tables.append(table);
        const QString alias = bare(m.captured(2));
        aliasToTable.insert(table.section(u'.', -1), table);
        if (!alias.isEmpty() && !isKeyword(alias))
            aliasToTable.insert(alias, table);
    }
    if (tables.isEmpty())
        return {};
    auto tableOf = [&](const QString &column, QString *name) -> QString {
        const QString c = bare(column);
        if (c.contains(u'.')) {
            *name = c.section(u'.', -1);
            return aliasToTable.value(c.section(u'.', -2, -2));
        }
        *name = c;
        return tables.size() == 1 ? tables.first() : QString();
    };

    QHash<QString, QStringList> equality, joins, range, order;
    auto add = [](QHash<QString, QStringList> &into, const QString &table, const QString &column) {
        if (!table.isEmpty() && !column.isEmpty() && !into[table].contains(column))
            into[table].append(column);
    };
    // Predicates: column op value, where op is = IN IS (equality) or < > <= >= BETWEEN LIKE (range).
    static const QRegularExpression predicate(
        QStringLiteral(
            R"(((?:"?\w+"?\.)?"?[a-z_]\w*"?)\s*(=|<=|>=|<>|!=|<|>|\bin\b|\bis\b|\bbetween\b|\blike\b|\bilike\b|=\s*any)\s*((?:"?\w+"?\.)?"?\w+"?|\$\d+|'|\())"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype orderAt = text.lastIndexOf(
        QRegularExpression(QStringLiteral(R"(\border\s+by\b)"), QRegularExpression::CaseInsensitiveOption));
    const QString filtered = orderAt >= 0 ? text.left(orderAt) : text;
    for (auto it = predicate.globalMatch(filtered); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString op = m.captured(2).toLower().simplified();
        if (op == QLatin1String("<>") || op == QLatin1String("!="))
            continue; // not indexable
        QString column;
        const QString table = tableOf(m.captured(1), &column);
        if (isKeyword(column) || column.toLower() == QLatin1String("select"))
            continue;
        const bool eq = op == QLatin1String("=") || op == QLatin1String("in") || op == QLatin1String("is") ||
            op.startsWith(QLatin1String("= any"));
        // A join: a column equal to another table's column; both sides may want an index, after their filters.
        const QString other = m.captured(3);
        if (eq && other.contains(u'.') && !other.startsWith(u'$')) {
            QString otherColumn;
            const QString otherTable = tableOf(other, &otherColumn);
            add(joins, table, column);
            add(joins, otherTable, otherColumn);
            continue;
        }
        add(eq ? equality : range, table, column);
    }
    if (orderAt >= 0) {
        static const QRegularExpression orderColumns(
            QStringLiteral(R"(((?:"?\w+"?\.)?"?\w+"?)(?:\s+(?:asc|desc))?\s*(,|$|\blimit\b|\boffset\b))"),
            QRegularExpression::CaseInsensitiveOption);
        const QString tail = text.mid(orderAt).section(
            QRegularExpression(QStringLiteral(R"(\bby\b)"), QRegularExpression::CaseInsensitiveOption), 1);
        for (auto it = orderColumns.globalMatch(tail); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString column;
            const QString table = tableOf(m.captured(1), &column);
            if (!column.startsWith(u'$') && !isKeyword(column) && !column.front().isDigit())
                add(order, table, column);
            if (m.captured(2).toLower() != QLatin1String(","))
                break;
        }
    }

    QList<IndexProposal> out;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns = equality.value(table);
        for (const QString &c : joins.value(table))
            if (!columns.contains(c))
                columns.append(c);
        const QStringList ranges = range.value(table);
        if (!ranges.isEmpty()) {
            if (!columns.contains(ranges.first()))
                columns.append(ranges.first());
        } else {
            for (const QString &c : order.value(table))
                if (!columns.contains(c))
                    columns.append(c);
        }
        if (columns.isEmpty())
            continue;
        columns = columns.mid(0, 4);
        IndexProposal p;
        p.table = table;
        p.columns = columns;
        p.hypotheticalStatement =
            QStringLiteral("CREATE INDEX ON %1 (%2)").arg(table, columns.join(QStringLiteral(", ")));
        p.createStatement =
            QStringLiteral("CREATE INDEX CONCURRENTLY ON %1 (%2);").arg(table, columns.join(QStringLiteral(", ")));
        out.append(p);
    }
    return out;
}

} // namespace opsdash
