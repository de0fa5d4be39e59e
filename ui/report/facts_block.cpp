// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/facts_block.h"

#include "ui/report/report_text.h"

#include <QPainter>

namespace tierscope::ui {

using Role = ReportStyle::Role;

namespace {
constexpr qreal kGap = 10;   // between tiles
constexpr qreal kPad = 6;    // inside a boxed tile
constexpr qreal kRowGap = 6; // under each row
} // namespace

FactsBlock::FactsBlock(int columns, Role valueRole)
    : m_columns(std::max(1, columns)), m_valueRole(valueRole)
{
}

void FactsBlock::add(const QString &label, const QString &value, const QString &note,
                     QColor color, bool wholeRow)
{
    m_tiles.append(Tile{label, value, note, color, wholeRow, {}, {}});
}

void FactsBlock::layout(qreal width)
{
    m_width = width;
    m_tileWidth = (width - kGap * (m_columns - 1)) / m_columns;
    const QFont labelFont = ReportStyle::font(Role::Small);
    const QFont valueFont = ReportStyle::font(m_valueRole);
    const qreal pad = m_boxed ? kPad : 0;
    m_rows.clear();
    Row row;
    const auto closeRow = [&] {
        if (row.tiles.isEmpty())
            return;
        qreal h = 0;
        for (int t : std::as_const(row.tiles)) {
            const Tile &tile = m_tiles[t];
            h = std::max(h, ReportText::lineHeight(labelFont)
                                + tile.valueLines.size() * ReportText::lineHeight(valueFont)
                                + tile.noteLines.size() * ReportText::lineHeight(labelFont));
        }
        row.height = h + 2 * pad + kRowGap;
        m_rows.append(row);
        row = Row();
    };
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        Tile &tile = m_tiles[i];
        if (tile.wholeRow)
            closeRow();
        const qreal w = (tile.wholeRow ? width : m_tileWidth) - 2 * pad;
        tile.valueLines = ReportText::wrap(tile.value, valueFont, w, tile.wholeRow ? 8 : 3);
        if (tile.valueLines.isEmpty())
            tile.valueLines << QString();
        tile.noteLines = ReportText::wrap(tile.note, labelFont, w, 2);
        row.tiles.append(i);
        if (tile.wholeRow || row.tiles.size() == m_columns)
            closeRow();
    }
    closeRow();
}

void FactsBlock::paintUnit(QPainter *painter, int unit, const QRectF &rect) const
{
    const Row &row = m_rows[unit];
    const QFont labelFont = ReportStyle::font(Role::Small);
    const QFont valueFont = ReportStyle::font(m_valueRole);
    const qreal pad = m_boxed ? kPad : 0;
    painter->save();
    qreal x = rect.left();
    for (int t : row.tiles) {
        const Tile &tile = m_tiles[t];
        const qreal w = tile.wholeRow ? m_width : m_tileWidth;
        const QRectF box(x, rect.top(), w, rect.height() - kRowGap);
        if (m_boxed) {
            painter->fillRect(box, ReportStyle::zebra());
            painter->fillRect(QRectF(box.left(), box.top(), 2, box.height()),
                              tile.color.isValid() ? tile.color : ReportStyle::accent());
        }
        const QRectF inner = box.adjusted(pad + (m_boxed ? 2 : 0), pad, -pad, -pad);
        painter->setPen(ReportStyle::muted());
        ReportText::drawLines(painter, {tile.label}, labelFont, inner, Qt::AlignLeft);
        qreal y = inner.top() + ReportText::lineHeight(labelFont);
        painter->setPen(tile.color.isValid() ? tile.color : ReportStyle::ink());
        ReportText::drawLines(painter, tile.valueLines, valueFont,
                              QRectF(inner.left(), y, inner.width(), inner.height()),
                              Qt::AlignLeft);
        y += tile.valueLines.size() * ReportText::lineHeight(valueFont);
        painter->setPen(ReportStyle::muted());
        ReportText::drawLines(painter, tile.noteLines, labelFont,
                              QRectF(inner.left(), y, inner.width(), inner.height()),
                              Qt::AlignLeft);
        x += w + kGap;
    }
    painter->restore();
}

} // namespace tierscope::ui
