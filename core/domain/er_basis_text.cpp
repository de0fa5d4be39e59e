// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/er_basis_text.h"

#include "core/common/display_format.h"

#include <QStringList>

namespace tierscope::core {

QString ErBasisText::basis(ErBasis b)
{
    return b == ErBasis::Views ? tr("by views") : tr("by followers");
}

QString ErBasisText::of(const Creator &c)
{
    if (!c.engagementRate)
        return {};
    if (c.erSource == ErSource::Reported)
        return tr("reported by the source");
    return c.erBasis == ErBasis::Views ? tr("ER by views") : tr("ER by followers");
}

QString ErBasisText::summary(const ErBases &bases, const QList<Platform> &platforms)
{
    const QList<Platform> shown = platforms.isEmpty() ? allPlatforms() : platforms;
    QStringList parts;
    for (ErBasis b : {ErBasis::Followers, ErBasis::Views}) {
        QStringList names;
        for (Platform p : allPlatforms()) {
            if (shown.contains(p) && bases.of(p) == b)
                names << platformDisplayName(p);
        }
        if (!names.isEmpty())
            parts << tr("%1 %2").arg(names.join(QStringLiteral(", ")), basis(b));
    }
    return parts.join(QStringLiteral("; "));
}

QString ErBasisText::flagNote(const Creator &c)
{
    if (!hasFlag(c.qualityFlags, QualityFlag::EngagementAboveFollowers))
        return {};
    if (c.erSource == ErSource::Reported)
        return tr("Engagement above followers: ER by followers is not meaningful here; the rate "
                  "reported by the source is kept.");
    if (c.erBasis == ErBasis::Views)
        return tr("Engagement above followers: ER by followers is not meaningful here; ER by "
                  "views is used.");
    return tr("Engagement above followers: ER by followers is above 100 % and not meaningful "
              "here; with avg views known, ER by views would be used.");
}

QString ErBasisText::formula(const Creator &c, const QLocale &locale)
{
    if (c.erSource != ErSource::Computed || !c.engagementRate)
        return {};
    const QString interactions = format::decimal(c.interactions().total(), 0, locale);
    if (c.erBasis == ErBasis::Views)
        return tr("(likes + comments + shares) / avg views = %1 / %2 = %3")
            .arg(interactions, format::decimal(c.avgViews, 0, locale),
                 format::percent(c.engagementRate, 2, locale));
    return tr("(likes + comments + shares) / followers = %1 / %2 = %3")
        .arg(interactions, format::count(c.followers, locale),
             format::percent(c.engagementRate, 2, locale));
}

} // namespace tierscope::core
