// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/report_block.h"

#include <functional>

namespace tierscope::ui {

// A drawing of a fixed aspect (a chart): one unit as wide as the content, painted by a
// function as vectors.
class ChartBlock : public ReportBlock
{
public:
    using Painter = std::function<void(QPainter *, const QRectF &)>;

    // height = width × aspect, at most maxHeight.
    ChartBlock(Painter paint, qreal aspect, qreal maxHeight);
    void layout(qreal width) override;
    int unitCount() const override { return 1; }
    qreal unitHeight(int) const override { return m_height; }
    void paintUnit(QPainter *painter, int unit, const QRectF &rect) const override;
    void setKeepWithNext(bool keep) { m_keepWithNext = keep; } // with its caption
    bool keepWithNext() const override { return m_keepWithNext; }

private:
    Painter m_paint;
    qreal m_aspect;
    qreal m_maxHeight;
    qreal m_height = 0;
    bool m_keepWithNext = false;
};

} // namespace tierscope::ui
