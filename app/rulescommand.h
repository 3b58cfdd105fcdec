#pragma once

class QCoreApplication;

namespace opsdash {

/// `opsdash rules [--profile NAME] [--job NAME] [--output FILE]`: Prometheus alerting rules with the thresholds
/// and hold times of a profile's in-app alerts (the seeds' defaults without one), for Prometheus to evaluate when
/// no window is open. Exit 0, or 2 for a wrong command line or an unknown profile, 1 when the file cannot be
/// written.
int runRulesCommand(QCoreApplication &app);

} // namespace opsdash
