#pragma once

#include "palette.h"

#include <QLabel>
#include <QString>

namespace opsdash {

/// A label for rich text the page writes (remote text in it is escaped first).
inline QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

/// `text` (plain, escaped here) in the severity's colour, as rich text.
inline QString coloured(const QString &text, Severity severity)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(severityColor(severity).name(), text.toHtmlEscaped());
}

} // namespace opsdash
