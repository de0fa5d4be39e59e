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

// Imports creators from a CSV file into a workspace: streaming, one transaction, every bad row
// reported with its line, column and reason while the good rows go in. Cancelled, failed or
// killed, the workspace is exactly as before.
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
