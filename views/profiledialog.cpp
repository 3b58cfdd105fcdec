#include "profiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opsdash {

namespace {

QDoubleSpinBox *spin(double value, double max, const QString &suffix, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(1);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ProfileDialog::ProfileDialog(Profile profile, Secrets secrets, Tester tester, QWidget *parent)
    : QDialog(parent)
    , m_tester(std::move(tester))
    , m_originalName(profile.name)
    , m_name(new QLineEdit(profile.name, this))
    , m_urls(new QPlainTextEdit(this))
    , m_auth(new QComboBox(this))
    , m_email(new QLineEdit(profile.email, this))
    , m_password(new QLineEdit(secrets.password, this))
    , m_token(new QLineEdit(QString::fromUtf8(secrets.token), this))
    , m_pgHost(new QLineEdit(profile.pgHost, this))
    , m_pgPort(new QSpinBox(this))
    , m_pgDatabase(new QLineEdit(profile.pgDatabase, this))
    , m_pgUser(new QLineEdit(profile.pgUser, this))
    , m_pgPassword(new QLineEdit(secrets.pgPassword, this))
    , m_pgMaintenanceUser(new QLineEdit(profile.pgMaintenanceUser, this))
    , m_pgMaintenancePassword(new QLineEdit(secrets.pgMaintenancePassword, this))
    , m_pgbouncerHost(new QLineEdit(profile.pgbouncerHost, this))
    , m_pgbouncerPort(new QSpinBox(this))
    , m_sslMode(new QComboBox(this))
    , m_sslHelp(new QLabel(this))
    , m_maintenanceWithoutTls(
          new QCheckBox(tr("Use the maintenance role to a remote host without TLS (a network you trust)"), this))
    , m_refresh(new QSpinBox(this))
    , m_production(new QCheckBox(tr("Production: actions need the profile name typed to confirm"), this))
    , m_p95(spin(profile.thresholds.apiP95Ms, 60000, tr(" ms"), this))
    , m_dbQuery(spin(profile.thresholds.dbQueryMs, 60000, tr(" ms"), this))
    , m_poolWaiting(spin(profile.thresholds.poolWaiting, 10000, QString(), this))
    , m_heap(spin(profile.thresholds.heapPercent, 100, tr(" %"), this))
    , m_cacheHit(spin(profile.thresholds.cacheHitPercent, 100, tr(" %"), this))
    , m_errorRate(spin(profile.thresholds.errorRatePercent, 100, tr(" %"), this))
    , m_queueWaiting(spin(profile.thresholds.queueWaiting, 1e9, QString(), this))
    , m_queueDead(spin(profile.thresholds.queueDead, 1e9, QString(), this))
    , m_hold(new QSpinBox(this))
    , m_sessionLong(spin(profile.thresholds.sessionLongSeconds, 86400, tr(" s"), this))
    , m_idleInTransaction(spin(profile.thresholds.idleInTransactionSeconds, 86400, tr(" s"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(profile.name.isEmpty() ? tr("New connection profile") : tr("Profile %1").arg(profile.name));
    setObjectName(QStringLiteral("profileDialog"));
    QStringList urls;
    for (const QUrl &url : profile.backendUrls)
        urls.append(url.toString());
    m_urls->setPlainText(urls.join(u'\n'));
    m_urls->setPlaceholderText(tr("http://127.0.0.1:3000\n(one URL per line: instances of the same backend)"));
    m_urls->setFixedHeight(m_urls->fontMetrics().height() * 4 + 12);
    m_auth->addItem(tr("Log in with e-mail and password"), int(Profile::Auth::Login));
    m_auth->addItem(tr("Pasted token"), int(Profile::Auth::Token));
    m_auth->addItem(tr("No authentication"), int(Profile::Auth::None));
    m_auth->setCurrentIndex(m_auth->findData(int(profile.auth)));
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgMaintenancePassword->setEchoMode(QLineEdit::Password);
    m_pgMaintenanceUser->setPlaceholderText(tr("optional: a role that may VACUUM (the tables' owner)"));
    m_pgbouncerHost->setPlaceholderText(tr("the database's host"));
    m_pgbouncerPort->setRange(0, 65535);
    m_pgbouncerPort->setSpecialValueText(tr("none"));
    m_pgbouncerPort->setValue(profile.pgbouncerPort);
    m_pgbouncerPort->setToolTip(tr("pgbouncer's port; its admin console is read with the user above, which must be "
                                   "in pgbouncer's stats_users."));
    m_pgHost->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_pgHost->setObjectName(QStringLiteral("pgHost"));
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(profile.pgPort);
    m_pgDatabase->setPlaceholderText(tr("leave empty for no database"));
    setUpTls(profile);
    m_refresh->setRange(250, 60000);
    m_refresh->setSingleStep(250);
    m_refresh->setSuffix(tr(" ms"));
    m_refresh->setValue(profile.refreshMs);
    m_production->setChecked(profile.production);
    m_hold->setRange(0, 3600);
    m_hold->setSuffix(tr(" s"));
    m_hold->setValue(profile.thresholds.holdSeconds);

    auto *general = new QFormLayout;
    general->addRow(tr("Name:"), m_name);
    general->addRow(tr("Refresh every:"), m_refresh);
    general->addRow(QString(), m_production);

    auto *backendBox = new QGroupBox(tr("Backend"), this);
    auto *backend = new QFormLayout(backendBox);
    backend->addRow(tr("Instances:"), m_urls);
    backend->addRow(tr("Authentication:"), m_auth);
    backend->addRow(tr("E-mail:"), m_email);
    backend->addRow(tr("Password:"), m_password);
    backend->addRow(tr("Token:"), m_token);
    auto updateAuth = [this, backend] {
        const auto auth = Profile::Auth(m_auth->currentData().toInt());
        backend->setRowVisible(m_email, auth == Profile::Auth::Login);
        backend->setRowVisible(m_password, auth == Profile::Auth::Login);
        backend->setRowVisible(m_token, auth == Profile::Auth::Token);
    };
    connect(m_auth, &QComboBox::currentIndexChanged, this, updateAuth);
    updateAuth();

    auto *dbBox = new QGroupBox(tr("PostgreSQL (read-only monitoring role)"), this);
    auto *db = new QFormLayout(dbBox);
    db->addRow(tr("Host:"), m_pgHost);
    db->addRow(tr("Port:"), m_pgPort);
    db->addRow(tr("Database:"), m_pgDatabase);
    db->addRow(tr("User:"), m_pgUser);
    db->addRow(tr("Password:"), m_pgPassword);
    db->addRow(tr("TLS (sslmode):"), m_sslMode);
    db->addRow(QString(), m_sslHelp);
    db->addRow(tr("Maintenance role:"), m_pgMaintenanceUser);
    db->addRow(tr("Its password:"), m_pgMaintenancePassword);
    db->addRow(QString(), m_maintenanceWithoutTls);
    db->addRow(tr("pgbouncer host:"), m_pgbouncerHost);
    db->addRow(tr("pgbouncer port:"), m_pgbouncerPort);

    QGroupBox *thresholdBox = buildThresholdBox();
    QGroupBox *prometheusBox = buildPrometheusBox(profile, secrets);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(general);
    left->addWidget(backendBox);
    left->addWidget(dbBox);
    columns->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(thresholdBox);
    right->addWidget(prometheusBox);
    right->addStretch();
    columns->addLayout(right, 2);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_test->setObjectName(QStringLiteral("testButton"));
    connect(m_test, &QPushButton::clicked, this, [this] { runTest(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_test);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_result);
    layout->addLayout(bottom);
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    for (const QString &line : m_urls->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QUrl url = QUrl::fromUserInput(line.trimmed());
        if (url.isValid() && !line.trimmed().isEmpty())
            p.backendUrls.append(url);
    }
    p.auth = Profile::Auth(m_auth->currentData().toInt());
    p.email = m_email->text().trimmed();
    p.pgHost = m_pgHost->text().trimmed();
    p.pgPort = m_pgPort->value();
    p.pgDatabase = m_pgDatabase->text().trimmed();
    p.pgUser = m_pgUser->text().trimmed();
    p.pgSslMode = m_sslMode->currentText();
    p.pgMaintenanceUser = m_pgMaintenanceUser->text().trimmed();
    p.pgMaintenanceWithoutTls = m_maintenanceWithoutTls->isChecked();
    p.pgbouncerHost = m_pgbouncerHost->text().trimmed();
    p.pgbouncerPort = m_pgbouncerPort->value();
    p.prometheusUrl = QUrl::fromUserInput(m_prometheusUrl->text().trimmed());
    p.prometheusUser = m_prometheusUser->text().trimmed();
    p.prometheusJob =
        m_prometheusJob->text().trimmed().isEmpty() ? QStringLiteral("eventsd") : m_prometheusJob->text().trimmed();
    p.alertmanagerUrl = QUrl::fromUserInput(m_alertmanagerUrl->text().trimmed());
    p.refreshMs = m_refresh->value();
    p.production = m_production->isChecked();
    p.thresholds.apiP95Ms = m_p95->value();
    p.thresholds.dbQueryMs = m_dbQuery->value();
    p.thresholds.poolWaiting = m_poolWaiting->value();
    p.thresholds.heapPercent = m_heap->value();
    p.thresholds.cacheHitPercent = m_cacheHit->value();
    p.thresholds.errorRatePercent = m_errorRate->value();
    p.thresholds.queueWaiting = m_queueWaiting->value();
    p.thresholds.queueDead = m_queueDead->value();
    p.thresholds.holdSeconds = m_hold->value();
    p.thresholds.sessionLongSeconds = m_sessionLong->value();
    p.thresholds.idleInTransactionSeconds = m_idleInTransaction->value();
    return p;
}

void ProfileDialog::setUpTls(const Profile &profile)
{
    for (const QString &mode : sslModes()) {
        m_sslMode->addItem(mode);
        m_sslMode->setItemData(m_sslMode->count() - 1, describeSslMode(mode), Qt::ToolTipRole);
    }
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    // A new profile follows the host: verify-full for a remote database, until the user picks a mode.
    const bool isNew = profile.name.isEmpty();
    m_sslMode->setCurrentText(isNew ? defaultSslMode(profile.pgHost) : profile.pgSslMode);
    m_sslHelp->setObjectName(QStringLiteral("sslHelp"));
    m_sslHelp->setTextFormat(Qt::PlainText);
    m_sslHelp->setWordWrap(true);
    m_maintenanceWithoutTls->setChecked(profile.pgMaintenanceWithoutTls);
    m_maintenanceWithoutTls->setToolTip(
        tr("Off: the maintenance role connects with sslmode at least \"require\", so its password is never sent "
           "in clear to another machine."));
    connect(m_sslMode, &QComboBox::activated, this, [this] { m_sslModeChosen = true; });
    connect(m_sslMode, &QComboBox::currentTextChanged, this, &ProfileDialog::updateSslHelp);
    connect(m_pgHost, &QLineEdit::textChanged, this, [this, isNew](const QString &host) {
        if (isNew && !m_sslModeChosen)
            m_sslMode->setCurrentText(defaultSslMode(host));
        updateSslHelp();
    });
    updateSslHelp();
}

void ProfileDialog::updateSslHelp()
{
    const QString mode = m_sslMode->currentText();
    QString help = describeSslMode(mode);
    if (!isLocalDatabaseHost(m_pgHost->text()) && sslModeMayBePlaintext(mode))
        help += u' ' + tr("This host is not on this machine: choose verify-full.");
    m_sslHelp->setText(help);
}

QGroupBox *ProfileDialog::buildPrometheusBox(const Profile &profile, const Secrets &secrets)
{
    auto *box = new QGroupBox(tr("Prometheus and Alertmanager (optional)"), this);
    box->setObjectName(QStringLiteral("prometheusBox"));
    m_prometheusUrl = new QLineEdit(profile.prometheusUrl.toString(), box);
    m_prometheusUrl->setObjectName(QStringLiteral("prometheusUrl"));
    m_prometheusUrl->setPlaceholderText(QStringLiteral("https://prometheus.example.com"));
    m_prometheusUrl->setToolTip(tr("History before the window opened, ranges up to 30 days and the fleet come from "
                                   "here. Any server with Prometheus's HTTP API v1 (Thanos, Mimir, "
                                   "VictoriaMetrics)."));
    m_prometheusUser = new QLineEdit(profile.prometheusUser, box);
    m_prometheusUser->setPlaceholderText(tr("empty: the secret is a bearer token"));
    m_prometheusSecret = new QLineEdit(secrets.prometheusSecret, box);
    m_prometheusSecret->setEchoMode(QLineEdit::Password);
    m_prometheusSecret->setToolTip(tr("A bearer token, or basic auth's password when a user is set; kept in the "
                                      "system keychain."));
    m_prometheusJob = new QLineEdit(profile.prometheusJob, box);
    m_prometheusJob->setToolTip(tr("The scrape job of the backend's instances in that Prometheus."));
    m_alertmanagerUrl = new QLineEdit(profile.alertmanagerUrl.toString(), box);
    m_alertmanagerUrl->setObjectName(QStringLiteral("alertmanagerUrl"));
    m_alertmanagerUrl->setPlaceholderText(QStringLiteral("https://alertmanager.example.com"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Prometheus URL:"), m_prometheusUrl);
    form->addRow(tr("User:"), m_prometheusUser);
    form->addRow(tr("Token or password:"), m_prometheusSecret);
    form->addRow(tr("Backend's job:"), m_prometheusJob);
    form->addRow(tr("Alertmanager URL:"), m_alertmanagerUrl);
    return box;
}

Secrets ProfileDialog::secrets() const
{
    Secrets s;
    s.password = m_password->text();
    s.token = m_token->text().trimmed().toUtf8();
    s.pgPassword = m_pgPassword->text();
    s.pgMaintenancePassword = m_pgMaintenancePassword->text();
    s.prometheusSecret = m_prometheusSecret->text();
    return s;
}

void ProfileDialog::accept()
{
    const Profile p = profile();
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Give the profile a name.");
    else if (p.name != m_originalName && m_existing.contains(p.name))
        problem = tr("A profile named %1 exists already.").arg(p.name);
    else if (!p.hasBackend() && !p.hasDatabase())
        problem = tr("Give at least a backend URL or a database.");
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    QDialog::accept();
}

QCoro::Task<> ProfileDialog::runTest()
{
    if (!m_tester)
        co_return;
    QPointer<ProfileDialog> self(this);
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    QCoro::Task<QStringList> testing = m_tester(profile(), secrets());
    const QStringList lines = co_await testing;
    if (!self)
        co_return;
    m_test->setEnabled(true);
    QStringList html;
    for (const QString &line : lines) {
        const bool ok = line.startsWith(u'✔');
        html.append(QStringLiteral("<span style='color:%1'>%2</span>")
                        .arg(ok ? QStringLiteral("#2ea05a") : QStringLiteral("#e04f4f"), line.toHtmlEscaped()));
    }
    m_result->setText(html.join(QStringLiteral("<br>")));
}

QGroupBox *ProfileDialog::buildThresholdBox()
{
    auto *thresholdBox = new QGroupBox(tr("Alert thresholds"), this);
    auto *thresholds = new QFormLayout(thresholdBox);
    thresholds->addRow(tr("API p95 above:"), m_p95);
    thresholds->addRow(tr("DB query time above:"), m_dbQuery);
    thresholds->addRow(tr("Pool waiting above:"), m_poolWaiting);
    thresholds->addRow(tr("Heap usage above:"), m_heap);
    thresholds->addRow(tr("Cache hit rate below:"), m_cacheHit);
    thresholds->addRow(tr("Error rate above:"), m_errorRate);
    thresholds->addRow(tr("Jobs waiting above:"), m_queueWaiting);
    thresholds->addRow(tr("Dead jobs above:"), m_queueDead);
    thresholds->addRow(tr("For at least:"), m_hold);
    thresholds->addRow(tr("Session running longer than:"), m_sessionLong);
    thresholds->addRow(tr("Idle in transaction longer than:"), m_idleInTransaction);
    return thresholdBox;
}

} // namespace opsdash
