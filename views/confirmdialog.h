#pragma once

#include <QDialog>

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

private:
    QLineEdit *m_edit = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace opsdash
