// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <memory>
#include <vector>

namespace tierscope::ui {

class ReportBlock;

// Where the units of a block sit on one page; y is measured from the top of the content area.
struct ReportSlice
{
    int block = 0;
    int firstUnit = 0;
    QList<qreal> unitTops; // one per unit placed, in order: units firstUnit … firstUnit+n−1
    bool withHeader = false;
    qreal headerTop = 0;

    int unitCount() const { return int(unitTops.size()); }
};

struct ReportPageContent
{
    QList<ReportSlice> slices;
};

// Breaks laid-out blocks into pages of a given content height. Whole units only: a unit that
// does not fit below the others goes to the next page, and a block that continues on a new page
// repeats its header there. A unit taller than a whole page gets a page of its own (clipped).
class ReportPaginator
{
public:
    static QList<ReportPageContent> paginate(const std::vector<std::unique_ptr<ReportBlock>> &blocks,
                                             qreal contentHeight);
};

} // namespace tierscope::ui
