// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/planned_vs_actual.h"

#include <QWidget>

namespace tierscope::ui {

// The bars of the planned-against-actual chart: per roster entry its handle, a forecast bar and
// an actual bar on one shared scale, each with its value in the locale's format, and the words
// "no results yet" (or "no forecast") where a bar is unknown — never a bar of 0. As tall as its
// rows: the owner scrolls it. Painted rather than a QChart so that the values and the missing
// bars read as text, and 200 rows scroll smoothly.
class ResultsBars : public QWidget
{
    Q_OBJECT
public:
    enum class Bar { Forecast, Actual };

    explicit ResultsBars(QWidget *parent = nullptr);

    // Rows in the order to draw them.
    void setData(const core::PlannedVsActual &data);
    const core::PlannedVsActual &data() const { return m_data; }
    void setEmptyText(const QString &text); // shown when there are no rows

    // Light and dark palettes get their own shades (the legend uses them too).
    static QColor forecastColor(const QPalette &palette);
    static QColor actualColor(const QPalette &palette);

    // What is drawn, for hit tests, tooltips and tests (widget coordinates).
    int rowCount() const { return int(m_data.rows.size()); }
    QString categoryText(int row) const;   // "@anna.fit"
    QString categoryDetail(int row) const; // "1 of 3 live" when results are partial, else empty
    QRectF barRect(int row, Bar bar) const; // empty when the value is unknown
    QString valueText(int row, Bar bar) const; // beside the bar, or in its place when unknown
    double scaleMax() const { return m_scaleMax; } // the value at the right end of the bars
    int rowAt(const QPoint &pos) const; // -1 between or outside rows
    QString toolTipText(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Vertical geometry: from the font only.
    struct Metrics
    {
        int margin = 0;
        int barHeight = 0;
        int rowHeight = 0;
        int em = 0;
    };
    Metrics metrics() const;
    qreal barLeft() const;
    qreal barRight() const;
    void relayout(); // after new data, font or locale: label and value columns, scale
    QString unitOf(Bar bar) const;

    core::PlannedVsActual m_data;
    QString m_emptyText;
    double m_scaleMax = 1.0;
    double m_tick = 1.0;
    int m_labelWidth = 0;
    int m_valueWidth = 0;
};

} // namespace tierscope::ui
