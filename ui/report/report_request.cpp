// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_request.h"

#include "ui/report/campaign_plan_report.h"
#include "ui/report/shortlist_report.h"

#include <QCoreApplication>

namespace tierscope::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportRequest)
};
} // namespace

QString ReportRequest::suggestedFileName() const
{
    QString base = name.trimmed();
    if (base.isEmpty())
        base = kind == Kind::Comparison ? Text::tr("Creator comparison") : Text::tr("Report");
    // Characters that no file system takes.
    for (QChar &c : base) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"'
            || c == u'<' || c == u'>' || c == u'|' || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return base + QStringLiteral(".pdf");
}

core::Result<ReportData> loadReportData(QSqlDatabase db, const ReportRequest &request)
{
    switch (request.kind) {
    case ReportRequest::Kind::Campaign: {
        auto d = loadCampaignReportData(db, request.id);
        if (!d)
            return d.error();
        return ReportData(std::move(d).value());
    }
    case ReportRequest::Kind::Shortlist: {
        auto d = loadShortlistReportData(db, request.id);
        if (!d)
            return d.error();
        return ReportData(std::move(d).value());
    }
    case ReportRequest::Kind::Comparison: {
        auto d = loadComparisonReportData(db, request.ids);
        if (!d)
            return d.error();
        return ReportData(std::move(d).value());
    }
    }
    return core::Error{core::Error::Code::InvalidArgument, QString()};
}

ReportDocument buildReport(const ReportData &data, const QDate &exportDate,
                           const QLocale &locale)
{
    if (const auto *c = std::get_if<CampaignReportData>(&data))
        return CampaignPlanReport::build(*c, exportDate, locale);
    if (const auto *s = std::get_if<ShortlistReportData>(&data))
        return ShortlistReport::build(*s, exportDate, locale);
    return ComparisonReport::build(std::get<ComparisonReportData>(data), exportDate, locale);
}

} // namespace tierscope::ui
