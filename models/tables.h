#pragma once

#include "prometheustypes.h"

// The dashboard's tables: column enums and the functions that turn value structs into rows for RowTableModel.

#include "alerts.h"
#include "backendtypes.h"
#include "pginternals.h"
#include "pgstatements.h"
#include "rowtablemodel.h"

#include <QDateTime>

namespace opsdash::tables {

/// GET /performance/api/endpoints (or, from a seed-only backend, api/stats' slowestEndpoints).
enum EndpointColumn {
    EndpointInstance,
    EndpointRoute,
    EndpointCount,
    EndpointAvg,
    EndpointP50,
    EndpointP95,
    EndpointP99,
    EndpointMax,
    EndpointErrors, ///< over the same requests as EndpointCount
    EndpointWindow, ///< how many of the latest requests the percentiles cover
    EndpointColumnCount
};
QList<ColumnSpec> endpointColumns();
/// Rows of one instance; `p95WarnMs` colours rows whose p95 (or average) is above it.
QList<TableRow> endpointRows(const QString &instance, const QList<EndpointPercentiles> &endpoints, double p95WarnMs);
QList<TableRow> endpointRows(const QString &instance, const QList<EndpointStat> &slowest, double p95WarnMs);

/// One route's statements from the breakdown extension, the costliest first; keyed by the statement's text.
enum BreakdownColumn {
    BreakdownStatement,
    BreakdownCalls, ///< per request
    BreakdownAvg,
    BreakdownShare, ///< of the route's time
    BreakdownColumnCount
};
QList<ColumnSpec> breakdownColumns();
QList<TableRow> breakdownRows(const EndpointBreakdown &breakdown);

/// Slow queries as the backend recorded them.
enum SlowQueryColumn {
    SlowQueryInstance,
    SlowQueryTime,
    SlowQueryDuration,
    SlowQueryText,
    SlowQueryParameters,
    SlowQueryColumnCount
};
QList<ColumnSpec> slowQueryColumns();
QList<TableRow> slowQueryRows(const QString &instance, const QList<QueryMetric> &queries, double warnMs);

/// Normalized statements and how often they ran.
enum FrequencyColumn {
    FrequencyInstance,
    FrequencyQuery,
    FrequencyCount,
    FrequencyAvg,
    FrequencyMax,
    FrequencyColumnCount
};
QList<ColumnSpec> frequencyColumns();
QList<TableRow> frequencyRows(const QString &instance, const QList<QueryFrequency> &frequency, double warnMs);

/// Alerts raised and cleared, newest first.
enum AlertColumn { AlertTime, AlertState, AlertRule, AlertValue, AlertThreshold, AlertColumnCount };
QList<ColumnSpec> alertColumns();
/// One alert raised or cleared at `timeMs`; `serial` keys it (a log: the same rule may appear many times).
TableRow alertRow(const AlertEvent &event, qint64 timeMs, qint64 serial);

/// Every action run from the dashboard, newest first.
enum ActionColumn {
    ActionTime,
    ActionProfile,
    ActionInstance,
    ActionName,
    ActionParameters,
    ActionResult,
    ActionBefore,
    ActionAfter,
    ActionColumnCount
};
QList<ColumnSpec> actionColumns();

/// Backend instances and their health.
enum InstanceColumn {
    InstanceUrl,
    InstanceStatus,
    InstanceDatabase,
    InstanceRedis,
    InstanceVersion,
    InstanceUptime,
    InstanceMessage,
    InstanceColumnCount
};
QList<ColumnSpec> instanceColumns();

/// The fleet: every eventsd instance Prometheus scrapes.
enum FleetColumn {
    FleetInstanceName,
    FleetStatus, ///< up / down (with the scrape error in the message)
    FleetRequests, ///< per second
    FleetServerErrors, ///< 5xx share, 0..1
    FleetP95, ///< ms
    FleetHeap, ///< bytes in use
    FleetHeapUsage, ///< 0..1
    FleetPoolWaiting,
    FleetVersion,
    FleetLastScrape,
    FleetMessage,
    FleetColumnCount
};
QList<ColumnSpec> fleetColumns();

/// Alertmanager's alerts.
enum AmAlertColumn {
    AmAlertName,
    AmAlertInstance,
    AmAlertSeverity,
    AmAlertService,
    AmAlertState, ///< active, suppressed (silenced or inhibited)
    AmAlertSince,
    AmAlertSummary,
    AmAlertSilencedBy,
    AmAlertColumnCount
};
QList<ColumnSpec> amAlertColumns();
QList<TableRow> amAlertRows(const QList<am::Alert> &alerts);

/// Alertmanager's silences.
enum SilenceColumn {
    SilenceId,
    SilenceMatchers,
    SilenceState,
    SilenceStarts,
    SilenceEnds,
    SilenceCreatedBy,
    SilenceComment,
    SilenceColumnCount
};
QList<ColumnSpec> silenceColumns();
/// Active and pending first, then the expired of the last day (Alertmanager keeps them for days).
QList<TableRow> silenceRows(const QList<am::Silence> &silences, qint64 nowMs);
/// One backend instance as its last poll found it (`up`: it answered).
TableRow instanceRow(const InstanceSample &sample, bool up);

/// Events with their statistics (organizer view).
enum EventColumn {
    EventName,
    EventDate,
    EventVenue,
    EventCapacity,
    EventRegistrations,
    EventFill,
    EventCheckedIn,
    EventCheckedInShare,
    EventRevenue,
    EventAveragePayment,
    EventStatus,
    EventColumnCount
};
QList<ColumnSpec> eventColumns();
QList<TableRow> eventRows(const QList<EventStat> &events);

/// pg_stat_statements deltas over the selected range (the Queries page).
enum StatementColumn {
    StatementQuery,
    StatementUser,
    StatementCalls,
    StatementTotal,
    StatementMean,
    StatementRows,
    StatementHitRatio,
    StatementSharedRead,
    StatementTemp,
    StatementColumnCount
};
QList<ColumnSpec> statementColumns();
/// `textOf` gives a statement's (cut) text by key; `meanWarnMs` colours slow statements.
QList<TableRow> statementRows(const QList<PgStatementDelta> &deltas,
                              const std::function<QString(const QString &)> &textOf, double meanWarnMs);

/// pg_stat_activity sessions that are not idle (the Sessions page).
enum SessionColumn {
    SessionPid,
    SessionState,
    SessionDuration, ///< of the transaction, else of the query
    SessionWait,
    SessionBlockedBy,
    SessionUser,
    SessionApplication,
    SessionClient,
    SessionQuery,
    SessionColumnCount
};
QList<ColumnSpec> sessionColumns();
/// Non-idle client sessions; long-running (over `longMs`) and idle-in-transaction (over `idleTxMs`) rows are
/// warnings, blocked and blocking rows critical.
QList<TableRow> sessionRows(const QList<PgSession> &sessions, const QDateTime &now, double longMs, double idleTxMs);

/// pg_stat_user_tables with sizes (the Health page).
enum TableHealthColumn {
    TableName,
    TableSize,
    TableLive,
    TableDead,
    TableDeadRatio,
    TableLastVacuum,
    TableLastAnalyze,
    TableSeqScans,
    TableSeqRowsPerScan,
    TableIndexScans,
    TableHealthColumnCount
};
QList<ColumnSpec> tableHealthColumns();
/// `deadWarn` (0..1) colours tables with many dead tuples; tables wanting an index are warnings too.
QList<TableRow> tableHealthRows(const QList<PgTableHealth> &tables, double deadWarn);

/// Every user index, one row each (keyed by its oid), with what is wrong with it: duplicate (exact or prefix),
/// unused; healthy ones have no finding.
enum IndexFindingColumn {
    IndexFindingIndex,
    IndexFindingTable,
    IndexFindingSize,
    IndexFindingScans,
    IndexFindingProblem,
    IndexFindingDefinition,
    IndexFindingColumnCount
};
QList<ColumnSpec> indexFindingColumns();
QList<TableRow> indexRows(const QList<PgIndexHealth> &indexes);

} // namespace opsdash::tables
