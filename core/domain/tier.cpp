// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/tier.h"

namespace tierscope::core {

QList<Tier> allTiers()
{
    return {Tier::Emerging, Tier::Nano, Tier::Micro, Tier::Macro, Tier::Mega};
}

QString tierKey(Tier t)
{
    switch (t) {
    case Tier::Emerging: return QStringLiteral("emerging");
    case Tier::Nano: return QStringLiteral("nano");
    case Tier::Micro: return QStringLiteral("micro");
    case Tier::Macro: return QStringLiteral("macro");
    case Tier::Mega: return QStringLiteral("mega");
    }
    return {};
}

QString tierDisplayName(Tier t)
{
    switch (t) {
    case Tier::Emerging: return QStringLiteral("Emerging");
    case Tier::Nano: return QStringLiteral("Nano");
    case Tier::Micro: return QStringLiteral("Micro");
    case Tier::Macro: return QStringLiteral("Macro");
    case Tier::Mega: return QStringLiteral("Mega");
    }
    return {};
}

std::optional<Tier> tierFromString(const QString &text)
{
    const QString k = text.trimmed().toLower();
    for (Tier t : allTiers()) {
        if (tierKey(t) == k)
            return t;
    }
    return std::nullopt;
}

} // namespace tierscope::core
