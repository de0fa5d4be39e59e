// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/planned_vs_actual.h"
#include "ui/charts/results_bars_layout.h"

#include <QWidget>

namespace tierscope::ui {

// The bars of the planned-against-actual chart: per roster entry its handle, a forecast bar and
// an actual bar on one shared scale, each with its value in the locale's format, and the words
// "no results yet" (or "no forecast") where a bar is unknown — never a bar of 0. As tall as its
// rows: the owner scrolls it. Painted rather than a QChart so that the values and the missing
// bars read as text, and 200 rows scroll smoothly. The layout and painting are
// ResultsBarsLayout's, which the campaign plan PDF shares; this adds the widget's font, palette,
// locale, tooltips and the text shown when there is nothing to draw.
class ResultsBars : public QWidget
{
    Q_OBJECT
public:
    using Bar = ResultsBarsLayout::Bar;

    explicit ResultsBars(QWidget *parent = nullptr);

    // Rows in the order to draw them.
    void setData(const core::PlannedVsActual &data);
    const core::PlannedVsActual &data() const { return m_layout.data(); }
    void setEmptyText(const QString &text); // shown when there are no rows

    // Light and dark palettes get their own shades (the legend uses them too).
    static QColor forecastColor(const QPalette &palette);
    static QColor actualColor(const QPalette &palette);

    // What is drawn, for hit tests, tooltips and tests (widget coordinates).
    int rowCount() const { return m_layout.rowCount(); }
    QString categoryText(int row) const { return m_layout.categoryText(row); } // "@anna.fit"
    // "1 of 3 measured" when results are partial, else empty.
    QString categoryDetail(int row) const { return m_layout.categoryDetail(row); }
    QRectF barRect(int row, Bar bar) const; // empty when the value is unknown
    // Beside the bar, or in its place when unknown.
    QString valueText(int row, Bar bar) const { return m_layout.valueText(row, bar); }
    // The value at the right end of the bars.
    double scaleMax() const { return m_layout.scaleMax(); }
    int rowAt(const QPoint &pos) const; // -1 between or outside rows
    QString toolTipText(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout(); // after a new font or locale
    QString unitOf(Bar bar) const;

    ResultsBarsLayout m_layout;
    QString m_emptyText;
};

} // namespace tierscope::ui
