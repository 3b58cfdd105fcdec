#pragma once

#include "profile.h"

#include <QStringList>

#include <QCoroTask>

namespace opsdash {

/// Tries everything a profile needs and says, one line per check, what works ("✔ …") and what failed and what
/// to do ("✘ …"): DNS, refused, TLS, wrong credentials, wrong role, missing pg_stat_statements, missing pg_monitor.
QCoro::Task<QStringList> testConnection(Profile profile, Secrets secrets);

} // namespace opsdash
