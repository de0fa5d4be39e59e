// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/list_report_data.h"

#include "core/analytics/er_percentile.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/shortlist_repository.h"
#include "ui/report/report_chart.h"

#include <QCoreApplication>

namespace tierscope::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListReportData)
};

std::optional<core::TierChartData> chartFor(QSqlDatabase db, const core::TierScheme &scheme,
                                            const QString &currency, const QList<qint64> &ids)
{
    core::TierChartOptions options;
    options.feeCurrency = currency;
    options.maxPoints = kReportChartPoints;
    options.highlightedIds = ids;
    auto chart = core::buildTierChartData(db, scheme, core::CreatorFilter(), options);
    if (!chart)
        return std::nullopt;
    return std::move(chart).value();
}

} // namespace

core::Result<ShortlistReportData> loadShortlistReportData(QSqlDatabase db, qint64 shortlistId)
{
    const core::ShortlistRepository lists(db);
    const auto list = lists.get(shortlistId);
    if (!list)
        return list.error();
    const auto entries = lists.entries(shortlistId);
    if (!entries)
        return entries.error();
    const core::SettingsRepository settings(db);
    const auto scheme = settings.tierScheme();
    if (!scheme)
        return scheme.error();
    QList<qint64> ids;
    for (const core::ShortlistEntry &e : *entries)
        ids << e.creatorId;
    const auto creators = core::CreatorRepository(db).getMany(ids);
    if (!creators)
        return creators.error();
    ShortlistReportData data;
    data.shortlist = *list;
    data.entries = *entries;
    for (const core::Creator &c : *creators)
        data.creators.insert(c.id, c);
    data.scheme = *scheme;
    const auto currency = settings.defaultCurrency();
    data.currency = currency ? *currency : QStringLiteral("USD");
    data.chart = chartFor(db, data.scheme, data.currency, ids);
    return data;
}

core::Result<ComparisonReportData> loadComparisonReportData(QSqlDatabase db,
                                                            const QList<qint64> &creatorIds)
{
    const core::SettingsRepository settings(db);
    const auto scheme = settings.tierScheme();
    if (!scheme)
        return scheme.error();
    const auto creators = core::CreatorRepository(db).getMany(creatorIds);
    if (!creators)
        return creators.error();
    if (creators->size() != creatorIds.size()) {
        QStringList missing;
        for (qint64 id : creatorIds) {
            if (std::none_of(creators->cbegin(), creators->cend(),
                             [id](const core::Creator &c) { return c.id == id; }))
                missing << QString::number(id);
        }
        return core::Error{core::Error::Code::NotFound,
                           Text::tr("no creator with the id %1 in this workspace.")
                               .arg(missing.join(QStringLiteral(", ")))};
    }
    ComparisonReportData data;
    data.creators = *creators;
    data.context.scheme = *scheme;
    for (core::Platform p : core::allPlatforms()) {
        if (const auto rate = settings.defaultViewRate(p))
            data.context.defaultViewRates.insert(p, *rate);
    }
    if (const auto percentiles = core::erPercentilesInTier(db, *scheme, data.creators)) {
        for (int i = 0; i < data.creators.size(); ++i) {
            if (const auto p = percentiles->value(i))
                data.context.erPercentiles.insert(data.creators[i].id, *p);
        }
    }
    const auto currency = settings.defaultCurrency();
    data.chart = chartFor(db, *scheme, currency ? *currency : QStringLiteral("USD"), creatorIds);
    return data;
}

} // namespace tierscope::ui
