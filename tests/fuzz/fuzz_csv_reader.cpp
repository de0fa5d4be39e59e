// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader (text decoder, delimiter sniffing, tokeniser, records).
// Byte 0 picks the encoding and the delimiter; the rest is the file. Beyond "no crash, no
// sanitizer report" it checks that the tokeniser gives the same records (and the same error)
// whether the text arrives at once or in pieces of 1 … 16 bytes, which is how chunk boundaries
// fall in files larger than a chunk.
#include "core/io/csv_reader.h"
#include "core/io/csv_tokenizer.h"

#include <QBuffer>

#include <cstdlib>

using namespace tierscope::core;

namespace {

struct Outcome
{
    QList<QPair<qint64, QList<QByteArray>>> records;
    QString error;
    qint64 errorLine = 0;
};

Outcome tokenise(QByteArrayView text, qsizetype piece, const CsvOptions &options)
{
    Outcome out;
    CsvTokenizer tokenizer(options.delimiter, options);
    CsvRecord record;
    const auto keep = [&] {
        QList<QByteArray> fields;
        for (qsizetype i = 0; i < record.size(); ++i)
            fields << record.fieldUtf8(i).toByteArray();
        out.records.append({record.line(), fields});
    };
    const char *p = text.data();
    const char *const end = p + text.size();
    for (;;) {
        const char *pieceEnd = std::min(end, p + piece);
        CsvTokenizer::Outcome o = p == end ? tokenizer.finish(record)
                                           : tokenizer.feed(p, pieceEnd, record);
        if (o == CsvTokenizer::Outcome::Record) {
            keep();
            continue;
        }
        if (o == CsvTokenizer::Outcome::NeedInput)
            continue;
        if (o == CsvTokenizer::Outcome::Error) {
            out.error = tokenizer.error().message;
            out.errorLine = tokenizer.errorLine();
        }
        return out;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    static const TextEncoding encodings[] = {TextEncoding::Auto, TextEncoding::Utf8,
                                             TextEncoding::Utf16, TextEncoding::Windows1252};
    static const char delimiters[] = {0, ',', ';', '\t'};
    CsvOptions options;
    options.encoding = encodings[control & 3];
    options.delimiter = delimiters[(control >> 2) & 3];
    options.skipBlankRecords = (control & 0x10) == 0;
    // Small limits, so that the limit paths are reached by small inputs.
    options.maxFieldBytes = 64 + (control >> 5) * 16;
    options.maxColumns = 8 + (control >> 5);
    options.maxRecordBytes = 256;

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.readNext(record)) {
        if (record.line() < lastLine)
            std::abort(); // lines go forward
        lastLine = record.line();
        // The limits hold (a field's leading apostrophe, a formula guard, is not counted).
        if (record.size() > options.maxColumns
            || record.byteSize() > options.maxRecordBytes + record.size())
            std::abort();
        const QStringList fields = record.toStringList();
        if (fields.size() != record.size())
            std::abort();
        (void)record.isBlank();
        (void)record.field(record.size()); // out of range: empty
    }
    (void)reader.hasError();
    (void)CsvReader::sniffDelimiter(bytes, true);

    // The tokeniser does not depend on where the input is cut.
    CsvOptions plain = options;
    plain.delimiter = options.delimiter ? options.delimiter : ',';
    const Outcome whole = tokenise(bytes, bytes.size() + 1, plain);
    const Outcome pieces = tokenise(bytes, 1 + (control % 16), plain);
    if (whole.records != pieces.records || whole.error != pieces.error
        || whole.errorLine != pieces.errorLine)
        std::abort();
    return 0;
}
