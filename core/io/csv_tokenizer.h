// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/csv_options.h"
#include "core/io/csv_record.h"

#include <QCoreApplication>

#include <array>

namespace tierscope::core {

// RFC 4180 tokeniser over UTF-8 text that arrives in pieces. Quoted fields may hold delimiters,
// doubled quotes and line breaks (kept as they are, CRLF included); records end at LF, CRLF or a
// lone CR. Lenient where RFC 4180 is silent: a quote inside an unquoted field is a character, and
// text after a closing quote is appended ("ab"c → abc). Line numbers count physical lines.
// Unquoted stretches are copied in bulk, so the cost is about one table look-up per byte.
// The size limits (CsvOptions) count a field's value: neither its quotes nor one leading
// apostrophe, the formula guard that exports put before text such as "=…" (formula_guard.h). So
// a value of the largest size an import accepts, exported with its guard, imports back.
class CsvTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(CsvTokenizer)

public:
    enum class Outcome { NeedInput, Record, End, Error };

    CsvTokenizer(char delimiter, const CsvOptions &options, qint64 firstLine = 1);

    // Tokenises from p towards end and advances p. Record: `record` holds a complete record
    // (call again with the rest of the input); NeedInput: all of [p, end) was used.
    Outcome feed(const char *&p, const char *end, CsvRecord &record);
    // At the end of the input: Record for a last record without a line break, else End or Error.
    Outcome finish(CsvRecord &record);

    const Error &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    char delimiter() const { return m_delimiter; }

private:
    enum class State : quint8 { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool append(CsvRecord &record, const char *begin, const char *end);
    bool endField(CsvRecord &record);
    bool failTooLarge(const CsvRecord &record, qsizetype appended);
    bool failTooManyColumns(const CsvRecord &record);
    void countQuotedLines(const char *begin, const char *end);
    Outcome fail(const QString &message, qint64 line);

    std::array<bool, 256> m_stops{}; // delimiter, CR, LF
    char m_delimiter;
    qsizetype m_maxFieldBytes;
    qsizetype m_maxColumns;
    qsizetype m_maxRecordBytes;
    bool m_skipBlank;
    State m_state = State::RecordStart;
    qint64 m_line;
    qint64 m_quoteLine = 0;
    qsizetype m_fieldBytes = 0;
    qsizetype m_fieldGuard = 0;   // 1 when the field's value starts with an apostrophe
    qsizetype m_recordGuards = 0; // fields of the record that start with one
    bool m_pendingLf = false;   // a record ended on CR; a LF right after belongs to it
    bool m_quotedLastCr = false;
    bool m_recordQuoted = false;
    Error m_error;
    qint64 m_errorLine = 0;
};

} // namespace tierscope::core
