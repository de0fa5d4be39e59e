// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_writer.h"

#include "core/io/formula_guard.h"

#include <QIODevice>

namespace tierscope::core {

namespace {

constexpr qsizetype FlushBytes = 64 * 1024;

// The other common delimiters are quoted too, so that a reader sniffing the delimiter (as
// CsvReader does) never counts one outside quotes.
bool needsQuotes(QStringView text, char delimiter)
{
    for (const QChar c : text) {
        if (c == QLatin1Char(delimiter) || c == u'"' || c == u'\r' || c == u'\n' || c == u','
            || c == u';' || c == u'\t')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options())
{
}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    m_buffer.reserve(FlushBytes + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::separate()
{
    if (m_fieldWritten)
        m_buffer.append(m_options.delimiter);
    m_fieldWritten = true;
}

void CsvWriter::appendUtf8(QStringView text)
{
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(m_buffer.data() + old, text);
    m_buffer.truncate(end - m_buffer.constData());
}

void CsvWriter::addField(QStringView text)
{
    separate();
    const bool guard = m_options.guardFormulas && needsFormulaGuard(text);
    if (!needsQuotes(text, m_options.delimiter)) {
        if (guard)
            m_buffer.append('\'');
        appendUtf8(text);
        return;
    }
    m_buffer.append('"');
    if (guard)
        m_buffer.append('\'');
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'"') {
            appendUtf8(text.sliced(from, i + 1 - from));
            m_buffer.append('"');
            from = i + 1;
        }
    }
    appendUtf8(text.sliced(from));
    m_buffer.append('"');
}

void CsvWriter::addNumber(QByteArrayView ascii)
{
    separate();
    m_buffer.append(ascii);
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n");
    m_fieldWritten = false;
    maybeFlush();
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &f : fields)
        addField(f);
    endRecord();
}

void CsvWriter::maybeFlush()
{
    if (m_buffer.size() >= FlushBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (hasError())
        return false;
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("write error");
    }
    m_buffer.resize(0); // keeps the capacity
    return !hasError();
}

bool CsvWriter::finish()
{
    return flush();
}

QString CsvWriter::encodeField(QStringView text, char delimiter, bool guardFormulas)
{
    const QString guarded =
        guardFormulas && needsFormulaGuard(text) ? u'\'' + text.toString() : text.toString();
    if (!needsQuotes(guarded, delimiter))
        return guarded;
    QString quoted = guarded;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace tierscope::core
