#pragma once

#include <QStringList>

class QCoreApplication;

namespace opsdash {

/// `opsdash export --event ID --output FILE [--profile NAME] [--backend URL] [--token T] [--database CONNINFO]
/// [--bom]`: the registration report without a window, for scheduled jobs. A progress line on a terminal; exit
/// 0 on success, 1 when the export failed (the message says why), 2 for a wrong command line.
int runExportCommand(QCoreApplication &app);

} // namespace opsdash
