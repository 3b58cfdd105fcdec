#include "silencedialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdash {

SilenceDialog::SilenceDialog(const QList<am::Matcher> &matchers, const QString &createdBy, QWidget *parent)
    : QDialog(parent)
    , m_matchers(new QLineEdit(am::formatMatchers(matchers), this))
    , m_duration(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_createdBy(new QLineEdit(createdBy, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("silenceDialog"));
    setWindowTitle(tr("New silence"));
    m_matchers->setObjectName(QStringLiteral("silenceMatchers"));
    m_matchers->setPlaceholderText(QStringLiteral("alertname=\"EventsdDown\", instance=~\"db-.*\""));
    m_matchers->setMinimumWidth(420);
    m_comment->setObjectName(QStringLiteral("silenceComment"));
    m_comment->setPlaceholderText(tr("why (required)"));
    m_duration->setObjectName(QStringLiteral("silenceDuration"));
    for (const auto &[minutes, label] : QList<std::pair<int, QString>>{{30, tr("30 min")},
                                                                       {60, tr("1 h")},
                                                                       {120, tr("2 h")},
                                                                       {240, tr("4 h")},
                                                                       {480, tr("8 h")},
                                                                       {1440, tr("1 day")},
                                                                       {7 * 1440, tr("7 days")}})
        m_duration->addItem(label, minutes);
    m_duration->setCurrentIndex(2);
    m_error->setObjectName(QStringLiteral("silenceError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Matchers:"), m_matchers);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(tr("Created by:"), m_createdBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Silence"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("silenceButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_matchers, m_comment, m_createdBy})
        connect(edit, &QLineEdit::textChanged, this, &SilenceDialog::validate);
    validate();
}

void SilenceDialog::validate()
{
    QString error;
    const auto matchers = am::parseMatchers(m_matchers->text(), &error);
    if (matchers && m_comment->text().trimmed().isEmpty())
        error = tr("Say why in the comment: it is what others see in Alertmanager.");
    if (matchers && m_createdBy->text().trimmed().isEmpty())
        error = tr("Say who silences.");
    m_error->setText(matchers && !error.isEmpty() ? error : matchers ? QString() : error);
    m_ok->setEnabled(matchers && !m_comment->text().trimmed().isEmpty() && !m_createdBy->text().trimmed().isEmpty());
}

am::Silence SilenceDialog::silence() const
{
    QString error;
    am::Silence s;
    s.matchers = am::parseMatchers(m_matchers->text(), &error).value_or(QList<am::Matcher>{});
    s.startsAtMs = QDateTime::currentMSecsSinceEpoch();
    s.endsAtMs = s.startsAtMs + qint64(m_duration->currentData().toInt()) * 60000;
    s.comment = m_comment->text().trimmed();
    s.createdBy = m_createdBy->text().trimmed();
    return s;
}

} // namespace opsdash
