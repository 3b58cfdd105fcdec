#pragma once

#include "palette.h"

#include <QFrame>

class QLabel;

namespace opsdash {

/// One figure on the Overview: a title, the value in large type, a line under it, and a coloured edge that says
/// how the value stands against its threshold.
class Tile : public QFrame
{
    Q_OBJECT

public:
    explicit Tile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, Severity severity, const QString &detail = {});
    QString value() const;
    Severity severity() const { return m_severity; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    Severity m_severity = Severity::NoData;
};

} // namespace opsdash
