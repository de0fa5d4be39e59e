// SPDX-License-Identifier: GPL-3.0-or-later
// Opening an import file and reading its header: shared by every CSV import.
#pragma once

#include "core/common/result.h"
#include "core/io/csv_reader.h"
#include "core/io/text_decoder.h"

#include <QFile>
#include <QStringList>

#include <memory>

namespace tierscope::core {

struct OpenedCsv
{
    std::unique_ptr<QFile> file;
    std::unique_ptr<CsvReader> reader;
};

// Io error naming the file when it cannot be read.
Result<OpenedCsv> openCsvFile(const QString &path, TextEncoding encoding, char delimiter);
// The reader's error, prefixed with the file name and line (“x.csv”, line 3: …).
Error csvReaderError(const CsvReader &reader, const QString &path);
// The header row, with formula guards of an exported file removed; an error for an empty file.
Result<QStringList> readCsvHeader(CsvReader &reader, const QString &path);
// "comma", "semicolon", "tab" or the character.
QString csvDelimiterName(char delimiter);
// The decoder's warnings (encoding guesses …) as sentences.
QStringList csvDecoderNotes(const CsvReader &reader);

} // namespace tierscope::core
