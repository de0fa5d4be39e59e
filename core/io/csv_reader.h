// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/csv_options.h"
#include "core/io/csv_record.h"
#include "core/io/csv_tokenizer.h"
#include "core/io/text_decoder.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace tierscope::core {

// Streams the records of a CSV file one at a time, in bounded memory, whatever the size of the
// file: the text decoder reads 64 KiB chunks and the tokeniser fills one reusable CsvRecord.
//
//     CsvReader reader(&file);
//     CsvRecord record;
//     while (reader.readNext(record)) { … record.field(i) … }
//     if (reader.hasError()) report(reader.error().message);
//
// The delimiter is sniffed among ',' ';' and tab on the first 64 KiB, outside quotes (the one
// found the same number of times on most of the first 20 records wins), unless the options
// name it or the file starts with Excel's "sep=X" line, which is then skipped.
// The first record is taken as the header; later records with another number of fields are
// still delivered, marked isRagged().
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice *device, const CsvOptions &options = CsvOptions());
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Reads the next record; false at the end of the input or on an error (see hasError()).
    bool readNext(CsvRecord &record);

    bool hasError() const { return bool(m_error); }
    const Error &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; } // 0 when the error has no line

    char delimiter() const; // 0 until the first record has been read
    TextEncoding encoding() const { return m_decoder.encoding(); }
    const QList<DecoderWarning> &warnings() const { return m_decoder.warnings(); }
    // Progress: bytes read from the device so far, and its size (-1 when unknown).
    qint64 bytesRead() const { return m_decoder.bytesRead(); }
    qint64 totalBytes() const { return m_decoder.totalBytes(); }
    qint64 recordCount() const { return m_records; }

    // The delimiter of a sample of the text; wholeInput says the sample is not cut short.
    static char sniffDelimiter(QByteArrayView sample, bool wholeInput);

private:
    bool start();
    bool fail(const Error &error, qint64 line);

    CsvOptions m_options;
    TextDecoder m_decoder;
    std::optional<CsvTokenizer> m_tokenizer;
    QByteArray m_sample; // the first chunks, kept for sniffing until tokenised
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    bool m_started = false;
    bool m_inputDone = false;
    bool m_done = false;
    qsizetype m_headerSize = -1;
    qint64 m_records = 0;
    Error m_error;
    qint64 m_errorLine = 0;
};

} // namespace tierscope::core
