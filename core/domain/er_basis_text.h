// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/domain/engagement.h"
#include "core/domain/platform.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace tierscope::core {

// How the app, the CLI and the reports say which ER basis a figure is on (docs/ENGAGEMENT.md),
// in one place so every surface words it alike.
class ErBasisText
{
    Q_DECLARE_TR_FUNCTIONS(ErBasisText)

public:
    static QString basis(ErBasis b); // "by followers", "by views"
    // "ER by views", "ER by followers", "reported by the source", or "" when the ER is unknown.
    static QString of(const Creator &c);
    // "Instagram by followers; TikTok, YouTube by views" for the platforms given (every
    // platform when empty), platforms of one basis grouped in the platforms' order.
    static QString summary(const ErBases &bases, const QList<Platform> &platforms = {});
    // The data-quality note on a flagged creator (QualityFlag::EngagementAboveFollowers), or ""
    // when it has no flag.
    static QString flagNote(const Creator &c);
    // The formula of the creator's ER with its own figures, e.g. "(likes + comments + shares) /
    // avg views = 1,200 / 20,000 = 6.00 %"; "" unless the ER is computed.
    static QString formula(const Creator &c, const QLocale &locale = QLocale());
};

} // namespace tierscope::core
