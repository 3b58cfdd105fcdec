#pragma once

#include "prometheustypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opsdash {

/// A new Alertmanager silence: matchers as amtool writes them, a duration and a comment (Alertmanager asks for
/// who and why). The Silence button stays off until the matchers read and a comment is there.
class SilenceDialog : public QDialog
{
    Q_OBJECT

public:
    SilenceDialog(const QList<am::Matcher> &matchers, const QString &createdBy, QWidget *parent = nullptr);

    /// The silence as entered, starting now.
    am::Silence silence() const;

private:
    void validate();

    QLineEdit *m_matchers;
    QComboBox *m_duration;
    QLineEdit *m_comment;
    QLineEdit *m_createdBy;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace opsdash
