// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_importer.h"

#include "core/io/creator_row_reader.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_record.h"
#include "core/io/header_mapper.h"

#include <QFile>
#include <QFileInfo>

namespace tierscope::core {

namespace {

// Records read to learn each rate column's scale before importing.
constexpr int kScaleSample = 1000;

struct OpenedFile
{
    std::unique_ptr<QFile> file;
    std::unique_ptr<CsvReader> reader;
};

Result<OpenedFile> openCsv(const QString &path, const ImportOptions &options)
{
    OpenedFile f;
    f.file = std::make_unique<QFile>(path);
    if (!f.file->open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, CreatorImporter::tr("Cannot read “%1”: %2")
                                          .arg(QFileInfo(path).fileName(), f.file->errorString())};
    CsvOptions csv;
    csv.encoding = options.encoding;
    csv.delimiter = options.delimiter;
    f.reader = std::make_unique<CsvReader>(f.file.get(), csv);
    return f;
}

Error readerError(const CsvReader &reader, const QString &path)
{
    Error e = reader.error();
    const QString where = reader.errorLine() > 0
                              ? CreatorImporter::tr("“%1”, line %2: ").arg(QFileInfo(path).fileName()).arg(reader.errorLine())
                              : CreatorImporter::tr("“%1”: ").arg(QFileInfo(path).fileName());
    e.message = where + e.message;
    return e;
}

QString delimiterName(char d)
{
    switch (d) {
    case ',': return QStringLiteral("comma");
    case ';': return QStringLiteral("semicolon");
    case '\t': return QStringLiteral("tab");
    default: return QString(QLatin1Char(d));
    }
}

struct Header
{
    QStringList headers;
    HeaderMapping mapping;
};

Result<Header> readHeader(CsvReader &reader, const QString &path, const ImportOptions &options)
{
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (reader.hasError())
            return readerError(reader, path);
        return Error{Error::Code::InvalidArgument,
                     CreatorImporter::tr("“%1” is empty: there is no header row.")
                         .arg(QFileInfo(path).fileName())};
    }
    Header h;
    h.headers = record.toStringList();
    h.mapping = options.mapping ? HeaderMapper::map(h.headers, *options.mapping)
                                : HeaderMapper::map(h.headers);
    return h;
}

QStringList describe(const CsvReader &reader)
{
    QStringList out;
    for (const DecoderWarning &w : reader.warnings())
        out << (w.line > 0 ? CreatorImporter::tr("line %1: %2").arg(w.line).arg(w.message) : w.message);
    return out;
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
    CsvRecord record;
    while (p.rows.size() < maxRows && reader.readNext(record))
        p.rows << record.toStringList();
    if (reader.hasError())
        p.warnings << readerError(reader, path).message;
    p.encoding = TextDecoder::encodingName(reader.encoding());
    p.delimiter = delimiterName(reader.delimiter());
    p.warnings = describe(reader) + p.warnings;
    return p;
}

Result<ImportReport> CreatorImporter::run(QSqlDatabase db, const QString &path,
                                          const ImportOptions &input)
{
    ImportOptions options = input;
    if (options.source.isEmpty())
        options.source = QFileInfo(path).fileName();

    // First pass over a sample: learn how each rate column is written.
    QList<QStringList> sample;
    {
        auto opened = openCsv(path, options);
        if (!opened)
            return opened.error();
        auto header = readHeader(*opened->reader, path, options);
        if (!header)
            return header.error();
        CsvRecord record;
        while (sample.size() < kScaleSample && opened->reader->readNext(record))
            sample << record.toStringList();
    }

    auto opened = openCsv(path, options);
    if (!opened)
        return opened.error();
    CsvReader &reader = *opened->reader;
    auto header = readHeader(reader, path, options);
    if (!header)
        return header.error();
    if (const Status s = CreatorRowReader::checkMapping(header->mapping))
        return s;

    ImportReport report;
    report.mapping = header->mapping;
    report.dryRun = options.dryRun;
    CreatorRowReader rows(header->mapping, options);
    rows.learnScales(sample);
    sample.clear();

    BulkCreatorWriter writer(db, options.onDuplicate, rows.updateColumns());
    if (const Status s = writer.begin())
        return s;

    CsvRecord record;
    RejectedRow rejection;
    while (reader.readNext(record)) {
        ++report.rowsRead;
        if (const auto creator = rows.read(record, &rejection)) {
            if (const Status s = writer.add(*creator))
                return s; // the writer has rolled back: nothing of this import remains
        } else {
            ++report.rejected;
            if (report.rejectedRows.size() < ImportReport::kMaxKeptRejections)
                report.rejectedRows << rejection;
        }
        if (options.progress && (report.rowsRead & 4095) == 0
            && !options.progress({report.rowsRead, reader.bytesRead(), reader.totalBytes()}))
            return Error{Error::Code::Cancelled,
                         tr("The import was cancelled; the workspace is unchanged.")};
    }
    if (reader.hasError())
        return readerError(reader, path); // a broken file imports nothing

    report.encoding = TextDecoder::encodingName(reader.encoding());
    report.delimiter = delimiterName(reader.delimiter());
    report.warnings = describe(reader);
    for (qsizetype c : header->mapping.extraColumns())
        report.warnings << tr("Column “%1” is kept as an extra field.").arg(header->mapping.header(c));
    report.inserted = writer.counts().inserted;
    report.updated = writer.counts().updated;
    report.skipped = writer.counts().skipped;

    if (options.dryRun) {
        writer.rollback();
        return report;
    }
    if (options.progress)
        options.progress({report.rowsRead, reader.bytesRead(), reader.totalBytes()});
    if (const Status s = writer.commit())
        return s;
    return report;
}

} // namespace tierscope::core
