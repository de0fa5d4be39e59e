// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/import_report.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tierscope::core {

// What the import dialog shows before anything is written.
struct ImportPreview
{
    QStringList headers;
    HeaderMapping mapping;   // detected, or the saved one applied to these headers
    QList<QStringList> rows; // the first data records as text
    QString encoding;
    QString delimiter;
    QStringList warnings;
};

// Imports creators from a CSV file into a workspace: streaming in bounded memory, one
// transaction (BulkCreatorWriter), every bad row reported with its line, column and reason
// (CreatorRowReader) while the good rows go in. Cancelled, failed or killed, the workspace is
// exactly as before; any SQLite error ends the import. A file that cannot be read or decoded
// imports nothing, nor does one without a handle or followers column (the error says what to do).
//
// The first 1,000 records are read ahead to learn how rates and dates are written
// (ColumnConventions). When a later record shows that earlier ones were read wrongly (a percent
// column whose first thousand values were all below 1), the pass is rolled back and the import
// runs again with what it learned; the report describes what it learned.
// A dry run does all of it, counts included, and then rolls back.
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
