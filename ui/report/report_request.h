// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "ui/report/campaign_report_data.h"
#include "ui/report/list_report_data.h"
#include "ui/report/report_document.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

#include <variant>

namespace tierscope::ui {

// Which document to make: a campaign plan, a shortlist or a comparison.
struct ReportRequest
{
    enum class Kind { Campaign, Shortlist, Comparison };
    Kind kind = Kind::Campaign;
    qint64 id = 0;       // campaign or shortlist
    QList<qint64> ids;   // compared creators
    QString name;        // for the suggested file name

    bool isValid() const { return kind == Kind::Comparison ? ids.size() >= 2 : id > 0; }
    QString suggestedFileName() const; // "Spring Launch 2027.pdf"
};

using ReportData = std::variant<CampaignReportData, ShortlistReportData, ComparisonReportData>;

// Reads what the document shows (any thread, with that thread's connection).
core::Result<ReportData> loadReportData(QSqlDatabase db, const ReportRequest &request);
// The document, not yet laid out.
ReportDocument buildReport(const ReportData &data, const QDate &exportDate,
                           const QLocale &locale = QLocale());

} // namespace tierscope::ui
