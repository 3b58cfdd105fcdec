#include "annotations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::Annotations)
};

} // namespace

QList<Annotation> instanceAnnotations(const QList<prom::Series> &startTimes, const QList<prom::Series> &buildInfo,
                                      qint64 fromMs, qint64 toMs)
{
    QList<Annotation> out;
    for (const prom::Series &s : startTimes) {
        const QString instance = s.labels.value(QStringLiteral("instance"));
        QSet<qint64> seen;
        for (const prom::Point &p : s.points) {
            if (!std::isfinite(p.value))
                continue;
            const qint64 started = qint64(std::llround(p.value * 1000));
            if (started < fromMs || started > toMs || seen.contains(started))
                continue;
            seen.insert(started);
            out.append({Annotation::Kind::Restart, started, Text::tr("%1 started").arg(instance)});
        }
    }
    // Per instance, its versions in the order their series begin; each one after the first is a change.
    QHash<QString, QList<std::pair<qint64, QString>>> versions;
    for (const prom::Series &s : buildInfo)
        if (!s.points.isEmpty())
            versions[s.labels.value(QStringLiteral("instance"))].append(
                {s.points.first().timeMs, s.labels.value(QStringLiteral("version"))});
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end());
        for (qsizetype i = 1; i < list.size(); ++i)
            if (list[i].second != list[i - 1].second && list[i].first >= fromMs && list[i].first <= toMs)
                out.append({Annotation::Kind::Version, list[i].first,
                            Text::tr("%1: version %2 → %3").arg(it.key(), list[i - 1].second, list[i].second)});
    }
    std::sort(out.begin(), out.end(), [](const Annotation &a, const Annotation &b) { return a.timeMs < b.timeMs; });
    return out;
}

} // namespace opsdash
