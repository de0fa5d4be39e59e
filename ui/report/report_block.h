// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;

namespace tierscope::ui {

// One piece of a report (a heading, a paragraph, a table, a chart …), laid out in points.
// A block is a run of units that are never split across pages (a table row, a line of text);
// the paginator places whole units and may break the block between any two of them. A block
// may have a header (a table's column titles) drawn again at the top of every page it
// continues on.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    // Lays the block out for a content width; called before any of the queries below.
    virtual void layout(qreal width) = 0;
    virtual int unitCount() const = 0;
    virtual qreal unitHeight(int unit) const = 0;
    virtual void paintUnit(QPainter *painter, int unit, const QRectF &rect) const = 0;

    virtual qreal headerHeight() const { return 0; }
    virtual void paintHeader(QPainter *, const QRectF &) const {}

    // A heading stays on the page of what follows it.
    virtual bool keepWithNext() const { return false; }
    // Units that must open the block together (a header and its first rows; a short caption).
    virtual int minUnitsTogether() const { return 1; }
    // Space above the block, dropped at the top of a page.
    virtual qreal spaceBefore() const { return 10; }
};

} // namespace tierscope::ui
