// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_tokenizer.h"

#include <QLocale>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tierscope::core {

namespace {

constexpr char Quote = '"';

// The first delimiter, CR or LF in [p, end), or end. Sixteen bytes at a time where SSE2 is there
// (every x86-64); a table look-up per byte elsewhere and for the tail.
inline const char *findStop(const char *p, const char *end, const bool *stops, char delimiter)
{
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, cr)),
                                         _mm_cmpeq_epi8(v, lf));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#else
    Q_UNUSED(delimiter);
#endif
    while (p < end && !stops[static_cast<uchar>(*p)])
        ++p;
    return p;
}

QString byteSize(qsizetype bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

} // namespace

CsvTokenizer::CsvTokenizer(char delimiter, const CsvOptions &options, qint64 firstLine)
    : m_delimiter(delimiter),
      m_maxFieldBytes(options.maxFieldBytes),
      m_maxColumns(options.maxColumns),
      m_maxRecordBytes(options.maxRecordBytes),
      m_skipBlank(options.skipBlankRecords),
      m_line(firstLine)
{
    m_stops[static_cast<uchar>(delimiter)] = true;
    m_stops['\r'] = true;
    m_stops['\n'] = true;
}

CsvTokenizer::Outcome CsvTokenizer::fail(const QString &message, qint64 line)
{
    m_error = Error{Error::Code::InvalidArgument, message};
    m_errorLine = line;
    return Outcome::Error;
}

// Error paths kept out of line, so that the hot append/endField stay small enough to inline.
// `appended` bytes were about to be added. The limit that the bytes cross first, in input order,
// is the one reported, so that the message does not depend on where the input was cut into
// pieces (at a tie the field limit, as when the bytes arrive one by one).
Q_DECL_COLD_FUNCTION bool CsvTokenizer::failTooLarge(const CsvRecord &record, qsizetype appended)
{
    const qsizetype fieldRoom = m_maxFieldBytes + m_fieldGuard - (m_fieldBytes - appended);
    const qsizetype recordRoom = m_maxRecordBytes + m_recordGuards - record.byteSize();
    if (fieldRoom <= recordRoom) {
        const bool quoted = m_state == State::Quoted;
        const qint64 line = quoted ? m_quoteLine : m_line;
        fail(quoted ? tr("Line %1: a quoted field is larger than %2; is its closing quote missing?")
                          .arg(line)
                          .arg(byteSize(m_maxFieldBytes))
                    : tr("Line %1: a field is larger than %2.").arg(line).arg(byteSize(m_maxFieldBytes)),
             line);
    } else {
        fail(tr("The record that starts on line %1 is larger than %2.")
                 .arg(record.line())
                 .arg(byteSize(m_maxRecordBytes)),
             record.line());
    }
    return false;
}

Q_DECL_COLD_FUNCTION bool CsvTokenizer::failTooManyColumns(const CsvRecord &record)
{
    fail(tr("Line %1 has more than %2 columns; this does not look like a table, or the "
            "delimiter is wrong.")
             .arg(record.line())
             .arg(m_maxColumns),
         record.line());
    return false;
}

inline bool CsvTokenizer::append(CsvRecord &record, const char *begin, const char *end)
{
    const qsizetype n = end - begin;
    if (m_fieldBytes == 0 && *begin == '\'') [[unlikely]] { // a formula guard, perhaps: free
        m_fieldGuard = 1;
        ++m_recordGuards;
    }
    m_fieldBytes += n;
    if (m_fieldBytes > m_maxFieldBytes + m_fieldGuard
        || record.byteSize() + n > m_maxRecordBytes + m_recordGuards) [[unlikely]]
        return failTooLarge(record, n);
    record.appendToField(QByteArrayView(begin, n));
    return true;
}

inline bool CsvTokenizer::endField(CsvRecord &record)
{
    record.endField();
    if (record.size() >= m_maxColumns) [[unlikely]] // a delimiter follows: one field more
        return failTooManyColumns(record);
    return true;
}

void CsvTokenizer::countQuotedLines(const char *begin, const char *end)
{
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n') {
            if (!m_quotedLastCr)
                ++m_line;
            m_quotedLastCr = false;
        } else if (*p == '\r') {
            ++m_line;
            m_quotedLastCr = true;
        } else {
            m_quotedLastCr = false;
        }
    }
}

CsvTokenizer::Outcome CsvTokenizer::feed(const char *&position, const char *end, CsvRecord &record)
{
    // A local cursor: through the reference, every byte read (a char may alias anything) would
    // force the compiler to store and reload the pointer.
    const char *p = position;
    struct WriteBack
    {
        const char *&to;
        const char *&from;
        ~WriteBack() { to = from; }
    } writeBack{position, p};
    const bool *stops = m_stops.data();
    const char delimiter = m_delimiter;
    const auto enterQuoted = [this] {
        m_state = State::Quoted;
        m_recordQuoted = true;
        m_quotedLastCr = false;
        m_quoteLine = m_line;
    };
    while (p < end) {
        switch (m_state) {
        case State::RecordStart: {
            const char c = *p;
            if (m_pendingLf) {
                m_pendingLf = false;
                if (c == '\n') {
                    ++p;
                    continue;
                }
            }
            if (m_skipBlank && (c == '\n' || c == '\r')) { // empty line
                ++m_line;
                m_pendingLf = c == '\r';
                ++p;
                continue;
            }
            record.beginRecord(m_line);
            m_recordQuoted = false;
            m_recordGuards = 0;
            m_state = State::FieldStart;
            [[fallthrough]];
        }
        case State::FieldStart:
            m_fieldBytes = 0;
            m_fieldGuard = 0;
            if (*p == Quote) {
                ++p;
                enterQuoted();
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            // Runs field after field of a line here; going back through the switch for each
            // field costs a mispredicted jump.
            char c = 0;
            for (;;) {
                const char *begin = p;
                p = findStop(p, end, stops, delimiter);
                if (p != begin && !append(record, begin, p))
                    return Outcome::Error;
                if (p == end)
                    return Outcome::NeedInput;
                c = *p++;
                if (c != delimiter)
                    break; // CR or LF
                if (!endField(record))
                    return Outcome::Error;
                m_fieldBytes = 0;
                m_fieldGuard = 0;
                if (p == end) {
                    m_state = State::FieldStart;
                    return Outcome::NeedInput;
                }
                if (*p == Quote) {
                    ++p;
                    enterQuoted();
                    break;
                }
            }
            if (m_state == State::Quoted)
                continue;
            record.endField(); // CR or LF ends the record
            ++m_line;
            m_pendingLf = c == '\r';
            m_state = State::RecordStart;
            if (m_skipBlank && !m_recordQuoted && record.isBlank())
                continue;
            return Outcome::Record;
        }
        case State::Quoted: {
            const auto *q = static_cast<const char *>(std::memchr(p, Quote, end - p));
            const char *stop = q ? q : end;
            countQuotedLines(p, stop);
            if (stop != p && !append(record, p, stop))
                return Outcome::Error;
            if (!q) {
                p = end;
                return Outcome::NeedInput;
            }
            p = q + 1;
            m_state = State::QuoteInQuoted;
            continue;
        }
        case State::QuoteInQuoted:
            if (*p == Quote) { // doubled quote: a literal quote
                m_state = State::Quoted;
                if (!append(record, p, p + 1))
                    return Outcome::Error;
                ++p;
                m_quotedLastCr = false;
            } else { // closing quote
                m_state = State::Unquoted;
            }
            continue;
        }
    }
    return Outcome::NeedInput;
}

CsvTokenizer::Outcome CsvTokenizer::finish(CsvRecord &record)
{
    switch (m_state) {
    case State::RecordStart: return Outcome::End;
    case State::Quoted:
        return fail(tr("The quoted field that starts on line %1 is never closed: a closing quote (\") "
                       "is missing.")
                        .arg(m_quoteLine),
                    m_quoteLine);
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted: break;
    }
    record.endField(); // the last line has no line break
    m_state = State::RecordStart;
    if (m_skipBlank && !m_recordQuoted && record.isBlank())
        return Outcome::End;
    return Outcome::Record;
}

} // namespace tierscope::core
