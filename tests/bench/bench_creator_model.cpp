// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the Creators table over a large workspace (DESIGN.md §7): time to the first page,
// per page while scrolling and jumping (from the sorted query, and from the id snapshot once it
// is built), filter + sort, and resident memory after scrolling.
//
//   bench_creator_model WORKSPACE.tierscope   (e.g. made by `tierscope demo --creators 1000000`)
#include "core/storage/workspace.h"
#include "ui/common/app_settings.h"
#include "ui/creators/creator_column.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace tierscope;
using ui::CreatorColumn;
using ui::CreatorTableModel;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QString rss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Fetch time of one row's page, as the model sees it (0 when it was cached).
double fetchMs(CreatorTableModel &model, int row)
{
    model.resetFetchStats();
    model.creatorAt(row);
    return model.fetchStats().pages() ? ms(model.fetchStats().lastFetchNs) : 0.0;
}

// Cold jumps: pages nobody has fetched, spread around `center`.
QList<double> jumps(CreatorTableModel &model, int center, int n)
{
    QList<double> t;
    for (int i = 0; i < n; ++i) {
        const int row = std::clamp(center + (i - n / 2) * 3 * CreatorTableModel::kPageSize * 7, 0,
                                   model.rowCount() - 1);
        t << fetchMs(model, row);
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        print(QStringLiteral("usage: bench_creator_model WORKSPACE.tierscope"));
        return 2;
    }
    print(QStringLiteral("RSS at start: %1").arg(rss()));
    QElapsedTimer timer;
    timer.start();
    auto opened = core::Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        print(opened.error().message);
        return 1;
    }
    auto &ws = *opened.value();
    const double openMs = ms(timer.nsecsElapsed());

    // Pages from the sorted query only, as before a snapshot arrives.
    CreatorTableModel model;
    model.setCountsAsync(false); // jumps need the row count
    timer.restart();
    model.setWorkspace(&ws); // counts
    const double countMs = ms(timer.nsecsElapsed());
    timer.restart();
    model.creatorAt(0);
    const double firstPageMs = ms(timer.nsecsElapsed());
    print(QStringLiteral("creators: %1").arg(model.rowCount()));
    print(QStringLiteral("open workspace: %1 ms; count: %2 ms; first page: %3 ms (cold)")
              .arg(openMs, 0, 'f', 1).arg(countMs, 0, 'f', 1).arg(firstPageMs, 0, 'f', 1));

    // Default order (followers, largest first).
    const int rows = model.rowCount();
    QList<double> sequential;
    for (int r = 0; r < 200 * CreatorTableModel::kPageSize; r += CreatorTableModel::kPageSize)
        sequential << fetchMs(model, r);
    print(QStringLiteral("scroll down, next page (keyset): median %1 ms, max %2 ms")
              .arg(median(sequential), 0, 'f', 2)
              .arg(*std::max_element(sequential.begin(), sequential.end()), 0, 'f', 2));
    print(QStringLiteral("jump to the middle (OFFSET): median %1 ms")
              .arg(median(jumps(model, rows / 2, 11)), 0, 'f', 2));
    print(QStringLiteral("jump to 3/4 (reversed OFFSET): median %1 ms")
              .arg(median(jumps(model, rows * 3 / 4, 11)), 0, 'f', 2));
    print(QStringLiteral("jump to 1/4 (OFFSET): median %1 ms")
              .arg(median(jumps(model, rows / 4, 11)), 0, 'f', 2));
    QList<double> end;
    for (int i = 0; i < 11; ++i)
        end << fetchMs(model, rows - 1 - i * 5 * CreatorTableModel::kPageSize);
    print(QStringLiteral("jump to the end (reversed, small OFFSET): median %1 ms")
              .arg(median(end), 0, 'f', 2));
    QList<double> up;
    for (int r = rows - 1; r > rows - 200 * CreatorTableModel::kPageSize; r -= CreatorTableModel::kPageSize)
        up << fetchMs(model, r);
    print(QStringLiteral("scroll up from the end, previous page (keyset): median %1 ms")
              .arg(median(up), 0, 'f', 2));

    // Every sort column: first page and a jump to the middle.
    print(QStringLiteral("\nper sort column (desc), before the snapshot: first page / middle jump "
                         "/ end jump, ms"));
    for (int c = 0; c < ui::CreatorColumns::count; ++c) {
        if (CreatorColumn(c) == CreatorColumn::Tier)
            continue; // sorts as followers
        model.sort(c, Qt::DescendingOrder);
        const double first = fetchMs(model, 0);
        const double middle = median(jumps(model, rows / 2, 5));
        const double last = fetchMs(model, rows - 1);
        print(QStringLiteral("  %1 %2 / %3 / %4")
                  .arg(ui::CreatorColumns::title(CreatorColumn(c)), -10)
                  .arg(first, 7, 'f', 2)
                  .arg(middle, 7, 'f', 2)
                  .arg(last, 7, 'f', 2));
    }

    // As the view sees it: the first rows at once, the count and id snapshot from the worker
    // thread later; then any page by its ids.
    CreatorTableModel live;
    live.setWorkspace(&ws);
    const auto settle = [&live] {
        while (live.isCounting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    settle();
    print(QStringLiteral("\nper sort column (desc), with the snapshot: first page / snapshot ready "
                         "/ middle jump / end jump, ms"));
    for (int c = 0; c < ui::CreatorColumns::count; ++c) {
        if (CreatorColumn(c) == CreatorColumn::Tier)
            continue;
        timer.restart();
        live.sort(c, Qt::DescendingOrder); // first page, snapshot requested
        const double first = ms(timer.nsecsElapsed());
        settle();
        const double ready = ms(timer.nsecsElapsed());
        const int n = live.rowCount();
        print(QStringLiteral("  %1 %2 / %3 / %4 / %5%6")
                  .arg(ui::CreatorColumns::title(CreatorColumn(c)), -10)
                  .arg(first, 7, 'f', 2)
                  .arg(ready, 7, 'f', 1)
                  .arg(median(jumps(live, n / 2, 5)), 7, 'f', 2)
                  .arg(fetchMs(live, n - 1), 7, 'f', 2)
                  .arg(live.hasSnapshot() ? QString() : QStringLiteral("  (no snapshot)")));
    }

    // Filter + sort: first page, then snapshot (and count), as the view does on a filter change.
    print(QStringLiteral("\nfilter + sort, as on a filter change (medians of 5): first rows shown, "
                         "snapshot ready, then cold jumps to the middle and the end"));
    model.sort(int(CreatorColumn::Followers), Qt::DescendingOrder);
    const auto filtered = [&](const QString &name, const core::CreatorFilter &f, int column) {
        QList<double> first, counted, middle, last;
        for (int i = 0; i < 5; ++i) {
            live.setFilter({});
            live.sort(column, Qt::DescendingOrder);
            settle();
            timer.restart();
            live.setFilter(f); // first page, snapshot requested
            first << ms(timer.nsecsElapsed());
            settle();
            counted << ms(timer.nsecsElapsed());
            const int n = live.rowCount();
            middle << fetchMs(live, n / 2 + i * CreatorTableModel::kPageSize);
            last << fetchMs(live, n - 1 - i * CreatorTableModel::kPageSize);
        }
        print(QStringLiteral("  %1: %2 rows, shown %3 ms, snapshot %4 ms, middle %5 ms, end %6 ms")
                  .arg(name, -38)
                  .arg(live.rowCount(), 7)
                  .arg(median(first), 6, 'f', 1)
                  .arg(median(counted), 6, 'f', 1)
                  .arg(median(middle), 5, 'f', 2)
                  .arg(median(last), 5, 'f', 2));
    };
    core::CreatorFilter micro;
    micro.tiers = {core::Tier::Micro};
    filtered(QStringLiteral("micro, by ER"), micro, int(CreatorColumn::EngagementRate));
    core::CreatorFilter us = micro;
    us.countries = {QStringLiteral("US")};
    us.minEngagementRate = 0.05;
    filtered(QStringLiteral("micro + US + ER ≥ 5 %, by followers"), us, int(CreatorColumn::Followers));
    core::CreatorFilter text;
    text.text = QStringLiteral("vegan");
    filtered(QStringLiteral("text \"vegan\", by followers"), text, int(CreatorColumn::Followers));
    core::CreatorFilter text2 = text;
    text2.platforms = {core::Platform::TikTok};
    text2.tiers = {core::Tier::Nano, core::Tier::Micro};
    filtered(QStringLiteral("\"vegan\" + TikTok + nano/micro, by fee"), text2, int(CreatorColumn::Fee));
    core::CreatorFilter prefix;
    prefix.text = QStringLiteral("an");
    filtered(QStringLiteral("text \"an\" (prefix), by followers"), prefix, int(CreatorColumn::Followers));
    filtered(QStringLiteral("micro, by ER vs benchmark"), micro, int(CreatorColumn::ErVsBenchmark));
    core::CreatorFilter tiktok;
    tiktok.platforms = {core::Platform::TikTok};
    filtered(QStringLiteral("TikTok, by ER vs benchmark"), tiktok, int(CreatorColumn::ErVsBenchmark));
    model.setFilter({});
    model.sort(int(CreatorColumn::Followers), Qt::DescendingOrder);

    // The real view: a table scrolled by its scroll bar, painting offscreen.
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("bench.ini")));
    ui::CreatorsView view(settings);
    view.resize(1400, 900);
    view.show();
    timer.restart();
    view.setWorkspace(&ws, nullptr);
    QApplication::processEvents();
    const double painted = ms(timer.nsecsElapsed());
    while (view.model()->isCounting())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    print(QStringLiteral("\nview: set workspace to first rows painted: %1 ms, snapshot ready: %2 ms, "
                         "pages fetched: %3")
              .arg(painted, 0, 'f', 1)
              .arg(ms(timer.nsecsElapsed()), 0, 'f', 1)
              .arg(view.model()->fetchStats().pages()));
    QScrollBar *bar = view.table()->verticalScrollBar();
    const auto scrollTo = [&](int value) {
        timer.restart();
        bar->setValue(value);
        view.table()->viewport()->repaint();
        return ms(timer.nsecsElapsed());
    };
    QList<double> drags;
    for (int i = 1; i <= 20; ++i)
        drags << scrollTo(bar->maximum() / 21 * i);
    print(QStringLiteral("view: scroll-bar jumps with repaint: median %1 ms").arg(median(drags), 0, 'f', 1));
    print(QStringLiteral("view: jump to the end with repaint: %1 ms").arg(scrollTo(bar->maximum()), 0, 'f', 1));
    QList<double> wheel;
    for (int i = 0; i < 300; ++i)
        wheel << scrollTo(bar->value() - view.table()->verticalHeader()->defaultSectionSize() * 3);
    print(QStringLiteral("view: 3-row steps up from the end with repaint: median %1 ms, max %2 ms")
              .arg(median(wheel), 0, 'f', 2)
              .arg(*std::max_element(wheel.begin(), wheel.end()), 0, 'f', 1));

    // Scroll through the whole table, top to bottom, page by page.
    timer.restart();
    for (int r = 0; r < rows; r += CreatorTableModel::kPageSize)
        model.creatorAt(r);
    const double whole = ms(timer.nsecsElapsed());
    print(QStringLiteral("\nwalk every page top to bottom: %1 s (%2 ms/page); cached pages: %3")
              .arg(whole / 1000, 0, 'f', 1)
              .arg(whole / std::max(1, rows / CreatorTableModel::kPageSize), 0, 'f', 2)
              .arg(model.cachedPages()));
    print(QStringLiteral("RSS after scrolling to the end: %1").arg(rss()));
    return 0;
}
