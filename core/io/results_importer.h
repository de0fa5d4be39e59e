// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/deliverable.h"
#include "core/io/import_report.h"
#include "core/io/results_field.h"
#include "core/io/text_decoder.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace tierscope::core {

class WorkspaceEvents;

struct ResultsImportOptions
{
    std::optional<ResultsMapping> mapping; // the user's; else detected from the header
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0; // 0: sniffed among ',' ';' and tab
    // Called every 256 rows and once at the end of reading; return false to cancel (nothing is
    // written).
    std::function<bool(const ImportProgress &)> progress;
};

// What the import dialog shows before anything is read for real.
struct ResultsPreview
{
    QStringList headers;
    ResultsMapping mapping;
    QList<QStringList> rows; // the first data records as text
    QString encoding;
    QString delimiter;
    QStringList warnings;
};

// A results sheet read against one campaign, not written yet: the summary, and the deliverables
// it changes as they are and as they will be (what an undo step needs).
struct ResultsImport
{
    qint64 campaignId = 0;
    // rowsRead; updated: deliverables the import changes; skipped: rows whose deliverable holds
    // those results already; rejected, with line and reason; notes. inserted is always 0, and
    // report.mapping (a creator mapping) is not used: see `mapping`.
    ImportReport report;
    ResultsMapping mapping;
    QList<Deliverable> before; // as stored, in file order
    QList<Deliverable> after;  // as the import writes them, same order

    bool hasChanges() const { return !after.isEmpty(); }
};

// Imports a campaign's results sheet (per published deliverable: URL, date, views, likes,
// comments, shares, saves, clicks, conversions, revenue) with the mapping machinery of creator
// import: the CSV reader, header synonyms (ResultsHeaderMapper), the value parsers ("12.5k",
// "€1.200,50", dates). Which deliverable a row is about: DeliverableMatcher. How a row is read
// and when it is rejected: ResultsRowReader.
//
// How an accepted row changes its deliverable:
// - a cell with a value replaces the stored one; an empty or unknown cell ("", "N/A", "-")
//   leaves the stored value as it is (unknown stays unknown, never 0; a measured 0 is written);
// - the deliverable becomes Published: a URL, a date of publication or measured results all
//   say the content is live. Its publication date is only set from the sheet, never guessed;
// - two rows about one deliverable: the later one is rejected (the sheet contradicts itself).
// A row that changes nothing counts as skipped.
//
// prepare() reads and checks everything and writes nothing; apply() writes all changes in one
// transaction through CampaignRepository::updateDeliverables (all or nothing); run() does both.
// Results sheets are small (hundreds of rows): the whole file is read into memory.
class ResultsImporter
{
    Q_DECLARE_TR_FUNCTIONS(ResultsImporter)
public:
    static Result<ResultsPreview> preview(const QString &path, const ResultsImportOptions &options,
                                          int maxRows = 50);
    static Result<ResultsImport> prepare(QSqlDatabase db, qint64 campaignId, const QString &path,
                                         const ResultsImportOptions &options);
    static Status apply(QSqlDatabase db, const ResultsImport &import,
                        WorkspaceEvents *events = nullptr);
    static Result<ResultsImport> run(QSqlDatabase db, qint64 campaignId, const QString &path,
                                     const ResultsImportOptions &options,
                                     WorkspaceEvents *events = nullptr);
};

} // namespace tierscope::core
