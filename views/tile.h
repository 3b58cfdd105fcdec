#pragma once

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

    /// `severity`: 0 fine, 1 over the threshold, 2 alert raised, -1 no data.
    void setValue(const QString &value, int severity, const QString &detail = {});
    QString value() const;
    int severity() const { return m_severity; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    int m_severity = -1;
};

} // namespace opsdash
