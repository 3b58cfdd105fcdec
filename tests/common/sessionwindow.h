#pragma once

// The application's window watching a session of its own, with settings in a temporary folder: started and shown.

#include "mainwindow.h"
#include "session.h"
#include "settings.h"

#include <QTemporaryDir>

namespace testui {

struct SessionWindow
{
    SessionWindow(const opsdash::Profile &profile, const opsdash::Secrets &secrets)
        : settings(dir.filePath(QStringLiteral("opsdash.ini")))
        , window(&settings)
        , session(new opsdash::Session(profile, secrets))
    {
        window.setSession(session); // the window owns the session
        session->start();
        window.show();
    }
    QTemporaryDir dir;
    opsdash::Settings settings;
    opsdash::MainWindow window;
    opsdash::Session *session;
};

} // namespace testui
