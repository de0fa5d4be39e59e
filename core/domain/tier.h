// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tierscope::core {

// Emerging (< nano threshold) is shown, never hidden; it is not one of the four named tiers.
enum class Tier { Emerging, Nano, Micro, Macro, Mega };

QList<Tier> allTiers();            // Emerging … Mega
QString tierKey(Tier t);           // "emerging", "nano", …
QString tierDisplayName(Tier t);   // "Emerging", "Nano", …
std::optional<Tier> tierFromString(const QString &text);

} // namespace tierscope::core
