#pragma once

#include "palette.h"

// Query plans (EXPLAIN (FORMAT JSON)) as a tree, and index proposals read off a statement's text.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdash {

struct PlanNode
{
    QString nodeType; ///< "Seq Scan", "Index Scan", "Hash Join", …
    QString relation;
    QString alias;
    QString index;
    QStringList conditions; ///< "Index Cond: (email = $1)", "Filter: …", "Sort Key: …"
    double startupCost = 0;
    double totalCost = 0;
    double planRows = 0;
    std::optional<double> actualRows; ///< EXPLAIN ANALYZE only (per loop)
    std::optional<double> actualTotalMs; ///< per loop
    double loops = 1;
    QList<PlanNode> children;
    /// This node's own share of the cost: its total minus its children's totals (never negative).
    double selfCost() const;
};

struct Plan
{
    PlanNode root;
    std::optional<double> planningMs;
    std::optional<double> executionMs;
    double totalCost() const { return root.totalCost; }
    /// Some node scans `relation` sequentially.
    bool seqScanOn(const QString &relation) const;
    /// Some node uses an index whose name contains `namePart`.
    bool usesIndex(const QString &namePart) const;
};

/// EXPLAIN (FORMAT JSON) output; nullopt and `error` set when it is not a plan.
std::optional<Plan> parsePlanJson(const QByteArray &json, QString *error);

/// One line of a plan drawn as an indented tree.
struct PlanLine
{
    int depth = 0;
    QString text; ///< "Index Scan using idx on registrations r"
    QString details; ///< conditions, one per line
    double totalCost = 0;
    double selfCost = 0;
    double share = 0; ///< selfCost / the plan's total cost (0..1)
    double planRows = 0;
    std::optional<double> actualRows;
    std::optional<double> actualTotalMs;
    Severity severity = Severity::Normal; ///< Critical: ≥ 50 % of the cost (or a seq scan with ≥ 30 %); Warning: ≥ 20 %
};
QList<PlanLine> planLines(const Plan &plan);

/// An index that may serve a statement: its table's equality columns first, then one range column, else the
/// ORDER BY columns — read off the statement's text (joins' columns count as equality).
struct IndexProposal
{
    QString table;
    QStringList columns;
    QString createStatement; ///< CREATE INDEX CONCURRENTLY … ON table (columns)
    QString hypotheticalStatement; ///< the same without CONCURRENTLY, for hypopg_create_index
};
QList<IndexProposal> proposeIndexes(const QString &sql);

/// A proposal checked against the planner: the generic plan before, and with the index made hypothetically.
struct IndexAdvice
{
    IndexProposal proposal;
    std::optional<Plan> before;
    std::optional<Plan> after; ///< with the proposed index, hypothetically (hypopg)
    bool used = false; ///< the plan with it uses it
    QString error;
};

/// The highest $n placeholder of a normalized statement (pg_stat_statements writes constants as $n).
int placeholderCount(const QString &sql);

} // namespace opsdash
