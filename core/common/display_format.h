// SPDX-License-Identifier: GPL-3.0-or-later
// How numbers read to people, shared by the GUI, the CLI and reports. Unknown is "—".
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace tierscope::core::format {

QString unknown(); // "—"

QString count(std::optional<qint64> n, const QLocale &locale = QLocale());       // 48,700
QString compactCount(std::optional<double> n, const QLocale &locale = QLocale()); // 48.7k, 1.2M
QString percent(std::optional<double> fraction, int decimals = 1,
                const QLocale &locale = QLocale());                                // 6.9%
QString percentagePoints(std::optional<double> fractionDelta, int decimals = 1,
                         const QLocale &locale = QLocale());                       // +0.4 pt
QString decimal(std::optional<double> v, int decimals, const QLocale &locale = QLocale());

} // namespace tierscope::core::format
