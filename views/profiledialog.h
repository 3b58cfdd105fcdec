#pragma once

#include "profile.h"

#include <QDialog>

#include <QCoroTask>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

class QGroupBox;

namespace opsdash {

/// Creates or edits a connection profile. "Test connection" runs the tester the application hands in and shows
/// each finding as a line (what failed and what to do); the dialog never touches the network itself.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    /// Returns one line per check; lines starting with "✔" passed.
    using Tester = std::function<QCoro::Task<QStringList>(Profile, Secrets)>;

    ProfileDialog(Profile profile, Secrets secrets, Tester tester, QWidget *parent = nullptr);

    Profile profile() const;
    Secrets secrets() const;
    /// Names already taken (a new profile may not reuse one).
    void setExistingNames(const QStringList &names) { m_existing = names; }

    void accept() override;

private:
    QGroupBox *buildThresholdBox();
    QGroupBox *buildPrometheusBox(const Profile &profile, const Secrets &secrets);
    QCoro::Task<> runTest();
    void setUpTls(const Profile &profile);
    void updateSslHelp();

    Tester m_tester;
    QStringList m_existing;
    QString m_originalName;
    QLineEdit *m_name;
    QPlainTextEdit *m_urls;
    QComboBox *m_auth;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLineEdit *m_pgHost;
    QSpinBox *m_pgPort;
    QLineEdit *m_pgDatabase;
    QLineEdit *m_pgUser;
    QLineEdit *m_pgPassword;
    QLineEdit *m_pgMaintenanceUser;
    QLineEdit *m_pgMaintenancePassword;
    QLineEdit *m_pgbouncerHost;
    QSpinBox *m_pgbouncerPort;
    QLineEdit *m_prometheusUrl = nullptr;
    QLineEdit *m_prometheusUser = nullptr;
    QLineEdit *m_prometheusSecret = nullptr;
    QLineEdit *m_prometheusJob = nullptr;
    QLineEdit *m_alertmanagerUrl = nullptr;
    QComboBox *m_sslMode;
    QLabel *m_sslHelp;
    QCheckBox *m_maintenanceWithoutTls;
    bool m_sslModeChosen = false; ///< the user picked a mode: the host no longer changes it
    QSpinBox *m_refresh;
    QCheckBox *m_production;
    QDoubleSpinBox *m_p95;
    QDoubleSpinBox *m_dbQuery;
    QDoubleSpinBox *m_poolWaiting;
    QDoubleSpinBox *m_heap;
    QDoubleSpinBox *m_cacheHit;
    QDoubleSpinBox *m_errorRate;
    QDoubleSpinBox *m_queueWaiting;
    QDoubleSpinBox *m_queueDead;
    QSpinBox *m_hold;
    QDoubleSpinBox *m_sessionLong;
    QDoubleSpinBox *m_idleInTransaction;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace opsdash
