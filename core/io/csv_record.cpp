// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_record.h"

#include <QStringDecoder>

namespace tierscope::core {

void CsvRecord::beginRecord(qint64 line)
{
    m_used = 0;
    m_ends.clear(); // keeps the capacity
    m_textReady = false;
    m_line = line;
}

void CsvRecord::grow(qsizetype needed)
{
    m_bytes.resize(std::max<size_t>(size_t(needed), std::max<size_t>(256, m_bytes.size() * 2)));
}

// One decoder call per record; only a record with non-ASCII text is decoded again field by
// field to learn where its fields start in UTF-16.
void CsvRecord::buildText() const
{
    // Stateless: each call starts afresh; ConvertInitialBom: a U+FEFF in a field is kept.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    m_text.resize(decoder.requiredSpace(m_used));
    QChar *begin = m_text.data();
    QChar *end = decoder.appendToBuffer(begin, QByteArrayView(m_bytes.data(), m_used));
    // Every UTF-8 byte gave one UTF-16 unit only if the record is ASCII.
    m_ascii = end - begin == m_used;
    if (!m_ascii) {
        m_textEnds.clear();
        end = begin;
        for (qsizetype i = 0; i < size(); ++i) {
            end = decoder.appendToBuffer(end, fieldUtf8(i));
            m_textEnds.push_back(end - begin);
        }
    }
    m_text.resize(end - begin);
    m_textReady = true;
}

QStringList CsvRecord::toStringList() const
{
    QStringList out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(field(i).toString());
    return out;
}

bool CsvRecord::isBlank() const
{
    for (qsizetype i = 0; i < m_used; ++i) {
        if (m_bytes[i] != ' ' && m_bytes[i] != '\t')
            return false;
    }
    return true;
}

} // namespace tierscope::core
