// SPDX-License-Identifier: GPL-3.0-or-later
// The text blocks of a report: section headings and paragraphs. Text is always plain.
#pragma once

#include "ui/report/report_block.h"
#include "ui/report/report_style.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace tierscope::ui {

// A section title with a thin rule under it; it stays with what follows.
class HeadingBlock : public ReportBlock
{
public:
    explicit HeadingBlock(QString text) : m_text(std::move(text)) {}
    void layout(qreal width) override;
    int unitCount() const override { return 1; }
    qreal unitHeight(int) const override { return m_height; }
    void paintUnit(QPainter *painter, int unit, const QRectF &rect) const override;
    bool keepWithNext() const override { return true; }
    qreal spaceBefore() const override { return 20; }

private:
    QString m_text;
    QStringList m_lines;
    qreal m_height = 0;
};

// Wrapped text whose lines are its units, so a long paragraph continues on the next page.
class ParagraphBlock : public ReportBlock
{
public:
    explicit ParagraphBlock(QString text, ReportStyle::Role role = ReportStyle::Role::Body,
                            QColor color = QColor());
    const QString &text() const { return m_text; }
    void setSpaceBefore(qreal space) { m_spaceBefore = space; }
    void setIndent(qreal indent) { m_indent = indent; }
    // An introduction stays on the page of what it introduces.
    void setKeepWithNext(bool keep) { m_keepWithNext = keep; }
    bool keepWithNext() const override { return m_keepWithNext; }

    void layout(qreal width) override;
    int unitCount() const override { return int(m_lines.size()); }
    qreal unitHeight(int) const override { return m_lineHeight; }
    void paintUnit(QPainter *painter, int unit, const QRectF &rect) const override;
    int minUnitsTogether() const override { return std::min<int>(2, unitCount()); }
    qreal spaceBefore() const override { return m_spaceBefore; }

private:
    QString m_text;
    ReportStyle::Role m_role;
    QColor m_color;
    QStringList m_lines;
    qreal m_lineHeight = 0;
    qreal m_spaceBefore = 6;
    qreal m_indent = 0;
    bool m_keepWithNext = false;
};

} // namespace tierscope::ui
