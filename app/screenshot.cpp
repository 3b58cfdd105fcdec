#include "screenshot.h"

#include "controller.h"
#include "mainwindow.h"
#include "session.h"

#include <QApplication>
#include <QTimer>
#include <QtConcurrent>

#include <QCoroFuture>
#include <QCoroTask>

#include <cstdio>

namespace opsdash {

namespace {

// Grabs the window on the GUI thread, encodes and writes the PNG on a worker, then quits with the outcome.
QCoro::Task<> saveAndQuit(QWidget *window, QString file)
{
    const QImage image = window->grab().toImage();
    // Named, not a temporary inside co_await: GCC 12 destroys such temporaries twice (docs/architecture.md).
    QFuture<bool> saving = QtConcurrent::run([image, file] { return image.save(file, "PNG"); });
    const bool saved = co_await saving;
    if (!saved)
        std::fprintf(stderr, "opsdash: %s\n",
                     qPrintable(QApplication::translate("main", "cannot write screenshot to %1").arg(file)));
    QApplication::exit(saved ? 0 : 1);
}

} // namespace

ScreenshotJob::ScreenshotJob(MainWindow *window, Controller *controller, QString file, std::optional<int> afterMs)
    : m_window(window)
    , m_file(std::move(file))
    , m_fixedWait(afterMs.has_value())
{
    auto shoot = [window, file = m_file] { saveAndQuit(window, file); };
    if (afterMs) {
        QTimer::singleShot(*afterMs, window, shoot);
        return;
    }
    // Until a few updates arrived (rates need two backend ticks), or PostgreSQL samples; 20 s at the latest.
    QTimer::singleShot(20000, window, shoot);
    QObject::connect(controller, &Controller::sessionStarted, window, [window, shoot](Session *s) {
        auto ticks = std::make_shared<int>(0);
        QObject::connect(s->dashboard(), &Dashboard::updated, window, [ticks, shoot] {
            if (++*ticks == 5)
                QTimer::singleShot(300, shoot);
        });
    });
}

void ScreenshotJob::started()
{
    // No profile to watch: there is no data to wait for.
    if (!m_fixedWait && !m_window->session())
        QTimer::singleShot(200, m_window, [window = m_window, file = m_file] { saveAndQuit(window, file); });
}

} // namespace opsdash
