// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_text.h"

#include "ui/report/report_style.h"

#include <QPainter>
#include <QTextLayout>

namespace tierscope::ui {

QString ReportText::singleLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out.simplified();
}

QStringList ReportText::wrap(const QString &text, const QFont &font, qreal width, int maxLines)
{
    const QString plain = singleLine(text);
    if (plain.isEmpty())
        return {};
    const QFontMetricsF fm = ReportStyle::metrics(font);
    if (fm.horizontalAdvance(plain) <= width)
        return {QString(plain).remove(QChar(0x00AD))};
    QTextLayout layout(plain, font, ReportStyle::referenceDevice());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    int consumed = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max<qreal>(width, 1));
        if (int(lines.size()) == maxLines - 1) {
            lines << fm.elidedText(plain.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            consumed = int(plain.size());
            break;
        }
        QString text = plain.mid(line.textStart(), line.textLength()).trimmed();
        if (text.endsWith(QChar(0x00AD)))
            text.back() = u'-'; // a soft hyphen shows where it breaks the word
        lines << text.remove(QChar(0x00AD));
        consumed = line.textStart() + line.textLength();
    }
    layout.endLayout();
    Q_UNUSED(consumed);
    return lines;
}

qreal ReportText::lineHeight(const QFont &font)
{
    return ReportStyle::metrics(font).lineSpacing();
}

qreal ReportText::width(const QString &text, const QFont &font)
{
    return ReportStyle::metrics(font).horizontalAdvance(text);
}

void ReportText::drawLines(QPainter *painter, const QStringList &lines, const QFont &font,
                           const QRectF &rect, Qt::Alignment alignment)
{
    painter->setFont(font);
    const QFontMetricsF fm = ReportStyle::metrics(font);
    qreal y = rect.top();
    for (const QString &line : lines) {
        const qreal w = fm.horizontalAdvance(line);
        qreal x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - w;
        else if (alignment & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - w) / 2;
        painter->drawText(QPointF(x, y + fm.ascent()), line);
        y += fm.lineSpacing();
    }
}

} // namespace tierscope::ui
