#include "confirmdialog.h"

#include "palette.h"
#include "theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdash {

ConfirmDialog::ConfirmDialog(const QString &action, const QString &description, const QString &target,
                             const QString &typedConfirmation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(tr("Confirm: %1").arg(action));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(description, this);
    what->setTextFormat(Qt::PlainText); // may quote a statement or a name from the database
    what->setObjectName(QStringLiteral("confirmDescription"));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    auto *targetLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(target.toHtmlEscaped()), this);
    targetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Target:"), targetLabel);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    if (!typedConfirmation.isEmpty()) {
        auto *warning = new QLabel(tr("This is a <b>production</b> profile. Type <b>%1</b> to confirm.")
                                       .arg(typedConfirmation.toHtmlEscaped()),
                                   this);
        QPalette p = warning->palette();
        p.setColor(QPalette::WindowText, severityColor(Severity::Critical));
        warning->setPalette(p);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("confirmationEdit"));
        m_edit->setPlaceholderText(typedConfirmation);
        layout->addWidget(m_edit);
        m_run->setEnabled(false);
        connect(m_edit, &QLineEdit::textChanged, this,
                [this, typedConfirmation](const QString &text) { m_run->setEnabled(text == typedConfirmation); });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConfirmDialog::addOption(const QString &text, bool checked)
{
    m_option = new QCheckBox(text, this);
    m_option->setObjectName(QStringLiteral("confirmOption"));
    m_option->setChecked(checked);
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, m_option); // above the buttons
}

bool ConfirmDialog::optionChecked() const
{
    return m_option && m_option->isChecked();
}

} // namespace opsdash
