#include "memorypage.h"

#include "format.h"
#include "tablepanel.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdash {

MemoryPage::MemoryPage(PageContext context, QWidget *parent)
    : DashboardPage(PageId::Memory, std::move(context), parent)
    , m_usage(new QLabel(this))
{
    QVBoxLayout *layout = scrolledLayout(this);
    auto *top = new QHBoxLayout;
    m_usage->setTextFormat(Qt::RichText);
    top->addWidget(m_usage, 1);
    auto *gc = new QPushButton(tr("Force GC…"), this);
    gc->setObjectName(QStringLiteral("gcButton"));
    auto *threshold = new QPushButton(tr("Set threshold…"), this);
    threshold->setObjectName(QStringLiteral("thresholdButton"));
    for (QPushButton *b : {gc, threshold}) {
        b->setEnabled(!this->context().instances.isEmpty());
        top->addWidget(b);
    }
    connect(gc, &QPushButton::clicked, this, [this] {
        ActionRequest r;
        r.kind = ActionRequest::Kind::ForceGc;
        r.instance = this->context().instances.value(0);
        Q_EMIT actionRequested(r);
    });
    connect(threshold, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const double current = dashboard()->memory() && dashboard()->memory()->threshold
            ? *dashboard()->memory()->threshold * 100.0
            : dashboard()->thresholds().heapPercent;
        const double value =
            QInputDialog::getDouble(this, tr("Memory threshold"),
                                    tr("Heap usage (percent) above which the backend acts:"), current, 1, 100, 0, &ok);
        if (!ok)
            return;
        ActionRequest r;
        r.kind = ActionRequest::Kind::SetMemoryThreshold;
        r.instance = this->context().instances.value(0);
        r.threshold = value / 100.0;
        Q_EMIT actionRequested(r);
    });
    layout->addLayout(top);
    ChartWidget *bytes = addChart(tr("Memory"), ChartWidget::Unit::Bytes,
                                  {{Metric::Rss, tr("RSS")},
                                   {Metric::HeapUsed, tr("heap used")},
                                   {Metric::HeapTotal, tr("heap total")},
                                   {Metric::MemoryThresholdBytes, tr("threshold"), true}});
    bytes->setMinimumHeight(300);
    layout->addWidget(bytes);
    m_percent = addChart(tr("Heap usage"), ChartWidget::Unit::Percent, {{Metric::HeapUsagePercent, tr("usage")}});
    layout->addWidget(m_percent);
    layout->addStretch();
}

void MemoryPage::refresh()
{
    m_percent->setThreshold(dashboard()->thresholds().heapPercent, tr("alert threshold"));
    DashboardPage::refresh();
    if (const auto m = dashboard()->memory()) {
        m_usage->setText(
            tr("<b>Heap usage %1</b> · heap %2 of %3 · RSS %4%5")
                .arg(format::percent(m->usagePercent / 100.0), format::bytes(m->heapUsed), format::bytes(m->heapTotal),
                     format::bytes(m->rss),
                     m->threshold ? tr(" · backend threshold %1").arg(format::percent(*m->threshold, 0)) : QString()));
    } else {
        m_usage->setText(missingBackendText().toHtmlEscaped());
    }
    const QString missing = missingBackendText();
    for (ChartWidget *c : charts())
        c->setEmptyText(missing);
}

} // namespace opsdash
