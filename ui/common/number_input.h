// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tierscope::ui {

// Reads numbers as people type them into a field ("50k", "1.2M", "15,000", "6.5%").
// An empty field is valid and means "no value".
struct NumberInput
{
    bool valid = true;
    std::optional<double> value;

    static NumberInput parse(const QString &text);
    // A field labelled in percent: "5" and "5%" are both 0.05.
    static NumberInput parsePercent(const QString &text);
    // How a value is shown back in such a field (no grouping, so it re-parses).
    static QString toText(std::optional<double> value, int maxDecimals = 2);
};

} // namespace tierscope::ui
