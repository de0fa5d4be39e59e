// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/table_block.h"

#include "ui/report/report_style.h"
#include "ui/report/report_text.h"

#include <QPainter>

#include <algorithm>

namespace tierscope::ui {

using Role = ReportStyle::Role;

namespace {

constexpr int kMaxLines = 3; // a cell longer than this is elided
constexpr qreal kMinElastic = 48;

QFont cellFont(const ReportCell &c, TableBlock::RowKind kind)
{
    return ReportStyle::font(c.bold || kind == TableBlock::RowKind::Total ? Role::BodyBold
                                                                          : Role::Body);
}

// Column titles may break at spaces and at soft hyphens (U+00AD): "Deliver-ables".
qreal longestWord(const QString &text, const QFont &font)
{
    qreal w = 0;
    QString spaced = text;
    spaced.replace(QChar(0x00AD), QStringLiteral("- "));
    for (const QString &word : spaced.split(u' ', Qt::SkipEmptyParts))
        w = std::max(w, ReportText::width(word, font));
    return w;
}

} // namespace

TableBlock::TableBlock(QList<ReportColumn> columns) : m_columns(std::move(columns)) {}

void TableBlock::addRow(QList<ReportCell> cells, RowKind kind)
{
    cells.resize(m_columns.size());
    m_rows.append(Row{std::move(cells), kind, {}, {}});
}

void TableBlock::layout(qreal width)
{
    const int n = columnCount();
    const QFont headerFont = ReportStyle::font(Role::SmallBold);
    const QFont small = ReportStyle::font(Role::Small);

    // Natural widths: the widest cell, and the longest word of the title (titles wrap).
    QList<qreal> natural(n, 0);
    for (int c = 0; c < n; ++c)
        natural[c] = longestWord(m_columns[c].title, headerFont);
    for (const Row &r : std::as_const(m_rows)) {
        for (int c = 0; c < n; ++c) {
            const ReportCell &cell = r.cells[c];
            natural[c] = std::max({natural[c],
                                   ReportText::width(ReportText::singleLine(cell.text),
                                                     cellFont(cell, r.kind)),
                                   ReportText::width(ReportText::singleLine(cell.secondary),
                                                     small)});
        }
    }
    m_widths = QList<qreal>(n, 0);
    qreal fixed = 0;
    qreal elasticNatural = 0;
    int elastic = 0;
    for (int c = 0; c < n; ++c) {
        if (m_columns[c].elastic) {
            ++elastic;
            elasticNatural += natural[c] + 2 * kPadX;
        } else {
            m_widths[c] = natural[c] + 2 * kPadX;
            fixed += m_widths[c];
        }
    }
    const qreal left = width - fixed;
    if (elastic > 0 && left >= elastic * kMinElastic) {
        // Elastic columns get what is left, in proportion to their natural widths (capped by
        // them when everything fits: the spare width then goes to every column evenly).
        const qreal share = std::min<qreal>(1.0, left / std::max<qreal>(elasticNatural, 1));
        qreal used = fixed;
        for (int c = 0; c < n; ++c) {
            if (m_columns[c].elastic) {
                m_widths[c] = std::max(kMinElastic, (natural[c] + 2 * kPadX) * share);
                used += m_widths[c];
            }
        }
        const qreal spare = std::max<qreal>(0, width - used) / n;
        for (qreal &w : m_widths)
            w += spare;
    } else {
        // Too wide: every column shrinks in proportion and wraps.
        for (int c = 0; c < n; ++c) {
            if (m_columns[c].elastic)
                m_widths[c] = kMinElastic;
        }
        qreal total = 0;
        for (qreal w : std::as_const(m_widths))
            total += w;
        const qreal factor = width / std::max<qreal>(total, 1);
        for (qreal &w : m_widths)
            w *= factor;
        if (total < width) {
            const qreal spare = (width - total * factor) / n;
            for (qreal &w : m_widths)
                w += spare;
        }
    }

    // Heights.
    m_headerLines.clear();
    qreal headerLines = 1;
    for (int c = 0; c < n; ++c) {
        m_headerLines << ReportText::wrap(m_columns[c].title, headerFont,
                                          m_widths[c] - 2 * kPadX, 3);
        headerLines = std::max<qreal>(headerLines, m_headerLines.last().size());
    }
    m_headerHeight = headerLines * ReportText::lineHeight(headerFont) + 2 * kPadY + 1;

    m_heights.clear();
    const qreal smallLine = ReportText::lineHeight(small);
    for (Row &r : m_rows) {
        r.lines.clear();
        r.secondaryLines.clear();
        qreal h = 0;
        for (int c = 0; c < n; ++c) {
            const ReportCell &cell = r.cells[c];
            const QFont f = cellFont(cell, r.kind);
            const qreal inner = m_widths[c] - 2 * kPadX;
            r.lines << ReportText::wrap(cell.text, f, inner, kMaxLines);
            r.secondaryLines << ReportText::wrap(cell.secondary, small, inner, 2);
            h = std::max(h, r.lines.last().size() * ReportText::lineHeight(f)
                                + r.secondaryLines.last().size() * smallLine);
        }
        h = std::max(h, ReportText::lineHeight(ReportStyle::font(Role::Body)));
        m_heights << h + 2 * kPadY;
    }
}

QRectF TableBlock::cellRect(const QRectF &row, int column) const
{
    qreal x = row.left();
    for (int c = 0; c < column; ++c)
        x += m_widths[c];
    return QRectF(x + kPadX, row.top() + kPadY, m_widths[column] - 2 * kPadX,
                  row.height() - 2 * kPadY);
}

void TableBlock::paintHeader(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->fillRect(rect, ReportStyle::band());
    painter->setPen(QPen(ReportStyle::accent(), 0.8));
    painter->drawLine(QLineF(rect.bottomLeft(), rect.bottomRight()));
    painter->setPen(ReportStyle::ink());
    const QFont f = ReportStyle::font(Role::SmallBold);
    for (int c = 0; c < columnCount(); ++c) {
        const QRectF cr = cellRect(rect, c);
        // Titles sit on the bottom line, like the numbers under them.
        const qreal h = m_headerLines[c].size() * ReportText::lineHeight(f);
        ReportText::drawLines(painter, m_headerLines[c], f,
                              QRectF(cr.left(), cr.bottom() - h, cr.width(), h),
                              m_columns[c].alignment);
    }
    painter->restore();
}

void TableBlock::paintUnit(QPainter *painter, int unit, const QRectF &rect) const
{
    const Row &r = m_rows[unit];
    painter->save();
    if (r.kind == RowKind::Total) {
        painter->setPen(QPen(ReportStyle::ink(), 0.8));
        painter->drawLine(QLineF(rect.topLeft(), rect.topRight()));
    } else if (unit % 2 == 1) {
        painter->fillRect(rect, ReportStyle::zebra());
    }
    const QColor rowColor = r.kind == RowKind::Muted ? ReportStyle::muted() : ReportStyle::ink();
    const QFont small = ReportStyle::font(Role::Small);
    for (int c = 0; c < columnCount(); ++c) {
        const ReportCell &cell = r.cells[c];
        const QRectF cr = cellRect(rect, c);
        const QFont f = cellFont(cell, r.kind);
        painter->setPen(cell.color.isValid() ? cell.color : rowColor);
        ReportText::drawLines(painter, r.lines[c], f, cr, m_columns[c].alignment);
        if (!r.secondaryLines[c].isEmpty()) {
            const qreal top = r.lines[c].size() * ReportText::lineHeight(f);
            painter->setPen(ReportStyle::muted());
            ReportText::drawLines(painter, r.secondaryLines[c], small,
                                  cr.adjusted(0, top, 0, 0), m_columns[c].alignment);
        }
    }
    painter->restore();
}

} // namespace tierscope::ui
