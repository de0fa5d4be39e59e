// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/planned_vs_actual.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QRectF>

#include <optional>

class QFontMetrics;
class QFontMetricsF;
class QPainter;
class QPaintDevice;
class QPalette;

namespace tierscope::ui {

// The type of the results bars: the widget's font, or the report's.
struct ResultsBarsFonts
{
    QFont font;   // handles and values
    QFont detail; // "1 of 3 measured", under a handle
    QFont words;  // what stands where a bar is unknown
};

// Their colours: the desktop palette's, or print colours.
struct ResultsBarsColors
{
    QColor text;
    QColor muted; // details and the words for unknown bars
    QColor band;  // every other row; invalid: no shading
    QColor grid;
    QColor axis;
    QColor forecast;
    QColor actual;
    qreal lineWidth = 1; // grid and axis

    static ResultsBarsColors of(const QPalette &palette);
};

// Their steps, from the font. On screen they are whole pixels, and so are the columns the
// layout measures from the text.
struct ResultsBarsMetrics
{
    qreal margin = 0; // left of the handles, above the first row, right of the values
    qreal barHeight = 0;
    qreal barGap = 2; // between an entry's two bars
    qreal rowHeight = 0;
    qreal em = 0;
    bool wholePixels = false;

    qreal pairHeight() const { return 2 * barHeight + barGap; }
    // How far above its first bar a row's shaded band starts.
    qreal bandInset() const;

    static ResultsBarsMetrics forScreen(const QFontMetrics &fm);
};

// The planned-against-actual bars, without a widget: per roster entry its handle, a forecast bar
// and an actual bar on one shared scale, each with its value in the locale's format, and words
// ("no results yet", "no views entered") where a value is unknown — never a bar of 0. Lays the
// rows out and paints them on any painter, so that the Budget & Forecast tab (ResultsBars) and
// the campaign plan PDF (ResultsBarsBlock) draw the same chart. Row r's bars start at
// rowTop(r); x runs from 0 to the width given.
class ResultsBarsLayout
{
    Q_DECLARE_TR_FUNCTIONS(ResultsBarsLayout)

public:
    enum class Bar { Forecast, Actual };

    // Text is measured on `device` (none: the screen's default).
    void setup(const ResultsBarsFonts &fonts, const ResultsBarsMetrics &metrics,
               const QLocale &locale, QPaintDevice *device = nullptr);
    void setData(const core::PlannedVsActual &data); // rows in the order to draw them
    const core::PlannedVsActual &data() const { return m_data; }
    const ResultsBarsFonts &fonts() const { return m_fonts; }
    const ResultsBarsMetrics &metrics() const { return m_metrics; }
    const QLocale &locale() const { return m_locale; }

    // One hue, two lightnesses, for light and dark backgrounds.
    static QColor forecastColor(bool dark);
    static QColor actualColor(bool dark);
    static QColor forecastColor(const QPalette &palette);
    static QColor actualColor(const QPalette &palette);

    int rowCount() const { return int(m_data.rows.size()); }
    QString categoryText(int row) const;   // "@anna.fit"
    QString categoryDetail(int row) const; // "1 of 3 measured" when results are partial
    QString valueText(int row, Bar bar) const; // beside the bar, or in its place when unknown
    std::optional<double> value(int row, Bar bar) const;

    double scaleMax() const { return m_scaleMax; } // the value at the right end of the bars
    double tick() const { return m_tick; }         // between grid lines
    qreal labelWidth() const { return m_labelWidth; }
    qreal barLeft() const;
    qreal barRight(qreal width) const;
    qreal xOf(double value, qreal width) const; // on the bars' scale
    qreal rowTop(int row) const { return m_metrics.margin + row * m_metrics.rowHeight; }
    QRectF bandRect(int row, qreal width) const; // the row's share of the height
    QRectF barRect(int row, Bar bar, qreal width) const; // null when the value is unknown

    // Paints rows first … last: every other band shaded, the grid and the axis over `area`
    // (top to bottom), each row's handle, bars and values.
    void paint(QPainter *painter, const ResultsBarsColors &colors, const QRectF &area, int first,
               int last, qreal width) const;

private:
    void measure(); // the label and value columns, the scale
    QFontMetricsF metricsOf(const QFont &font) const;
    qreal whole(qreal v) const; // down to a whole pixel on screen

    core::PlannedVsActual m_data;
    ResultsBarsFonts m_fonts;
    ResultsBarsMetrics m_metrics;
    QLocale m_locale;
    QPaintDevice *m_device = nullptr;
    double m_scaleMax = 1.0;
    double m_tick = 1.0;
    qreal m_labelWidth = 0;
    qreal m_valueWidth = 0;
};

} // namespace tierscope::ui
