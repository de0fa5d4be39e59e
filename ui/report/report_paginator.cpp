// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_paginator.h"

#include "ui/report/report_block.h"

namespace tierscope::ui {

namespace {

// Height of the first `units` units of a block, with its header.
qreal openingHeight(const ReportBlock &b, int units)
{
    qreal h = b.headerHeight();
    for (int i = 0; i < units && i < b.unitCount(); ++i)
        h += b.unitHeight(i);
    return h;
}

// What must fit for block `bi` to start here: its opening units; for a block kept with the next
// (a heading, an introduction) the whole of it and, in turn, the opening of what follows.
qreal neededToStart(const std::vector<std::unique_ptr<ReportBlock>> &blocks, int bi)
{
    const ReportBlock &b = *blocks[size_t(bi)];
    if (!b.keepWithNext())
        return openingHeight(b, b.minUnitsTogether());
    qreal h = openingHeight(b, b.unitCount());
    for (int next = bi + 1; next < int(blocks.size()); ++next) {
        const ReportBlock &n = *blocks[size_t(next)];
        if (n.unitCount() == 0)
            continue;
        h += n.spaceBefore();
        if (!n.keepWithNext())
            return h + openingHeight(n, n.minUnitsTogether());
        h += openingHeight(n, n.unitCount());
    }
    return h;
}

} // namespace

QList<ReportPageContent> ReportPaginator::paginate(
    const std::vector<std::unique_ptr<ReportBlock>> &blocks, qreal contentHeight)
{
    QList<ReportPageContent> pages(1);
    qreal y = 0; // on the current page
    const auto newPage = [&] {
        pages.append(ReportPageContent());
        y = 0;
    };

    for (int bi = 0; bi < int(blocks.size()); ++bi) {
        const ReportBlock &b = *blocks[size_t(bi)];
        const int units = b.unitCount();
        if (units == 0)
            continue;
        const qreal before = y > 0 ? b.spaceBefore() : 0;
        // What must fit for the block to start here: its opening units, and for a heading the
        // opening of the block it introduces.
        const qreal needed = neededToStart(blocks, bi);
        if (y > 0 && y + before + needed > contentHeight)
            newPage();
        else
            y += before;

        ReportSlice slice;
        slice.block = bi;
        const auto startSlice = [&](int first) {
            slice = ReportSlice();
            slice.block = bi;
            slice.firstUnit = first;
            if (b.headerHeight() > 0) {
                slice.withHeader = true;
                slice.headerTop = y;
                y += b.headerHeight();
            }
        };
        startSlice(0);
        for (int u = 0; u < units; ++u) {
            const qreal h = b.unitHeight(u);
            const bool emptyPage = slice.unitCount() == 0 && y <= b.headerHeight() + 1e-9;
            if (y + h > contentHeight + 1e-6 && !emptyPage) {
                if (slice.unitCount() > 0)
                    pages.last().slices.append(slice);
                newPage();
                startSlice(u);
            }
            slice.unitTops.append(y);
            y += h;
        }
        pages.last().slices.append(slice);
    }
    return pages;
}

} // namespace tierscope::ui
