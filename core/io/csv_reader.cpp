// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_reader.h"

#include <QIODevice>

#include <array>

namespace tierscope::core {

namespace {

constexpr qsizetype SampleBytes = 64 * 1024;
constexpr int SniffRecords = 20;
constexpr std::array<char, 3> Candidates = {',', ';', '\t'};

// Excel writes "sep=;" as a first line to name the delimiter. Returns the delimiter and the
// length of that line, line break included.
std::pair<char, qsizetype> excelSeparatorLine(QByteArrayView sample)
{
    if (sample.size() < 5 || !sample.startsWith("sep="))
        return {0, 0};
    const char d = sample[4];
    if (d == '\r' || d == '\n' || d == '"')
        return {0, 0};
    qsizetype n = 5;
    if (n < sample.size() && sample[n] == '\r')
        ++n;
    if (n < sample.size() && sample[n] == '\n')
        ++n;
    if (n == 5 && n != sample.size())
        return {0, 0}; // more text on the line: not a separator line
    return {d, n};
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_options(options), m_decoder(device, options.encoding)
{
}

CsvReader::~CsvReader() = default;

char CsvReader::delimiter() const
{
    return m_tokenizer ? m_tokenizer->delimiter() : 0;
}

bool CsvReader::fail(const Error &error, qint64 line)
{
    m_error = error;
    m_errorLine = line;
    m_done = true;
    return false;
}

char CsvReader::sniffDelimiter(QByteArrayView sample, bool wholeInput)
{
    QList<std::array<int, Candidates.size()>> records;
    std::array<int, Candidates.size()> current{};
    bool inQuotes = false;
    bool content = false;
    for (qsizetype i = 0; i < sample.size() && records.size() < SniffRecords; ++i) {
        const char c = sample[i];
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (content)
                records.append(current);
            current = {};
            content = false;
            continue;
        } else if (!inQuotes) {
            for (size_t k = 0; k < Candidates.size(); ++k)
                current[k] += c == Candidates[k];
        }
        content = true;
    }
    if (content && (wholeInput || records.isEmpty()))
        records.append(current);
    if (records.isEmpty())
        return ',';

    char best = ',';
    int bestConsistent = 0;
    int bestHeader = 0;
    for (size_t k = 0; k < Candidates.size(); ++k) {
        const int header = records.first()[k];
        if (header == 0)
            continue;
        int consistent = 0;
        for (const auto &r : records)
            consistent += r[k] == header;
        if (consistent > bestConsistent || (consistent == bestConsistent && header > bestHeader)) {
            best = Candidates[k];
            bestConsistent = consistent;
            bestHeader = header;
        }
    }
    return best;
}

bool CsvReader::start()
{
    m_started = true;
    const char d = m_options.delimiter;
    if (d == '"' || d == '\r' || d == '\n' || static_cast<uchar>(d) >= 0x80)
        return fail(Error{Error::Code::InvalidArgument, tr("The delimiter cannot be a quote, a line "
                                                           "break or a non-ASCII byte.")},
                    0);
    while (m_sample.size() < SampleBytes) {
        const Result<QByteArrayView> chunk = m_decoder.nextChunk();
        if (!chunk)
            return fail(chunk.error(), m_decoder.errorLine());
        if (chunk->isEmpty()) {
            m_inputDone = true;
            break;
        }
        m_sample.append(*chunk);
    }
    const auto [excelDelimiter, skip] = excelSeparatorLine(m_sample);
    const QByteArrayView text = QByteArrayView(m_sample).sliced(skip);
    char delimiter = d;
    if (!delimiter)
        delimiter = excelDelimiter ? excelDelimiter : sniffDelimiter(text, m_inputDone);
    m_tokenizer.emplace(delimiter, m_options, skip ? 2 : 1);
    m_pos = text.data();
    m_end = m_pos + text.size();
    return true;
}

bool CsvReader::readNext(CsvRecord &record)
{
    if (m_done)
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        CsvTokenizer::Outcome outcome;
        if (m_pos == m_end && m_inputDone) {
            outcome = m_tokenizer->finish(record);
        } else if (m_pos == m_end) {
            const Result<QByteArrayView> chunk = m_decoder.nextChunk();
            if (!chunk)
                return fail(chunk.error(), m_decoder.errorLine());
            m_sample = QByteArray(); // tokenised: no longer needed
            m_inputDone = chunk->isEmpty();
            m_pos = chunk->data();
            m_end = m_pos + chunk->size();
            continue;
        } else {
            outcome = m_tokenizer->feed(m_pos, m_end, record);
        }
        switch (outcome) {
        case CsvTokenizer::Outcome::NeedInput: continue;
        case CsvTokenizer::Outcome::End: m_done = true; return false;
        case CsvTokenizer::Outcome::Error:
            return fail(m_tokenizer->error(), m_tokenizer->errorLine());
        case CsvTokenizer::Outcome::Record:
            if (m_headerSize < 0)
                m_headerSize = record.size();
            record.setExpectedSize(m_headerSize);
            ++m_records;
            return true;
        }
    }
}

} // namespace tierscope::core
