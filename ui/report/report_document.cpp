// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_document.h"

#include "ui/report/report_style.h"
#include "ui/report/report_text.h"

#include <QPainter>

namespace tierscope::ui {

using Role = ReportStyle::Role;

ReportDocument::ReportDocument(QString headerTitle, QString headerDetail, QDate exportDate,
                               QLocale locale)
    : m_headerTitle(std::move(headerTitle)),
      m_headerDetail(std::move(headerDetail)),
      m_exportDate(exportDate),
      m_locale(std::move(locale))
{
}

void ReportDocument::layout(const ReportPageSetup &setup)
{
    m_setup = setup;
    const QRectF content = setup.contentRect();
    for (const auto &b : m_blocks)
        b->layout(content.width());
    m_pages = ReportPaginator::paginate(m_blocks, content.height());
}

void ReportDocument::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintHeaderAndFooter(painter, index);
    const QRectF content = m_setup.contentRect();
    for (const ReportSlice &slice : m_pages[index].slices) {
        const ReportBlock &b = *m_blocks[size_t(slice.block)];
        if (slice.withHeader)
            b.paintHeader(painter, QRectF(content.left(), content.top() + slice.headerTop,
                                          content.width(), b.headerHeight()));
        for (int i = 0; i < slice.unitCount(); ++i) {
            const int unit = slice.firstUnit + i;
            const QRectF rect(content.left(), content.top() + slice.unitTops[i],
                              content.width(), b.unitHeight(unit));
            b.paintUnit(painter, unit, rect.intersected(content.adjusted(0, 0, 0, 1)));
        }
    }
    painter->restore();
}

void ReportDocument::paintHeaderAndFooter(QPainter *painter, int index) const
{
    const QRectF header = m_setup.headerRect();
    const QRectF footer = m_setup.footerRect();
    const QFont f = ReportStyle::font(Role::Header);
    const QFont bold = [&] {
        QFont b = f;
        b.setWeight(QFont::Bold);
        return b;
    }();
    const qreal line = ReportText::lineHeight(f);

    // Header: the document's title on the left, its detail (the brand) on the right.
    const qreal detailWidth = std::min(ReportText::width(m_headerDetail, f), header.width() / 3);
    const QString detail = ReportStyle::metrics(f).elidedText(m_headerDetail, Qt::ElideRight,
                                                              detailWidth + 1);
    const QString title = ReportStyle::metrics(bold).elidedText(
        ReportText::singleLine(m_headerTitle), Qt::ElideRight, header.width() - detailWidth - 16);
    const qreal textTop = header.bottom() - line - 4;
    painter->setPen(ReportStyle::ink());
    ReportText::drawLines(painter, {title}, bold, QRectF(header.left(), textTop, header.width(), line),
                          Qt::AlignLeft);
    painter->setPen(ReportStyle::muted());
    ReportText::drawLines(painter, {detail}, f, QRectF(header.left(), textTop, header.width(), line),
                          Qt::AlignRight);
    painter->setPen(QPen(ReportStyle::accent(), 0.8));
    painter->drawLine(QLineF(header.bottomLeft(), header.bottomRight()));

    // Footer: the export date and the application on the left, "Page n of m" on the right.
    painter->setPen(QPen(ReportStyle::rule(), 0.5));
    painter->drawLine(QLineF(footer.topLeft(), footer.topRight()));
    painter->setPen(ReportStyle::muted());
    const QRectF text(footer.left(), footer.top() + 5, footer.width(), line);
    ReportText::drawLines(painter,
                          {tr("Exported %1 with Tierscope")
                               .arg(m_locale.toString(m_exportDate, QStringLiteral("d MMM yyyy")))},
                          f, text, Qt::AlignLeft);
    ReportText::drawLines(painter,
                          {tr("Page %1 of %2")
                               .arg(m_locale.toString(index + 1), m_locale.toString(pageCount()))},
                          f, text, Qt::AlignRight);
}

} // namespace tierscope::ui
