#pragma once

#include "controller.h"
#include "pageid.h"

#include <QString>

#include <optional>

class QApplication;

namespace opsdash {

/// What opsdash was started with (`opsdash --help` lists it).
struct CommandLine
{
    LaunchOptions launch;
    std::optional<PageId> page; ///< --page
    std::optional<qint64> event; ///< --event
    std::optional<int> rangeMinutes; ///< --range
    QString theme; ///< --theme: system, light or dark
    bool keychain = true; ///< false with --no-keychain or --screenshot
    QString screenshotFile; ///< --screenshot: render the live window to this PNG and exit
    std::optional<int> screenshotAfterMs; ///< --after: a fixed wait instead of "until data arrived"
};

/// The chart ranges offered, as the command line names them ("5m" … "30d"), and their minutes.
QStringList rangeNames();
std::optional<int> rangeFromName(const QString &name);

/// Reads the command line (`--help` and `--version` print and exit); nullopt with `error` for a bad value.
std::optional<CommandLine> parseCommandLine(QApplication &app, QString *error);

} // namespace opsdash
