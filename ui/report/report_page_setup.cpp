// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_page_setup.h"

namespace tierscope::ui {

ReportPageSetup::ReportPageSetup(QPageSize::PageSizeId paper)
    : m_paper(paper == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4),
      m_margins(42, 32, 42, 28)
{
}

QSizeF ReportPageSetup::pageSizePoints() const
{
    return QSizeF(pageSize().sizePoints());
}

QRectF ReportPageSetup::headerRect() const
{
    const QSizeF page = pageSizePoints();
    return QRectF(m_margins.left(), m_margins.top(),
                  page.width() - m_margins.left() - m_margins.right(), kHeaderHeight);
}

QRectF ReportPageSetup::footerRect() const
{
    const QSizeF page = pageSizePoints();
    return QRectF(m_margins.left(), page.height() - m_margins.bottom() - kFooterHeight,
                  page.width() - m_margins.left() - m_margins.right(), kFooterHeight);
}

QRectF ReportPageSetup::contentRect() const
{
    const QRectF header = headerRect();
    const QRectF footer = footerRect();
    const qreal top = header.bottom() + kBandGap;
    return QRectF(header.left(), top, header.width(), footer.top() - kBandGap - top);
}

QPageSize::PageSizeId ReportPageSetup::paperFor(const QLocale &locale)
{
    // CLDR's territories on US Letter.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Belize:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

std::optional<QPageSize::PageSizeId> ReportPageSetup::paperFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"a4")
        return QPageSize::A4;
    if (n == u"letter" || n == u"us-letter" || n == u"usletter")
        return QPageSize::Letter;
    return std::nullopt;
}

} // namespace tierscope::ui
