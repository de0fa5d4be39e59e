// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/results_bars_layout.h"
#include "ui/report/report_block.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace tierscope::ui {

// The forecast-against-actual chart of the Budget & Forecast tab, in a report: one unit per
// creator (handle, forecast bar, actual bar, values, or words where a value is unknown), laid
// out and painted by ResultsBarsLayout in the report's type and print colours. Its header — the
// legend and the values of the scale — repeats on every page the chart continues on.
class ResultsBarsBlock : public ReportBlock
{
    Q_DECLARE_TR_FUNCTIONS(ResultsBarsBlock)

public:
    // Rows as given: chosen and ordered by the caller.
    ResultsBarsBlock(const core::PlannedVsActual &data, const QLocale &locale);

    // What is drawn, for tests: rows, values and words (x from 0 to the layout width).
    const ResultsBarsLayout &bars() const { return m_bars; }
    int rowCount() const { return m_bars.rowCount(); }
    qreal width() const { return m_width; }
    QString legendText() const;     // "Forecast engagements / Actual engagements to date"
    QStringList tickLabels() const; // the scale's values, left to right

    void layout(qreal width) override;
    int unitCount() const override { return rowCount(); }
    qreal unitHeight(int) const override { return m_bars.metrics().rowHeight; }
    void paintUnit(QPainter *painter, int unit, const QRectF &rect) const override;
    qreal headerHeight() const override { return rowCount() > 0 ? m_headerHeight : 0; }
    void paintHeader(QPainter *painter, const QRectF &rect) const override;
    int minUnitsTogether() const override { return std::min(3, rowCount()); }

private:
    QString forecastKey() const;
    QString actualKey() const;
    QList<double> ticks() const; // 0 and every grid line

    ResultsBarsLayout m_bars;
    qreal m_width = 0;
    qreal m_headerHeight = 0;
};

// How many creators a printed results chart shows at most: about two pages.
constexpr int kReportResultsBars = 40;

} // namespace tierscope::ui
