// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement-against-reach chart data (statistics + stratified sample) over a workspace
// (DESIGN.md §7: ≤ 300 ms at 1,000,000 creators):
//   bench_tier_chart [--creators N] [--runs N] [--max-points N] [WORKSPACE]
// WORKSPACE is created with N demo creators (default 1,000,000) when it does not exist; without
// it, a file in the temporary folder is used (and kept for the next run). Prints the median of
// the runs (wall and CPU time of this process) and PASS/FAIL for the unfiltered chart, then
// figures for a few filtered charts and for the Compare view's percentiles.
#include "core/analytics/er_percentile.h"
#include "core/analytics/tier_chart_data.h"
#include "core/demo/demo_workspace.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace tierscope::core;

namespace {

constexpr double kBarMs = 300.0;

struct Figure
{
    double wallMs = 0;
    double cpuMs = 0;
};

Figure median(int runs, const std::function<void()> &work)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        work();
        wall << double(t.nsecsElapsed()) / 1e6;
        cpu << double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void report(const char *what, const Figure &f, bool withBar)
{
    std::printf("%-52s %8.1f ms wall %8.1f ms CPU", what, f.wallMs, f.cpuMs);
    if (withBar)
        std::printf("  %s (bar %.0f ms)", f.wallMs <= kBarMs ? "PASS" : "FAIL", kBarMs);
    std::printf("\n");
    std::fflush(stdout);
}

Status createDemo(const QString &path, qint64 creators)
{
    std::printf("creating %s with %lld demo creators …\n", qPrintable(path),
                static_cast<long long>(creators));
    std::fflush(stdout);
    auto ws = Workspace::open(path);
    if (!ws)
        return ws.error();
    DemoOptions options;
    options.creators = creators;
    options.withProjects = false;
    QElapsedTimer t;
    t.start();
    const Status s = writeDemoWorkspace(**ws, options);
    if (!s)
        std::printf("created in %.1f s\n", double(t.elapsed()) / 1000.0);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times building the tier chart data."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("creators"), QStringLiteral("Demo creators when creating."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs (median)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("max-points"), QStringLiteral("Bound on plotted points."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("Workspace file."));
    parser.process(app);

    const qint64 creators = parser.value(QStringLiteral("creators")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int maxPoints = parser.value(QStringLiteral("max-points")).toInt();
    const QString path = parser.positionalArguments().value(
        0, QDir::temp().filePath(QStringLiteral("bench_tier_chart_%1.tierscope").arg(creators)));

    if (!QFileInfo::exists(path)) {
        if (const Status s = createDemo(path, creators)) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message));
            return 1;
        }
    }
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const QSqlDatabase db = (*ws)->database();
    const SettingsRepository settings(db);
    const TierScheme scheme = settings.tierScheme().value();
    TierChartOptions options;
    options.feeCurrency = settings.defaultCurrency().value();
    options.maxPoints = maxPoints;
    options.highlightedIds = {1, 2, 3, 4, 5, 6};
    const qint64 total = CreatorRepository(db).totalCount().value();
    std::printf("workspace: %s, %lld creators, median of %d runs after one warm-up\n",
                qPrintable(path), static_cast<long long>(total), runs);

    const auto build = [&](const CreatorFilter &filter) {
        const auto data = buildTierChartData(db, scheme, filter, options);
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
            std::exit(1);
        }
        return data.value();
    };

    const TierChartData first = build({}); // warm-up: the file's pages into the OS cache
    const Figure all = median(runs, [&] { build({}); });
    report("chart data, all creators", all, true);
    std::printf("  %lld points; %s\n", static_cast<long long>(first.points.size()),
                qPrintable(first.samplingNote()));
    for (const TierSummary &t : first.statistics.tiers)
        std::printf("  %-9s %8lld creators, median ER %.4f, IQR %.4f – %.4f\n",
                    qPrintable(tierKey(t.tier)), static_cast<long long>(t.count),
                    t.medianEr.value_or(-1), t.lowerQuartileEr.value_or(-1),
                    t.upperQuartileEr.value_or(-1));

    CreatorFilter tiktok;
    tiktok.platforms = {Platform::TikTok};
    report("chart data, TikTok only", median(runs, [&] { build(tiktok); }), false);
    CreatorFilter micro;
    micro.tiers = {Tier::Micro};
    report("chart data, micro tier only", median(runs, [&] { build(micro); }), false);
    CreatorFilter country;
    country.countries = {QStringLiteral("DE")};
    report("chart data, country DE", median(runs, [&] { build(country); }), false);
    CreatorFilter text;
    text.text = QStringLiteral("anna");
    report("chart data, text search 'anna'", median(runs, [&] { build(text); }), false);

    const auto compared = CreatorRepository(db).getMany({1, 2, 3, 4, 5, 6});
    if (compared) {
        report("ER percentile in tier, 6 compared creators",
               median(runs,
                      [&] {
                          if (!erPercentilesInTier(db, scheme, *compared))
                              std::exit(1);
                      }),
               false);
    }
    return all.wallMs <= kBarMs ? 0 : 1;
}
