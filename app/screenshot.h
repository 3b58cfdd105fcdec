#pragma once

#include <QString>

#include <optional>

namespace opsdash {

class Controller;
class MainWindow;

/// `--screenshot FILE`: renders the live window to a PNG and quits with the outcome — after `afterMs`, or once
/// a few ticks of data arrived (at the latest after 20 s), or at once when there is no session to wait for.
/// Works offscreen. The PNG is encoded and written on a worker thread.
class ScreenshotJob
{
public:
    ScreenshotJob(MainWindow *window, Controller *controller, QString file, std::optional<int> afterMs);
    /// Called when the controller's start finished: without a session there is nothing to wait for.
    void started();

private:
    MainWindow *m_window;
    QString m_file;
    bool m_fixedWait;
};

} // namespace opsdash
