#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace opsdash {

/// Asks before an action runs: says what it will do and to which target; for a production profile the user must
/// type the profile's name before the action button is enabled.
class ConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDialog(const QString &action, const QString &description, const QString &target,
                  const QString &typedConfirmation, QWidget *parent = nullptr);

    /// A checkbox under the description (an offer that goes with the action).
    void addOption(const QString &text, bool checked);
    bool optionChecked() const;

private:
    QLineEdit *m_edit = nullptr;
    QCheckBox *m_option = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace opsdash
