// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/report_block.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace tierscope::ui {

struct ReportColumn
{
    QString title;
    Qt::Alignment alignment = Qt::AlignLeft;
    // Elastic columns share the width the others leave and wrap their text; the others are as
    // wide as their widest cell.
    bool elastic = false;
};

struct ReportCell
{
    QString text;
    QString secondary; // a second, smaller line under the text (a display name, a note)
    QColor color;      // invalid: the row's colour
    bool bold = false;

    ReportCell() = default;
    ReportCell(QString t) : text(std::move(t)) {} // NOLINT: cells are built from strings
    ReportCell(QString t, QString s) : text(std::move(t)), secondary(std::move(s)) {}
};

// A table whose rows are its units: it breaks between rows, never inside one, and repeats its
// column titles at the top of every page it continues on.
class TableBlock : public ReportBlock
{
public:
    enum class RowKind { Normal, Muted, Total };

    explicit TableBlock(QList<ReportColumn> columns);

    void addRow(QList<ReportCell> cells, RowKind kind = RowKind::Normal);
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    qreal columnWidth(int column) const { return m_widths.value(column); }
    // Rows kept with the column titles when the table starts (default 2).
    void setMinRowsTogether(int rows) { m_minTogether = rows; }

    void layout(qreal width) override;
    int unitCount() const override { return rowCount(); }
    qreal unitHeight(int unit) const override { return m_heights.value(unit); }
    void paintUnit(QPainter *painter, int unit, const QRectF &rect) const override;
    qreal headerHeight() const override { return m_headerHeight; }
    void paintHeader(QPainter *painter, const QRectF &rect) const override;
    int minUnitsTogether() const override { return std::min(m_minTogether, rowCount()); }

    static constexpr qreal kPadX = 3.5;
    static constexpr qreal kPadY = 3;

private:
    struct Row
    {
        QList<ReportCell> cells;
        RowKind kind = RowKind::Normal;
        QList<QStringList> lines;          // per cell, wrapped text
        QList<QStringList> secondaryLines; // per cell
    };
    QRectF cellRect(const QRectF &row, int column) const;

    QList<ReportColumn> m_columns;
    QList<Row> m_rows;
    QList<QStringList> m_headerLines;
    QList<qreal> m_widths;
    QList<qreal> m_heights;
    qreal m_headerHeight = 0;
    int m_minTogether = 2;
};

} // namespace tierscope::ui
