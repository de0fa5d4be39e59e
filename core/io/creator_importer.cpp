// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_importer.h"

#include "core/io/creator_row_reader.h"
#include "core/io/csv_file.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_record.h"
#include "core/io/header_mapper.h"

#include <QFileInfo>

namespace tierscope::core {

namespace {

// Records read ahead to learn how rates and dates are written (ColumnConventions).
constexpr int kScaleSample = 1000;

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
    CsvRecord record;
    while (p.rows.size() < maxRows && reader.readNext(record)) {
        p.rows << record.toStringList();
        rows.observe(record);
    }
    if (reader.hasError())
        p.warnings << csvReaderError(reader, path).message;
    p.encoding = TextDecoder::encodingName(reader.encoding());
    p.delimiter = csvDelimiterName(reader.delimiter());
    p.warnings = csvDecoderNotes(reader) + rows.conventionNotes() + p.warnings;
    return p;
}

namespace {

// One pass over the file: every record read, validated and written. startOver: a record taught
// something that changes how earlier ones were read (ColumnConventions); the pass was rolled
// back and the import runs again.
struct Pass
{
    ImportReport report;
    bool startOver = false;
};

Result<Pass> importPass(QSqlDatabase db, const QString &path, const ImportOptions &options,
                        CreatorRowReader &rows, int passNumber)
{
    auto opened = openCsv(path, options);
    if (!opened)
        return opened.error();
    CsvReader &reader = *opened->reader;
    auto header = readHeader(reader, path, options);
    if (!header)
        return header.error();

    Pass pass;
    ImportReport &report = pass.report;
    report.mapping = header->mapping;
    report.dryRun = options.dryRun;
    BulkCreatorWriter writer(db, options.onDuplicate, rows.updateColumns());
    if (const Status s = writer.begin())
        return s;

    const auto reject = [&](const RejectedRow &r) {
        if (options.rejected)
            options.rejected(passNumber, r);
        ++report.rejected;
        if (report.rejectedRows.size() < ImportReport::kMaxKeptRejections)
            report.rejectedRows << r;
    };
    const auto progress = [&]() {
        return !options.progress
               || options.progress({report.rowsRead, reader.bytesRead(), reader.totalBytes()});
    };
    const auto cancelled = [] {
        return Error{Error::Code::Cancelled,
                     CreatorImporter::tr("The import was cancelled; the workspace is unchanged.")};
    };
    const QString followersHeader = header->mapping.header(
        header->mapping.columnFor(CreatorField::Followers));

    CsvRecord record;
    RejectedRow rejection;
    while (reader.readNext(record)) {
        ++report.rowsRead;
        const std::optional<Creator> creator = rows.read(record, &rejection);
        if (rows.mustStartOver()) {
            writer.rollback();
            pass.startOver = true;
            return pass;
        }
        if (!creator) {
            reject(rejection);
        } else if (const Status s = writer.add(*creator)) {
            if (s.code != Error::Code::InvalidArgument)
                return s; // the writer has rolled back: nothing of this import remains
            // The update was refused: merged with what the workspace holds, the ER is above 100 %.
            reject({record.line(), followersHeader,
                    CreatorImporter::tr("with the likes, comments and shares the workspace has for "
                                        "this creator, the engagement rate would be above 100 %")});
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
        report.warnings << CreatorImporter::tr("Column “%1” is kept as an extra field.")
                               .arg(header->mapping.header(c));
    report.warnings << rows.conventionNotes();
    report.inserted = writer.counts().inserted;
    report.updated = writer.counts().updated;
    report.skipped = writer.counts().skipped;

    if (!progress())
        return cancelled();
    if (options.dryRun) {
        writer.rollback();
        return pass;
    }
    if (const Status s = writer.commit())
        return s;
    return pass;
}

} // namespace

Result<ImportReport> CreatorImporter::run(QSqlDatabase db, const QString &path,
                                          const ImportOptions &input)
{
    ImportOptions options = input;
    if (options.source.isEmpty())
        options.source = QFileInfo(path).fileName();

    std::optional<CreatorRowReader> rows;
    {
        auto opened = openCsv(path, options);
        if (!opened)
            return opened.error();
        CsvReader &reader = *opened.value().reader;
        auto header = readHeader(reader, path, options);
        if (!header)
            return header.error();
        if (const Status s = CreatorRowReader::checkMapping(header->mapping))
            return s;
        rows.emplace(header->mapping, options);
        // A sample read ahead teaches how rates and dates are written, so that a file rarely has
        // to be read twice.
        CsvRecord record;
        for (int i = 0; i < kScaleSample && reader.readNext(record); ++i)
            rows->observe(record);
    }

    // Each new pass knows more (ColumnConventions), so this ends; the bound is a safeguard.
    for (int attempt = 0; attempt < 64; ++attempt) {
        auto pass = importPass(db, path, options, *rows, attempt + 1);
        if (!pass)
            return pass.error();
        if (!pass->startOver)
            return pass->report;
        rows->startOver();
    }
    return Error{Error::Code::Database, tr("The import could not settle how the file is written.")};
}

} // namespace tierscope::core
