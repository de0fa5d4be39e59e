// SPDX-License-Identifier: GPL-3.0-or-later
// Filter + sort, scrolled pages, text search and counts over a workspace (DESIGN.md §7):
//   bench_creator_queries WORKSPACE [RUNS]
// Prints the median milliseconds of each query shape and PASS/FAIL against its bar.
#include "core/storage/creator_repository.h"
#include "core/storage/text_match_cache.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tierscope::core;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char *what, double ms, double bar)
{
    std::printf("%-58s %9.2f ms  %s (bar %.0f ms)\n", what, ms, ms <= bar ? "PASS" : "FAIL", bar);
}

// A figure without a bar: paths the Creators view does not take once its snapshot is there.
void info(const char *what, double ms, const char *note)
{
    std::printf("%-58s %9.2f ms  (%s)\n", what, ms, note);
}

struct Shape
{
    const char *name;
    CreatorFilter filter;
    CreatorSort sort;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_creator_queries WORKSPACE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), Workspace::Mode::ReadOnly);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const TierScheme scheme = SettingsRepository((*ws)->database()).tierScheme().value();
    const CreatorRepository repo((*ws)->database());
    const qint64 total = repo.totalCount().value();
    std::printf("workspace: %s, %lld creators, median of %d runs\n", argv[1],
                static_cast<long long>(total), runs);
    // A first page as after typing a new filter: a new repository (its broadness probe runs
    // again) and no cached full-text matches.
    const auto coldPage = [&](const CreatorFilter &filter, const CreatorSort &sort) {
        TextMatchCache::clear((*ws)->database());
        return CreatorRepository((*ws)->database()).page(filter, scheme, sort, 0, 100);
    };

    QList<Shape> shapes;
    shapes.append({"no filter, by followers desc", {}, {CreatorSortColumn::Followers, true}});
    CreatorFilter f;
    f.tiers = {Tier::Micro};
    f.minEngagementRate = 0.05;
    f.countries = {QStringLiteral("US")};
    shapes.append({"tier micro + ER >= 5% + US, by ER desc", f, {CreatorSortColumn::EngagementRate, true}});
    f = {};
    f.text = QStringLiteral("fitness");
    f.platforms = {Platform::TikTok};
    shapes.append({"text 'fitness' + TikTok, by followers desc", f, {CreatorSortColumn::Followers, true}});
    f = {};
    f.minFeeMinor = 10'000;
    f.maxFeeMinor = 50'000;
    shapes.append({"fee 100-500, by ER desc", f, {CreatorSortColumn::EngagementRate, true}});
    f = {};
    f.tiers = {Tier::Mega};
    f.countries = {QStringLiteral("UA")};
    shapes.append({"tier mega + UA (narrow), by ER desc", f, {CreatorSortColumn::EngagementRate, true}});
    f = {};
    f.languages = {QStringLiteral("de")};
    f.minAuthenticity = 0.8;
    shapes.append({"language de + authenticity >= 0.8, by fee asc", f, {CreatorSortColumn::Fee, false}});
    shapes.append({"no filter, by name asc", {}, {CreatorSortColumn::DisplayName, false}});
    shapes.append({"no filter, by ER vs benchmark desc (computed)", {}, {CreatorSortColumn::ErVsBenchmark, true}});
    shapes.append({"no filter, by ER vs benchmark asc (computed)", {}, {CreatorSortColumn::ErVsBenchmark, false}});
    f = {};
    f.tiers = {Tier::Micro};
    f.countries = {QStringLiteral("US")};
    shapes.append({"tier micro + US, by ER vs benchmark desc", f, {CreatorSortColumn::ErVsBenchmark, true}});
    f = {};
    f.platforms = {Platform::TikTok};
    f.minEngagementRate = 0.03;
    shapes.append({"TikTok + ER >= 3%, by ER vs benchmark desc", f, {CreatorSortColumn::ErVsBenchmark, true}});
    f = {};
    f.minFeeMinor = 10'000;
    f.maxFeeMinor = 50'000;
    shapes.append({"fee 100-500, by ER vs benchmark asc", f, {CreatorSortColumn::ErVsBenchmark, false}});
    f = {};
    f.tiers = {Tier::Mega};
    f.countries = {QStringLiteral("UA")};
    shapes.append({"tier mega + UA (narrow), by ER vs benchmark desc", f, {CreatorSortColumn::ErVsBenchmark, true}});

    for (const Shape &s : shapes) {
        std::printf("\n%s\n", s.name);
        qint64 matches = 0;
        const double countMs = medianMs(runs, [&] { matches = repo.count(s.filter, scheme).value(); });
        std::printf("  %lld matches\n", static_cast<long long>(matches));
        report("  first page (100 rows)", medianMs(runs, [&] { (void)coldPage(s.filter, s.sort); }),
               50);
        info("  count", countMs, "from the worker thread; the first page shows meanwhile");
        const auto first = repo.page(s.filter, scheme, s.sort, 0, 100).value();
        if (!first.keys.isEmpty())
            report("  next page by keyset", medianMs(runs, [&] {
                       (void)repo.pageAfter(s.filter, scheme, s.sort, first.keys.last(), 100);
                   }), 16);
        info("  middle page by offset", medianMs(runs, [&] {
                   (void)repo.page(s.filter, scheme, s.sort, matches / 2, 100);
               }), "only until the snapshot arrives");
        const auto middle = repo.page(s.filter, scheme, s.sort, matches / 2, 100).value();
        if (!middle.keys.isEmpty())
            info("  page after the middle by keyset", medianMs(runs, [&] {
                       (void)repo.pageAfter(s.filter, scheme, s.sort, middle.keys.last(), 100);
                   }), "only until the snapshot arrives");
        QList<qint64> snapshot;
        const double snapMs = medianMs(std::min(runs, 3), [&] {
            snapshot = repo.orderedIds(s.filter, scheme, s.sort).value();
        });
        std::printf("  %-56s %9.2f ms  (built once per filter and sort, off the UI thread)\n",
                    "id snapshot of every match (gives the count)", snapMs);
        if (!snapshot.isEmpty()) {
            const qsizetype mid = snapshot.size() / 2;
            report("  middle page from the snapshot", medianMs(runs, [&] {
                       (void)repo.getMany(snapshot.mid(mid, 100));
                   }), 16);
            report("  last page from the snapshot", medianMs(runs, [&] {
                       (void)repo.getMany(snapshot.mid(std::max<qsizetype>(0, snapshot.size() - 100)));
                   }), 16);
        }
        CreatorSort reversed = s.sort;
        reversed.descending = !reversed.descending;
        info("  last page (reversed order, offset 0)", medianMs(runs, [&] {
                   (void)repo.page(s.filter, scheme, reversed, 0, 100);
               }), "only until the snapshot arrives");
    }
    CreatorFilter text;
    text.text = QStringLiteral("anna");
    std::printf("\n");
    report("text search 'anna', first page by followers", medianMs(runs, [&] {
               (void)coldPage(text, {CreatorSortColumn::Followers, true});
           }), 50);
    text.text = QStringLiteral("noahcoffee2");
    report("text search 'noahcoffee2' (prefix, rare)", medianMs(runs, [&] {
               (void)coldPage(text, {CreatorSortColumn::Followers, true});
           }), 50);
    return 0;
}
