// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/report_block.h"
#include "ui/report/report_page_setup.h"
#include "ui/report/report_paginator.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

namespace tierscope::ui {

// A report ready to paint: its blocks and the text of its running header and footer. Laid out
// once per sheet (layout()), then painted page by page at 72 units per inch.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument(QString headerTitle, QString headerDetail, QDate exportDate,
                   QLocale locale = QLocale());
    ReportDocument(ReportDocument &&) = default;
    ReportDocument &operator=(ReportDocument &&) = default;

    template<typename Block>
    Block *add(std::unique_ptr<Block> block)
    {
        Block *b = block.get();
        m_blocks.push_back(std::move(block));
        return b;
    }
    const std::vector<std::unique_ptr<ReportBlock>> &blocks() const { return m_blocks; }

    QString title() const { return m_headerTitle; } // also the PDF's title
    QDate exportDate() const { return m_exportDate; }

    // Lays every block out for the sheet and breaks them into pages.
    void layout(const ReportPageSetup &setup);
    const ReportPageSetup &pageSetup() const { return m_setup; }
    const QList<ReportPageContent> &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }

    // Paints page `index` (0-based) on a painter whose units are points, origin at the sheet's
    // top left corner.
    void paintPage(QPainter *painter, int index) const;

private:
    void paintHeaderAndFooter(QPainter *painter, int index) const;

    QString m_headerTitle;
    QString m_headerDetail;
    QDate m_exportDate;
    QLocale m_locale;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    ReportPageSetup m_setup;
    QList<ReportPageContent> m_pages;
};

} // namespace tierscope::ui
