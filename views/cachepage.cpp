#include "cachepage.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdash {

CachePage::CachePage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Cache, std::move(context), parent)
    , m_levels(new QLabel(this))
    , m_pattern(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_invalidate(new QPushButton(this))
{
    QVBoxLayout *layout = scrolledLayout(this);
    auto *box = new QGroupBox(tr("Invalidate cache"), this);
    auto *row = new QHBoxLayout(box);
    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_pattern->setPlaceholderText(tr("key pattern, e.g. events:*"));
    m_pattern->setText(QStringLiteral("*"));
    m_scope->setObjectName(QStringLiteral("scopeBox"));
    m_scope->addItem(tr("this instance"), false);
    m_scope->addItem(tr("all instances"), true);
    m_invalidate->setObjectName(QStringLiteral("invalidateButton"));
    row->addWidget(new QLabel(tr("Pattern:"), box));
    row->addWidget(m_pattern, 1);
    row->addWidget(new QLabel(tr("Scope:"), box));
    row->addWidget(m_scope);
    row->addWidget(m_invalidate);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CachePage::updateInvalidateButton);
    connect(m_pattern, &QLineEdit::textChanged, this, &CachePage::updateInvalidateButton);
    connect(m_invalidate, &QPushButton::clicked, this, [this] {
        ActionRequest r;
        r.kind = ActionRequest::Kind::InvalidateCache;
        r.instance = this->context().instances.value(0);
        r.pattern = m_pattern->text().trimmed();
        r.allInstances = m_scope->currentData().toBool();
        Q_EMIT actionRequested(r);
    });
    updateInvalidateButton();
    layout->addWidget(box);
    m_levels->setTextFormat(Qt::RichText);
    layout->addWidget(m_levels);
    auto *charts = new QHBoxLayout;
    m_hitRate = addChart(tr("Cache hit rate"), ChartWidget::Unit::Percent, {{Metric::CacheHitRate, tr("hit rate")}});
    charts->addWidget(m_hitRate);
    charts->addWidget(
        addChart(tr("Hits and misses"), ChartWidget::Unit::PerSecond,
                 {{Metric::CacheHitsPerSecond, tr("hits/s")}, {Metric::CacheMissesPerSecond, tr("misses/s")}}));
    layout->addLayout(charts);
    layout->addStretch();
}

void CachePage::updateInvalidateButton()
{
    const bool all = m_scope->currentData().toBool();
    m_invalidate->setText(all ? tr("Invalidate on all instances…") : tr("Invalidate on this instance…"));
    m_invalidate->setEnabled(!context().instances.isEmpty() && !m_pattern->text().trimmed().isEmpty());
}

void CachePage::refresh()
{
    m_hitRate->setThreshold(dashboard()->thresholds().cacheHitPercent, tr("alert threshold"));
    DashboardPage::refresh();
    const QString missing = missingBackendText(BackendExtension::CacheStats);
    for (ChartWidget *c : charts())
        c->setEmptyText(missing);
    const auto cache = dashboard()->cache();
    if (!cache) {
        m_levels->setText(missing.toHtmlEscaped());
        return;
    }
    auto level = [](const QString &name, const std::optional<CacheLevelStats> &l) {
        if (!l)
            return QString();
        const qint64 lookups = l->hits + l->misses;
        return tr("<tr><td><b>%1</b></td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
                  "<td align=right>%5</td><td align=right>%6</td></tr>")
            .arg(name, QLocale().toString(l->keys), format::bytes(l->bytes), QLocale().toString(l->hits),
                 QLocale().toString(l->misses),
                 lookups > 0 ? format::percent(double(l->hits) / double(lookups)) : QStringLiteral("—"));
    };
    m_levels->setText(tr("<table cellspacing=8><tr><th></th><th>keys</th><th>bytes</th><th>hits</th><th>misses</th>"
                         "<th>hit rate</th></tr>") +
                      level(tr("L1 (memory)"), cache->l1) + level(tr("L2 (Redis)"), cache->l2) +
                      tr("<tr><td><b>All</b></td><td align=right>%1</td><td align=right>%2</td>"
                         "<td align=right>%3</td><td align=right>%4</td><td align=right>%5</td></tr></table>")
                          .arg(QLocale().toString(cache->totalKeys), format::bytes(cache->memoryUsage),
                               QLocale().toString(cache->hits), QLocale().toString(cache->misses),
                               format::percent(cache->hitRate)));
}

} // namespace opsdash
