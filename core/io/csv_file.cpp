// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_file.h"

#include "core/io/csv_record.h"
#include "core/io/formula_guard.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tierscope::core {

// The messages keep the translation context of the creator import, where they began.

Result<OpenedCsv> openCsvFile(const QString &path, TextEncoding encoding, char delimiter)
{
    OpenedCsv f;
    f.file = std::make_unique<QFile>(path);
    if (!f.file->open(QIODevice::ReadOnly))
        return Error {Error::Code::Io,
                      QCoreApplication::translate("CreatorImporter",
                                                  "Cannot read “%1”: %2. Check the path and that "
                                                  "you may read the file.")
                          .arg(QFileInfo(path).fileName(), f.file->errorString())};
    CsvOptions csv;
    csv.encoding = encoding;
    csv.delimiter = delimiter;
    f.reader = std::make_unique<CsvReader>(f.file.get(), csv);
    return f;
}

Error csvReaderError(const CsvReader &reader, const QString &path)
{
    Error e = reader.error();
    const QString file = QFileInfo(path).fileName();
    const qint64 line = reader.errorLine();
    // A reader message that starts by naming the line ("Line 3: …") does not say it twice.
    const QString linePrefix = QStringLiteral("Line %1: ").arg(line);
    if (line > 0 && e.message.startsWith(linePrefix))
        e.message = e.message.mid(linePrefix.size());
    e.message =
        (line > 0
             ? QCoreApplication::translate("CreatorImporter", "“%1”, line %2: ").arg(file).arg(line)
             : QCoreApplication::translate("CreatorImporter", "“%1”: ").arg(file))
        + e.message;
    return e;
}

Result<QStringList> readCsvHeader(CsvReader &reader, const QString &path)
{
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (reader.hasError())
            return csvReaderError(reader, path);
        return Error {
            Error::Code::InvalidArgument,
            QCoreApplication::translate("CreatorImporter", "“%1” is empty: there is no header row.")
                .arg(QFileInfo(path).fileName())};
    }
    QStringList headers;
    for (qsizetype i = 0; i < record.size(); ++i) // an exported header may be guarded too
        headers << unguardFormula(record.field(i)).toString();
    return headers;
}

QString csvDelimiterName(char d)
{
    switch (d) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    default:
        return QString(QLatin1Char(d));
    }
}

QStringList csvDecoderNotes(const CsvReader &reader)
{
    QStringList out;
    for (const DecoderWarning &w : reader.warnings())
        out << (w.line > 0 ? QCoreApplication::translate("CreatorImporter", "line %1: %2")
                                 .arg(w.line)
                                 .arg(w.message)
                           : w.message);
    return out;
}

} // namespace tierscope::core
