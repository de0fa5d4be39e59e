// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/results_importer.h"

#include "core/campaigns/campaign_plan_loader.h"
#include "core/io/csv_file.h"
#include "core/io/csv_record.h"
#include "core/io/deliverable_matcher.h"
#include "core/io/results_header_mapper.h"
#include "core/io/results_row_reader.h"
#include "core/storage/campaign_repository.h"

#include <QHash>

namespace tierscope::core {

namespace {

struct Sheet
{
    QStringList headers;
    ResultsMapping mapping;
    QList<CsvRecord> records; // every data record: results sheets are small
    QString encoding;
    QString delimiter;
    QStringList notes;
};

Error cancelled()
{
    return {Error::Code::Cancelled,
            ResultsImporter::tr("The import was cancelled; the campaign is unchanged.")};
}

// Reads the whole sheet; maxRows < 0: every record.
Result<Sheet> readSheet(const QString &path, const ResultsImportOptions &options, int maxRows)
{
    auto opened = openCsvFile(path, options.encoding, options.delimiter);
    if (!opened)
        return opened.error();
    CsvReader &reader = *opened->reader;
    auto headers = readCsvHeader(reader, path);
    if (!headers)
        return headers.error();
    Sheet sheet;
    sheet.headers = *headers;
    sheet.mapping = options.mapping ? ResultsHeaderMapper::map(sheet.headers, *options.mapping)
                                    : ResultsHeaderMapper::map(sheet.headers);
    CsvRecord record;
    while ((maxRows < 0 || sheet.records.size() < maxRows) && reader.readNext(record)) {
        sheet.records << record;
        if (options.progress && (sheet.records.size() & 255) == 0
            && !options.progress({sheet.records.size(), reader.bytesRead(), reader.totalBytes()}))
            return cancelled();
    }
    if (reader.hasError()) {
        if (maxRows >= 0)
            sheet.notes << csvReaderError(reader, path).message; // a preview shows what it can
        else
            return csvReaderError(reader, path); // a broken file imports nothing
    }
    sheet.encoding = TextDecoder::encodingName(reader.encoding());
    sheet.delimiter = csvDelimiterName(reader.delimiter());
    sheet.notes = csvDecoderNotes(reader) + sheet.notes;
    return sheet;
}

// The deliverable with the row's results written over it (see ResultsImporter).
Deliverable merged(const Deliverable &stored, const ResultsRow &row)
{
    Deliverable d = stored;
    if (!row.url.isEmpty())
        d.url = row.url;
    if (row.publishedOn.isValid())
        d.publishedOn = row.publishedOn;
    DeliverableActuals &a = d.actuals;
    const DeliverableActuals &in = row.actuals;
    using Count = std::optional<qint64> DeliverableActuals::*;
    for (const Count c :
         {&DeliverableActuals::views, &DeliverableActuals::likes, &DeliverableActuals::comments,
          &DeliverableActuals::shares, &DeliverableActuals::saves, &DeliverableActuals::clicks,
          &DeliverableActuals::conversions}) {
        if (in.*c)
            a.*c = in.*c;
    }
    if (in.revenue)
        a.revenue = in.revenue;
    d.status = DeliverableStatus::Published;
    return d;
}

} // namespace

Result<ResultsPreview> ResultsImporter::preview(const QString &path,
                                                const ResultsImportOptions &options, int maxRows)
{
    auto sheet = readSheet(path, options, std::max(0, maxRows));
    if (!sheet)
        return sheet.error();
    ResultsPreview p;
    p.headers = sheet->headers;
    p.mapping = sheet->mapping;
    for (const CsvRecord &r : sheet->records)
        p.rows << r.toStringList();
    p.encoding = sheet->encoding;
    p.delimiter = sheet->delimiter;
    p.warnings = sheet->notes;
    return p;
}

Result<ResultsImport> ResultsImporter::prepare(QSqlDatabase db, qint64 campaignId,
                                               const QString &path,
                                               const ResultsImportOptions &options)
{
    auto loaded = loadCampaignPlan(db, campaignId);
    if (!loaded)
        return loaded.error();
    const CampaignPlan &plan = *loaded;
    auto sheet = readSheet(path, options, -1);
    if (!sheet)
        return sheet.error();
    if (const Status s = ResultsRowReader::checkMapping(sheet->mapping))
        return s;

    ResultsRowReader reader(sheet->mapping, plan.campaign.currency());
    for (const CsvRecord &r : sheet->records)
        reader.observe(r); // how dates are written, learned from the whole sheet first
    const DeliverableMatcher matcher(plan);

    ResultsImport out;
    out.campaignId = campaignId;
    out.mapping = sheet->mapping;
    ImportReport &report = out.report;
    report.encoding = sheet->encoding;
    report.delimiter = sheet->delimiter;
    report.warnings = sheet->notes + reader.conventionNotes();
    const auto reject = [&report](const RejectedRow &r) {
        ++report.rejected;
        if (report.rejectedRows.size() < ImportReport::kMaxKeptRejections)
            report.rejectedRows << r;
    };

    QHash<qint64, qint64> lineOf; // deliverable id → the line that brought its results
    QHash<qint64, Deliverable> changed;
    QList<qint64> order;
    RejectedRow rejection;
    for (const CsvRecord &record : sheet->records) {
        ++report.rowsRead;
        const std::optional<ResultsRow> row = reader.read(record, &rejection);
        if (!row) {
            reject(rejection);
            continue;
        }
        if (!row->hasResults()) {
            reject(
                {row->line, QString(), tr("the row has no results: every result cell is empty")});
            continue;
        }
        QString why;
        const qint64 id = matcher.find(*row, &why);
        if (id == 0) {
            reject({row->line, QString(), why});
            continue;
        }
        if (const auto it = lineOf.constFind(id); it != lineOf.cend()) {
            reject(
                {row->line, QString(),
                 tr("line %1 already has results for this deliverable (ID %2)").arg(*it).arg(id)});
            continue;
        }
        lineOf.insert(id, row->line);
        const Deliverable *stored = matcher.deliverable(id);
        Deliverable after = merged(*stored, *row);
        if (const QString problem = after.problem(); !problem.isEmpty()) {
            reject({row->line, QString(), problem});
            continue;
        }
        if (after == *stored) {
            ++report.skipped;
            continue;
        }
        changed.insert(id, after);
        order << id;
    }
    if (options.progress && !options.progress({report.rowsRead, 0, -1}))
        return cancelled();
    for (qint64 id : order) {
        out.before << *matcher.deliverable(id);
        out.after << changed.value(id);
    }
    report.updated = out.after.size();
    return out;
}

Status ResultsImporter::apply(QSqlDatabase db, const ResultsImport &import, WorkspaceEvents *events)
{
    if (!import.hasChanges())
        return {};
    return CampaignRepository(db, events).updateDeliverables(import.after);
}

Result<ResultsImport> ResultsImporter::run(QSqlDatabase db, qint64 campaignId, const QString &path,
                                           const ResultsImportOptions &options,
                                           WorkspaceEvents *events)
{
    auto import = prepare(db, campaignId, path, options);
    if (!import)
        return import.error();
    if (const Status s = apply(db, *import, events))
        return s;
    return import;
}

} // namespace tierscope::core
