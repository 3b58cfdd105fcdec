#include "pginternals.h"

#include "format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace opsdash {

std::optional<double> PgTableHealth::deadRatio() const
{
    const qint64 all = liveTuples + deadTuples;
    if (all <= 0)
        return std::nullopt;
    return double(deadTuples) / double(all);
}

QString PgMaintenanceFigures::summary() const
{
    if (!found)
        return QCoreApplication::translate("opsdash::PgMaintenanceFigures", "no such table");
    const QLocale locale;
    const auto dead = table.deadRatio();
    const QString never = QCoreApplication::translate("opsdash::PgMaintenanceFigures", "never");
    return QCoreApplication::translate("opsdash::PgMaintenanceFigures",
                                       "%1, %2 dead rows of %3 (%4), vacuumed %5, analyzed %6")
        .arg(table.totalBytes >= 0
                 ? format::bytes(table.totalBytes)
                 : QCoreApplication::translate("opsdash::PgMaintenanceFigures", "size unknown (locked)"),
             locale.toString(table.deadTuples), locale.toString(table.liveTuples + table.deadTuples),
             dead ? format::percent(*dead) : QStringLiteral("—"),
             table.lastVacuum.isValid() ? locale.toString(table.lastVacuum.toLocalTime(), QLocale::ShortFormat) : never,
             table.lastAnalyze.isValid() ? locale.toString(table.lastAnalyze.toLocalTime(), QLocale::ShortFormat)
                                         : never);
}

namespace pghealth {

QList<BlockingNode> blockingTree(const QList<PgSession> &sessions)
{
    QHash<int, QList<int>> blockedBy; // blocker -> the sessions it blocks
    QSet<int> blocked;
    for (const PgSession &s : sessions) {
        for (int blocker : s.blockedBy) {
            blockedBy[blocker].append(s.pid);
            blocked.insert(s.pid);
        }
    }
    for (auto it = blockedBy.begin(); it != blockedBy.end(); ++it)
        std::sort(it->begin(), it->end());
    QList<int> roots;
    for (auto it = blockedBy.cbegin(); it != blockedBy.cend(); ++it)
        if (!blocked.contains(it.key()))
            roots.append(it.key());
    // A deadlock cycle has no root: start from its lowest pid so it still shows.
    QSet<int> reached;
    std::function<void(int)> mark = [&](int pid) {
        if (reached.contains(pid))
            return;
        reached.insert(pid);
        for (int child : blockedBy.value(pid))
            mark(child);
    };
    std::sort(roots.begin(), roots.end());
    for (int root : std::as_const(roots))
        mark(root);
    QList<int> pending(blocked.cbegin(), blocked.cend());
    std::sort(pending.begin(), pending.end());
    for (int pid : std::as_const(pending))
        if (!reached.contains(pid)) {
            roots.append(pid);
            mark(pid);
        }

    QList<BlockingNode> out;
    QSet<int> shown;
    std::function<void(int, int)> walk = [&](int pid, int depth) {
        if (shown.contains(pid))
            return; // a session blocked by two others shows under the first; a cycle ends here
        shown.insert(pid);
        out.append({pid, depth, int(blockedBy.value(pid).size())});
        for (int child : blockedBy.value(pid))
            walk(child, depth + 1);
    };
    for (int root : std::as_const(roots))
        walk(root, 0);
    return out;
}

QList<PgIndexHealth> unusedIndexes(const QList<PgIndexHealth> &indexes)
{
    QList<PgIndexHealth> out;
    for (const PgIndexHealth &i : indexes)
        if (i.scans == 0 && !i.unique && !i.primary && !i.constraint)
            out.append(i);
    std::sort(out.begin(), out.end(), [](const PgIndexHealth &a, const PgIndexHealth &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.name < b.name;
    });
    return out;
}

namespace {

bool sameShape(const PgIndexHealth &a, const PgIndexHealth &b)
{
    return a.tableRelid == b.tableRelid && a.method == b.method && a.columns == b.columns &&
        a.opclasses == b.opclasses && a.expressions == b.expressions && a.predicate == b.predicate;
}

bool isPrefix(const QString &shorter, const QString &longer)
{
    const QStringList s = shorter.split(u' ', Qt::SkipEmptyParts);
    const QStringList l = longer.split(u' ', Qt::SkipEmptyParts);
    if (s.isEmpty() || s.size() >= l.size())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (s[i] != l[i])
            return false;
    return true;
}

bool protectedIndex(const PgIndexHealth &i)
{
    return i.primary || i.constraint || i.unique;
}

} // namespace

QList<DuplicateIndex> duplicateIndexes(const QList<PgIndexHealth> &indexes)
{
    QList<DuplicateIndex> out;
    QSet<qint64> reported;
    for (qsizetype x = 0; x < indexes.size(); ++x) {
        for (qsizetype y = 0; y < indexes.size(); ++y) {
            if (x == y)
                continue;
            const PgIndexHealth &a = indexes[x];
            const PgIndexHealth &b = indexes[y];
            if (a.tableRelid != b.tableRelid || reported.contains(a.indexRelid))
                continue; // each redundant index once (the kept one may be redundant itself: both are said)
            if (sameShape(a, b)) {
                // Of two identical indexes keep the one backing a constraint, else the older (lower oid).
                const bool aGoes = protectedIndex(b) ? !protectedIndex(a) || a.indexRelid > b.indexRelid
                                                     : !protectedIndex(a) && a.indexRelid > b.indexRelid;
                if (aGoes) {
                    out.append({a, b, true});
                    reported.insert(a.indexRelid);
                }
            } else if (a.method == QLatin1String("btree") && b.method == QLatin1String("btree") &&
                       a.expressions.isEmpty() && b.expressions.isEmpty() && a.predicate.isEmpty() &&
                       b.predicate.isEmpty() && !protectedIndex(a) && isPrefix(a.columns, b.columns) &&
                       isPrefix(a.opclasses, b.opclasses)) {
                out.append({a, b, false});
                reported.insert(a.indexRelid);
            }
        }
    }
    return out;
}

QList<PgTableHealth> indexCandidates(const QList<PgTableHealth> &tables, qint64 minSeqScans, qint64 minRowsPerScan)
{
    QList<PgTableHealth> out;
    for (const PgTableHealth &t : tables) {
        if (t.seqScans < minSeqScans || t.seqScans <= t.indexScans)
            continue;
        if (t.seqTuplesRead / std::max<qint64>(1, t.seqScans) >= minRowsPerScan)
            out.append(t);
    }
    std::sort(out.begin(), out.end(),
              [](const PgTableHealth &a, const PgTableHealth &b) { return a.seqTuplesRead > b.seqTuplesRead; });
    return out;
}

} // namespace pghealth

} // namespace opsdash
