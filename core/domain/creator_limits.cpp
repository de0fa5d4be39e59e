// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/creator_limits.h"

#include "core/domain/creator.h"
#include "core/domain/metric_limits.h"

#include <QCoreApplication>
#include <QLocale>

namespace tierscope::core {

namespace {

QString tooMany(const char *what, qint64 max)
{
    return QCoreApplication::translate("CreatorLimits", "%1 cannot be more than %2.")
        .arg(QCoreApplication::translate("CreatorLimits", what), QLocale().toString(max));
}

} // namespace

QString creatorLimitProblem(const Creator &c)
{
    if (c.followers && *c.followers > limits::kMaxFollowers)
        return tooMany(QT_TRANSLATE_NOOP("CreatorLimits", "Followers"), limits::kMaxFollowers);
    // Averages are doubles; a value past the bound (or not a number at all) is refused alike.
    struct Average
    {
        std::optional<double> value;
        const char *what;
        qint64 max;
    };
    const Average averages[] = {
        {c.avgViews, QT_TRANSLATE_NOOP("CreatorLimits", "Average views"), limits::kMaxViews},
        {c.avgLikes, QT_TRANSLATE_NOOP("CreatorLimits", "Average likes"),
         limits::kMaxInteractions},
        {c.avgComments, QT_TRANSLATE_NOOP("CreatorLimits", "Average comments"),
         limits::kMaxInteractions},
        {c.avgShares, QT_TRANSLATE_NOOP("CreatorLimits", "Average shares"),
         limits::kMaxInteractions}};
    for (const Average &a : averages) {
        if (a.value && !(*a.value <= double(a.max)))
            return tooMany(a.what, a.max);
    }
    if (c.fee && c.fee->minor() > limits::kMaxMoneyMinor)
        return QCoreApplication::translate("CreatorLimits", "The fee is too large.");
    if (c.notes.size() > limits::kMaxTextChars || c.displayName.size() > limits::kMaxTextChars)
        return QCoreApplication::translate("CreatorLimits",
                                           "Notes and names can be at most %1 characters.")
            .arg(QLocale().toString(limits::kMaxTextChars));
    return {};
}

} // namespace tierscope::core
