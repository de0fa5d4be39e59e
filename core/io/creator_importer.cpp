// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_importer.h"

#include "core/io/creator_row_reader.h"
#include "core/io/csv_file.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_record.h"
#include "core/io/header_mapper.h"

#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace tierscope::core {

namespace {

Result<OpenedCsv> openCsv(const QString &path, const ImportOptions &options)
{
    return openCsvFile(path, options.encoding, options.delimiter);
}

struct Header
{
    QStringList headers;
    HeaderMapping mapping;
};

Result<Header> readHeader(CsvReader &reader, const QString &path, const ImportOptions &options)
{
    auto headers = readCsvHeader(reader, path);
    if (!headers)
        return headers.error();
    Header h;
    h.headers = *headers;
    h.mapping = options.mapping ? HeaderMapper::map(h.headers, *options.mapping)
                                : HeaderMapper::map(h.headers);
    return h;
}

ColumnSurvey::Options surveyOptions(const ImportOptions &options, const HeaderMapping &mapping)
{
    ColumnSurvey::Options o;
    o.fileMark = options.decimalMark;
    o.locale = options.locale;
    for (auto it = options.columnDecimalMarks.cbegin(); it != options.columnDecimalMarks.cend();
         ++it) {
        for (qsizetype c = 0; c < mapping.columnCount(); ++c) {
            if (mapping.header(c) == it.key())
                o.columnMarks.insert(c, it.value());
        }
    }
    return o;
}

QString handleKeyText(Platform p, const QString &handle)
{
    return platformKey(p) + u'\x1f' + handle;
}

// A 64-bit key of (platform, handle): rows with the same key are the same creator (a collision
// is confirmed by the writer, which finds the creator already written in this run).
quint64 creatorKey(Platform p, const QString &handle)
{
    const QString text = handleKeyText(p, handle);
    quint64 h = 1469598103934665603ULL; // FNV-1a over the UTF-16 units
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// The survey pass: every record once, to learn how the columns write numbers, rates and dates,
// and which rows repeat an earlier one (line → earlier line).
struct Survey
{
    ColumnSurvey columns;
    QHash<qint64, qint64> repeats;
};

Result<Survey> survey(const QString &path, const ImportOptions &options, CreatorRowReader &rows,
                      const HeaderMapping &mapping)
{
    auto opened = openCsv(path, options);
    if (!opened)
        return opened.error();
    CsvReader &reader = *opened->reader;
    if (auto header = readHeader(reader, path, options); !header)
        return header.error();
    Survey out;
    rows.describeColumns(out.columns);
    std::vector<std::pair<quint64, qint64>> keys; // (key, line), 16 bytes a row while it runs
    CsvRecord record;
    qint64 count = 0;
    while (reader.readNext(record)) {
        out.columns.add(record);
        if (const auto id = rows.identify(record))
            keys.emplace_back(creatorKey(id->first, id->second), record.line());
        if ((++count & 4095) == 0 && options.progress
            && !options.progress(
                {count, reader.bytesRead(), reader.totalBytes(), ImportProgress::Phase::Surveying}))
            return Error {
                Error::Code::Cancelled,
                CreatorImporter::tr("The import was cancelled; the workspace is unchanged.")};
    }
    if (reader.hasError())
        return csvReaderError(reader, path);
    out.columns.decide(surveyOptions(options, mapping));
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t i = 1; i < keys.size(); ++i) {
        if (keys[i].first == keys[i - 1].first)
            out.repeats.insert(keys[i].second, keys[i - 1].second);
    }
    return out;
}

void addReadings(ImportReport &report, const ColumnSurvey &columns, const HeaderMapping &mapping)
{
    report.readings = columns.notes();
    for (qsizetype c : columns.ambiguousColumns())
        report.ambiguousColumns << mapping.header(c);
}

} // namespace

Result<ImportPreview> CreatorImporter::preview(const QString &path, const ImportOptions &options,
                                               int maxRows)
{
    auto opened = openCsv(path, options);
    if (!opened)
        return opened.error();
    CsvReader &reader = *opened->reader;
    auto header = readHeader(reader, path, options);
    if (!header)
        return header.error();
    ImportPreview p;
    p.headers = header->headers;
    p.mapping = header->mapping;
    CreatorRowReader rows(p.mapping, options);
    rows.describeColumns(p.survey);
    // The readings are learned from more rows than are shown: a column's decimal mark or rate
    // scale often shows only further down.
    QList<CsvRecord> records;
    CsvRecord record;
    bool whole = false;
    for (int i = 0; i < kPreviewSurveyRows; ++i) {
        if (!reader.readNext(record)) {
            whole = true;
            break;
        }
        p.survey.add(record);
        if (records.size() < maxRows)
            records << record;
    }
    p.surveyedRows = whole ? -1 : kPreviewSurveyRows;
    if (reader.hasError())
        p.warnings << csvReaderError(reader, path).message;
    p.survey.decide(surveyOptions(options, p.mapping));
    rows.setSurvey(&p.survey);
    for (const CsvRecord &r : std::as_const(records)) {
        p.rows << r.toStringList();
        PreviewRow stored;
        stored.line = r.line();
        stored.creator = rows.read(r, &stored.rejection, &stored.cellIssues);
        p.stored << stored;
    }
    p.encoding = TextDecoder::encodingName(reader.encoding());
    p.delimiter = csvDelimiterName(reader.delimiter());
    p.warnings = csvDecoderNotes(reader) + p.survey.notes() + p.warnings;
    return p;
}

Result<ImportReport> CreatorImporter::run(QSqlDatabase db, const QString &path,
                                          const ImportOptions &input)
{
    ImportOptions options = input;
    if (options.source.isEmpty())
        options.source = QFileInfo(path).fileName();

    auto opened = openCsv(path, options);
    if (!opened)
        return opened.error();
    CsvReader &reader = *opened->reader;
    auto header = readHeader(reader, path, options);
    if (!header)
        return header.error();
    if (const Status s = CreatorRowReader::checkMapping(header->mapping))
        return s;
    if (const Status s = CreatorRowReader::checkPlatform(header->mapping, options))
        return s;
    CreatorRowReader rows(header->mapping, options);
    auto surveyed = survey(path, options, rows, header->mapping);
    if (!surveyed)
        return surveyed.error();
    rows.setSurvey(&surveyed->columns);

    ImportReport report;
    report.mapping = header->mapping;
    report.dryRun = options.dryRun;
    BulkCreatorWriter writer(db, options.onDuplicate, rows.updateColumns());
    writer.setErBases(options.erBases);
    if (const Status s = writer.begin())
        return s;

    const auto keep = [](QList<RejectedRow> &list, const RejectedRow &r) {
        if (list.size() < ImportReport::kMaxKeptRejections)
            list << r;
    };
    const auto progress = [&]() {
        return !options.progress
            || options.progress({report.rowsRead, reader.bytesRead(), reader.totalBytes(),
                                 ImportProgress::Phase::Importing});
    };
    const auto cancelled = [] {
        return Error {Error::Code::Cancelled,
                      CreatorImporter::tr("The import was cancelled; the workspace is unchanged.")};
    };

    CsvRecord record;
    RejectedRow rejection;
    QList<RejectedRow> cellIssues;
    while (reader.readNext(record)) {
        ++report.rowsRead;
        cellIssues.clear();
        const std::optional<Creator> creator = rows.read(record, &rejection, &cellIssues);
        report.cellIssueCount += cellIssues.size();
        for (const RejectedRow &r : std::as_const(cellIssues))
            keep(report.cellIssues, r);
        if (!creator) {
            if (options.rejected)
                options.rejected(1, rejection);
            ++report.rejected;
            keep(report.rejectedRows, rejection);
        } else {
            const BulkCreatorWriter::Counts before = writer.counts();
            if (const Status s = writer.add(*creator))
                return s; // the writer has rolled back: nothing of this import remains
            const bool wasThere = writer.counts().inserted == before.inserted;
            const auto it = surveyed->repeats.constFind(record.line());
            const bool repeat = wasThere && it != surveyed->repeats.cend();
            if (repeat) {
                ++report.repeatedInFile;
                if (report.repeatedRows.size() < ImportReport::kMaxKeptRejections)
                    report.repeatedRows << RepeatedRow {record.line(), it.value(), creator->handle};
            } else if (hasFlag(creator->qualityFlags, QualityFlag::EngagementAboveFollowers)) {
                ++report.engagementAboveFollowers; // each creator once
            }
        }
        if ((report.rowsRead & 4095) == 0 && !progress())
            return cancelled();
    }
    if (reader.hasError())
        return csvReaderError(reader, path); // a broken file imports nothing

    report.encoding = TextDecoder::encodingName(reader.encoding());
    report.delimiter = csvDelimiterName(reader.delimiter());
    report.warnings = csvDecoderNotes(reader);
    for (qsizetype c : header->mapping.extraColumns())
        report.warnings
            << tr("Column “%1” is kept as an extra field.").arg(header->mapping.header(c));
    if (rows.handlesMadeFromNames() > 0)
        report.warnings << tr("%1 handle cells held a name with spaces; each name was kept as "
                              "the display name and the handle made from it in lower case "
                              "without spaces (%2).")
                               .arg(QLocale().toString(rows.handlesMadeFromNames()),
                                    rows.handleFromNameExample());
    addReadings(report, surveyed->columns, header->mapping);
    report.unknownValues = rows.unknownTallies();
    report.inserted = writer.counts().inserted;
    report.updated = writer.counts().updated;
    report.skipped = writer.counts().skipped;

    if (!progress())
        return cancelled();
    if (options.dryRun) {
        writer.rollback();
        return report;
    }
    if (const Status s = writer.commit())
        return s;
    return report;
}

} // namespace tierscope::core
