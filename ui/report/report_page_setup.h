// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>

namespace tierscope::ui {

// The sheet a report is laid out on, in points (1/72 inch): portrait A4 (595 × 842) or Letter
// (612 × 792), margins, and the bands of the running header and footer.
class ReportPageSetup
{
public:
    explicit ReportPageSetup(QPageSize::PageSizeId paper = QPageSize::A4);

    QPageSize::PageSizeId paper() const { return m_paper; }
    QPageSize pageSize() const { return QPageSize(m_paper); }
    QSizeF pageSizePoints() const; // portrait, whole points
    QMarginsF margins() const { return m_margins; }

    QRectF headerRect() const;  // above the content, inside the margins
    QRectF contentRect() const; // where blocks go
    QRectF footerRect() const;  // below the content

    // Letter in the Americas territories that use it (US, Canada, Mexico, …), A4 elsewhere.
    static QPageSize::PageSizeId paperFor(const QLocale &locale);
    // "a4", "letter" (any case); nothing for anything else.
    static std::optional<QPageSize::PageSizeId> paperFromName(const QString &name);

    static constexpr qreal kHeaderHeight = 22;
    static constexpr qreal kFooterHeight = 20;
    static constexpr qreal kBandGap = 14; // between the header or footer and the content

private:
    QPageSize::PageSizeId m_paper;
    QMarginsF m_margins;
};

} // namespace tierscope::ui
