// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/analytics/tier_statistics.h"
#include "core/common/display_format.h"
#include "core/domain/er_basis_text.h"
#include "core/domain/money.h"
#include "core/storage/settings_repository.h"

namespace tierscope::app {

using namespace tierscope::core;

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Per tier: count, median and quartile ER, median fee."));
    addWorkspaceOption(parser);
    addFilterOptions(parser);
    if (!parseVerbArguments(parser, QStringLiteral("stats"), args))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const auto filter = filterFromOptions(parser);
    if (!filter)
        return ExitUsage;
    auto ws = openWorkspace(parser, Workspace::Mode::ReadOnly);
    if (!ws)
        return ExitFailure;
    const SettingsRepository settings(ws->database());
    const auto scheme = settings.tierScheme();
    const auto currency = settings.defaultCurrency();
    if (!scheme || !currency) {
        printErr(QStringLiteral("tierscope stats: %1")
                     .arg(scheme ? currency.error().message : scheme.error().message));
        return ExitFailure;
    }
    const auto stats = computeTierStatistics(ws->database(), *scheme, *filter, *currency);
    if (!stats) {
        printErr(QStringLiteral("tierscope stats: %1").arg(stats.error().message));
        return ExitFailure;
    }
    const QLocale locale;
    const auto money = [&](std::optional<double> minor) {
        return minor ? Money(qint64(std::llround(*minor)), *currency).format(locale)
                     : format::unknown();
    };
    QList<QStringList> rows;
    for (const TierSummary &t : stats->tiers) {
        // By followers, and by views where the tier's ERs are ("7.0% · 5.5% views").
        QStringList bench;
        if (t.benchmark)
            bench << format::percent(t.benchmark->engagementRate, 1, locale);
        if (t.viewsBenchmark)
            bench << format::percent(t.viewsBenchmark->engagementRate, 1, locale)
                         + QStringLiteral(" views");
        rows << QStringList{tierDisplayName(t.tier),
                            format::count(t.count, locale),
                            format::percent(t.medianEr, 2, locale),
                            t.lowerQuartileEr ? format::percent(t.lowerQuartileEr, 2, locale)
                                                    + QStringLiteral(" – ")
                                                    + format::percent(t.upperQuartileEr, 2, locale)
                                              : format::unknown(),
                            bench.isEmpty() ? format::unknown()
                                            : bench.join(QStringLiteral(" · ")),
                            money(t.medianFeeMinor),
                            money(t.medianCpeMinor)};
    }
    printOut(formatTable({QStringLiteral("tier"), QStringLiteral("creators"),
                          QStringLiteral("median ER"), QStringLiteral("ER IQR"),
                          QStringLiteral("benchmark"), QStringLiteral("median fee"),
                          QStringLiteral("median CPE")},
                         rows, {1, 2, 3, 4, 5, 6}));
    const auto bases = settings.erBases();
    printOut(QStringLiteral("%1 creators matched; %2 with unknown followers have no tier. Fees "
                            "and CPE: %3 fees only. ER %4; each set against the benchmark of "
                            "its basis.\n")
                 .arg(locale.toString(stats->total), locale.toString(stats->unknownFollowers),
                      *currency,
                      ErBasisText::summary(bases ? *bases : ErBases{}, filter->platforms)));
    return ExitOk;
}

} // namespace tierscope::app
