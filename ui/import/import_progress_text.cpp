// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_progress_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tierscope::ui {

namespace {

// The survey only reads; the import parses, writes and indexes, and takes about three times as
// long (measured on a 600,000-row file): a quarter of the bar keeps its pace even.
constexpr int kSurveySteps = ImportProgressText::kSteps / 4;

} // namespace

int ImportProgressText::barValue(const core::ImportProgress &p, int previous)
{
    if (p.totalBytes <= 0)
        return std::max(previous, 0);
    const bool surveying = p.phase == core::ImportProgress::Phase::Surveying;
    const int span = surveying ? kSurveySteps : kSteps - kSurveySteps;
    const qint64 bytes = std::clamp<qint64>(p.bytesRead, 0, p.totalBytes);
    const int within = int(bytes * span / p.totalBytes);
    return std::max((surveying ? 0 : kSurveySteps) + within, previous);
}

QString ImportProgressText::label(const core::ImportProgress &p, const QString &fileName)
{
    // The texts keep the translation context of the import flow, where they began.
    const QLocale locale;
    if (p.phase == core::ImportProgress::Phase::Surveying)
        return QCoreApplication::translate("tierscope::ui::CsvImportFlow",
                                           "Reading how “%1” writes its numbers… %2 rows read")
            .arg(fileName, locale.toString(p.rows));
    if (p.totalBytes > 0 && p.bytesRead >= p.totalBytes)
        return QCoreApplication::translate("tierscope::ui::CsvImportFlow",
                                           "Saving %L1 rows from “%2”…")
            .arg(p.rows)
            .arg(fileName);
    return QCoreApplication::translate("tierscope::ui::CsvImportFlow",
                                       "Importing “%1”… %2 rows read")
        .arg(fileName, locale.toString(p.rows));
}

} // namespace tierscope::ui
