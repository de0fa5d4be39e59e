// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/report_block.h"
#include "ui/report/report_style.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace tierscope::ui {

// Labelled values in a grid of tiles (a brief's facts, a budget's key figures): a small muted
// label over each value. A row of tiles is a unit. A tile may span the whole row.
class FactsBlock : public ReportBlock
{
public:
    explicit FactsBlock(int columns, ReportStyle::Role valueRole = ReportStyle::Role::Body);

    void add(const QString &label, const QString &value, const QString &note = QString(),
             QColor color = QColor(), bool wholeRow = false);
    void setBoxed(bool boxed) { m_boxed = boxed; }
    int tileCount() const { return int(m_tiles.size()); }

    void layout(qreal width) override;
    int unitCount() const override { return int(m_rows.size()); }
    qreal unitHeight(int unit) const override { return m_rows[unit].height; }
    void paintUnit(QPainter *painter, int unit, const QRectF &rect) const override;
    int minUnitsTogether() const override { return std::min<int>(2, unitCount()); }

private:
    struct Tile
    {
        QString label;
        QString value;
        QString note;
        QColor color;
        bool wholeRow = false;
        QStringList valueLines;
        QStringList noteLines;
    };
    struct Row
    {
        QList<int> tiles;
        qreal height = 0;
    };
    int m_columns;
    ReportStyle::Role m_valueRole;
    bool m_boxed = false;
    QList<Tile> m_tiles;
    QList<Row> m_rows;
    qreal m_tileWidth = 0;
    qreal m_width = 0;
};

} // namespace tierscope::ui
