// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/column_survey.h"
#include "core/io/import_report.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tierscope::core {

// One previewed row as it will be stored: the creator, or why the row is refused, and the
// cells that lose their field.
struct PreviewRow
{
    qint64 line = 0;
    std::optional<Creator> creator;
    RejectedRow rejection;
    QList<RejectedRow> cellIssues;
};

// What the import dialog shows before anything is written.
struct ImportPreview
{
    QStringList headers;
    HeaderMapping mapping; // detected, or the saved one applied to these headers
    QList<QStringList> rows; // the first data records as text
    QList<PreviewRow> stored; // the same records as they will be stored
    // How the columns write numbers, rates and dates, learned from the first
    // kPreviewSurveyRows records (surveyedRows; -1: the whole file). The import itself learns
    // from every record and says so when that reads differently.
    ColumnSurvey survey;
    qint64 surveyedRows = -1;
    QString encoding;
    QString delimiter;
    QStringList warnings;
};

// Records the preview learns the columns' readings from.
inline constexpr int kPreviewSurveyRows = 20'000;

// Imports creators from a CSV file into a workspace: streaming in bounded memory, one
// transaction (BulkCreatorWriter), every refused row and every bad cell reported with its line,
// column and reason (CreatorRowReader) while the creators go in. Cancelled, failed or killed,
// the workspace is exactly as before; any SQLite error ends the import. A file that cannot be
// read or decoded imports nothing, nor does one without a handle or followers column, or one
// whose rows cannot have a platform (the error says what to do).
//
// The file is read twice: first to learn, from every record, how each column writes its
// numbers, rates and dates (ColumnSurvey) and which rows repeat an earlier creator; then to
// import. A later row of the same creator updates the earlier one (or is skipped), and the
// report lists it with both lines. A dry run does all of it, counts included, and then rolls
// back.
class CreatorImporter
{
    Q_DECLARE_TR_FUNCTIONS(CreatorImporter)
public:
    static Result<ImportPreview> preview(const QString &path, const ImportOptions &options,
                                         int maxRows = 50);

    // db: the connection to write on (the worker thread's own, in the GUI).
    static Result<ImportReport> run(QSqlDatabase db, const QString &path,
                                    const ImportOptions &options);
};

} // namespace tierscope::core
