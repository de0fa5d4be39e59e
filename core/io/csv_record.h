// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstring>
#include <vector>

namespace tierscope::core {

// One CSV record. Its buffers are reused from record to record, so reading a file allocates
// nothing per field: the field bytes are kept as UTF-8, and their UTF-16 form is built once per
// record, on the first call of field(). Views stay valid until the record is changed.
class CsvRecord
{
public:
    qsizetype size() const { return qsizetype(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    // 1-based physical line on which the record starts (quoted line breaks count).
    qint64 line() const { return m_line; }

    // Field i; an empty view when i is out of range (a short, ragged record).
    QStringView field(qsizetype i) const
    {
        if (i < 0 || i >= size())
            return {};
        if (!m_textReady)
            buildText();
        const std::vector<qsizetype> &ends = m_ascii ? m_ends : m_textEnds;
        const qsizetype begin = i ? ends[i - 1] : 0;
        return QStringView(m_text.constData() + begin, ends[i] - begin);
    }
    QByteArrayView fieldUtf8(qsizetype i) const
    {
        if (i < 0 || i >= size())
            return {};
        const qsizetype begin = i ? m_ends[i - 1] : 0;
        return QByteArrayView(m_bytes.data() + begin, m_ends[i] - begin);
    }
    QString value(qsizetype i) const { return field(i).toString(); }
    QStringList toStringList() const;

    // Ragged: the number of fields differs from the first record's (the header's).
    bool isRagged() const { return m_expectedSize >= 0 && size() != m_expectedSize; }
    qsizetype expectedSize() const { return m_expectedSize; }
    // Every field is empty or only spaces and tabs.
    bool isBlank() const;

    // Building, for tokenisers: beginRecord, then per field appendToField… endField.
    void beginRecord(qint64 line);
    void appendToField(QByteArrayView utf8)
    {
        if (m_used + utf8.size() > qsizetype(m_bytes.size()))
            grow(m_used + utf8.size());
        std::memcpy(m_bytes.data() + m_used, utf8.data(), utf8.size());
        m_used += utf8.size();
    }
    void endField() { m_ends.push_back(m_used); }
    qsizetype byteSize() const { return m_used; }
    void setExpectedSize(qsizetype size) { m_expectedSize = size; }

private:
    void buildText() const;
    void grow(qsizetype needed);

    // Plain std::vector storage: appending is a bounds check and a memcpy (QByteArray::append
    // cost a third of the reading time), and copies of a record stay independent.
    std::vector<char> m_bytes;      // all fields back to back, in m_bytes[0, m_used)
    qsizetype m_used = 0;
    std::vector<qsizetype> m_ends;  // end offset of each field in m_bytes
    mutable QString m_text;  // UTF-16 of the fields, built on demand
    mutable std::vector<qsizetype> m_textEnds; // used only when the record is not pure ASCII
    mutable bool m_textReady = false;
    mutable bool m_ascii = true;
    qint64 m_line = 0;
    qsizetype m_expectedSize = -1;
};

} // namespace tierscope::core
