#include "tile.h"

#include "palette.h"
#include "theme.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace opsdash {

Tile::Tile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_detail(new QLabel(this))
{
    for (QLabel *label : {m_title, m_value, m_detail})
        label->setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_title->setFont(titleFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_detail->setFont(titleFont);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void Tile::setValue(const QString &value, Severity severity, const QString &detail)
{
    if (m_value->text() != value)
        m_value->setText(value);
    if (m_detail->text() != detail)
        m_detail->setText(detail);
    if (m_severity != severity) {
        m_severity = severity;
        update();
    }
}

QString Tile::value() const
{
    return m_value->text();
}

void Tile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 5, height()), severityColor(m_severity));
}

} // namespace opsdash
