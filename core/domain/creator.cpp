// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/creator.h"

#include <QUrl>

namespace tierscope::core {

void Creator::applyEngagement(std::optional<double> reportedRate, const ErBases &bases)
{
    const EffectiveEr er = effectiveEngagementRate(reportedRate, followers, avgViews,
                                                   interactions(), bases.of(platform));
    engagementRate = er.rate;
    erSource = er.source;
    erBasis = er.basis;
    qualityFlags = (qualityFlags & ~quint32(QualityFlag::EngagementAboveFollowers)) | er.flags;
}

std::optional<double> Creator::engagementBase() const
{
    if (erBasis == ErBasis::Views)
        return avgViews;
    if (followers)
        return double(*followers);
    return std::nullopt;
}

QString Creator::normaliseHandle(const QString &raw)
{
    QString h = raw.trimmed();
    if (h.contains(u"://") || h.startsWith(u"www.", Qt::CaseInsensitive)
        || platformFromUrl(h).has_value()) {
        QString text = h.contains(u"://") ? h : QStringLiteral("https://") + h;
        const QUrl url(text);
        const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        // youtube.com/channel/ID, youtube.com/c/name, youtube.com/user/name, …/@name
        QString last;
        for (const QString &p : parts) {
            if (p == u"channel" || p == u"c" || p == u"user")
                continue;
            last = p;
            break;
        }
        h = last;
    }
    while (h.startsWith(u'@'))
        h.remove(0, 1);
    return h.trimmed().toLower();
}

} // namespace tierscope::core
