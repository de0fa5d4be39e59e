// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/display_format.h"

#include <cmath>

namespace tierscope::core::format {

QString unknown()
{
    return QStringLiteral("—");
}

QString count(std::optional<qint64> n, const QLocale &locale)
{
    return n ? locale.toString(*n) : unknown();
}

QString compactCount(std::optional<double> n, const QLocale &locale)
{
    if (!n || !std::isfinite(*n))
        return unknown();
    const double a = std::fabs(*n);
    const auto scaled = [&](double div, QChar suffix) -> QString {
        const double v = *n / div;
        return locale.toString(v, 'f', std::fabs(v) < 10 ? 1 : (std::fabs(v) < 100 ? 1 : 0)) + suffix;
    };
    if (a >= 1e9)
        return scaled(1e9, u'B');
    if (a >= 1e6)
        return scaled(1e6, u'M');
    if (a >= 1e3)
        return scaled(1e3, u'k');
    return locale.toString(qint64(std::llround(*n)));
}

QString percent(std::optional<double> fraction, int decimals, const QLocale &locale)
{
    if (!fraction || !std::isfinite(*fraction))
        return unknown();
    return locale.toString(*fraction * 100.0, 'f', decimals) + locale.percent();
}

QString percentagePoints(std::optional<double> delta, int decimals, const QLocale &locale)
{
    if (!delta || !std::isfinite(*delta))
        return unknown();
    const double pts = *delta * 100.0;
    const QString sign = pts > 0 ? QStringLiteral("+") : (pts < 0 ? QStringLiteral("−") : QString());
    return sign + locale.toString(std::fabs(pts), 'f', decimals) + QStringLiteral(" pt");
}

QString decimal(std::optional<double> v, int decimals, const QLocale &locale)
{
    if (!v || !std::isfinite(*v))
        return unknown();
    return locale.toString(*v, 'f', decimals);
}

} // namespace tierscope::core::format
