#pragma once

#include "palette.h"

#include <QFrame>

class QLabel;
class QTimer;

namespace opsdash {

/// An inline message above a page's content (errors of a source, results of an action). It hides itself after a
/// while unless it reports an error that still holds; never a modal dialog per tick.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// Normal is information; `autoHideMs` 0 keeps it until closed or replaced.
    void showMessage(const QString &text, Severity severity, int autoHideMs = 8000);
    QString text() const;

private:
    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace opsdash
