// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/campaign_math.h"

#include "core/analytics/checked_arithmetic.h"

#include <cmath>
#include <limits>

namespace tierscope::core {

namespace {

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<double> expectedEngagements(std::optional<qint64> followers,
                                          std::optional<double> engagementRate, int deliverables)
{
    if (!followers || !engagementRate || *followers < 0 || *engagementRate < 0.0
        || deliverables < 1)
        return std::nullopt;
    return finite(double(deliverables) * double(*followers) * *engagementRate);
}

std::optional<double> expectedImpressions(std::optional<qint64> followers,
                                          std::optional<double> avgViews, double defaultViewRate,
                                          int deliverables)
{
    if (deliverables < 1)
        return std::nullopt;
    if (avgViews) {
        if (*avgViews < 0.0)
            return std::nullopt;
        return finite(double(deliverables) * *avgViews);
    }
    if (!followers || *followers < 0 || !(defaultViewRate >= 0.0))
        return std::nullopt;
    return finite(double(deliverables) * double(*followers) * defaultViewRate);
}

std::optional<double> costPerEngagement(std::optional<qint64> feeMinor,
                                        std::optional<double> engagements)
{
    if (!feeMinor || !engagements || !(*engagements > 0.0) || checked::isTooLarge(*feeMinor))
        return std::nullopt;
    return finite(double(*feeMinor) / *engagements);
}

std::optional<double> costPerMille(std::optional<qint64> feeMinor,
                                   std::optional<double> impressions)
{
    if (!feeMinor || !impressions || !(*impressions > 0.0) || checked::isTooLarge(*feeMinor))
        return std::nullopt;
    return finite(double(*feeMinor) / *impressions * 1000.0);
}

std::optional<double> returnOnInvestment(std::optional<qint64> revenueMinor,
                                         std::optional<qint64> costMinor)
{
    if (!revenueMinor || !costMinor || *costMinor <= 0 || checked::isTooLarge(*revenueMinor)
        || checked::isTooLarge(*costMinor))
        return std::nullopt;
    // In doubles: revenue − cost can leave qint64 (a large revenue, a negative one).
    return (double(*revenueMinor) - double(*costMinor)) / double(*costMinor);
}

std::optional<double> returnOnInvestment(const std::optional<Money> &revenue,
                                         const std::optional<Money> &cost)
{
    if (!revenue || !cost || revenue->currency() != cost->currency())
        return std::nullopt;
    return returnOnInvestment(revenue->minor(), cost->minor());
}

std::optional<Money> roundedMoney(std::optional<double> minor, const QString &currency)
{
    if (!minor || !std::isfinite(*minor)
        || std::fabs(*minor) >= double(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return Money(qint64(std::llround(*minor)), currency); // llround: half away from zero
}

} // namespace tierscope::core
