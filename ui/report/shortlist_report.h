// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/list_report_data.h"
#include "ui/report/report_document.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace tierscope::ui {

// A shortlist to share: its brief, the candidates in order with their figures, verdict and
// note, and the engagement-against-reach chart with the candidates highlighted.
class ShortlistReport
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistReport)

public:
    static ReportDocument build(const ShortlistReportData &data, const QDate &exportDate,
                                const QLocale &locale = QLocale());
};

// Creators side by side (2–6): every compared figure with the best of each row marked, and the
// chart with the compared creators highlighted.
class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)

public:
    static ReportDocument build(const ComparisonReportData &data, const QDate &exportDate,
                                const QLocale &locale = QLocale());
};

} // namespace tierscope::ui
