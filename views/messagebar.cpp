#include "messagebar.h"

#include "palette.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace opsdash {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // messages carry remote text (a backend's error)
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Severity severity, int autoHideMs)
{
    const QColor edge = severityColor(severity == Severity::Normal ? Severity::NoData : severity);
    QColor fill = edge;
    fill.setAlpha(40);
    setStyleSheet(QStringLiteral("opsdash--MessageBar { border: 1px solid %1; border-radius: 4px; background: %2; }")
                      .arg(edge.name(), fill.name(QColor::HexArgb)));
    m_label->setText(text);
    show();
    if (autoHideMs > 0)
        m_timer->start(autoHideMs);
    else
        m_timer->stop();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace opsdash
