// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/text_decoder.h"

#include "core/io/single_byte_decoder.h"
#include "core/io/utf8_validator.h"

#include <QIODevice>

#include <cstring>

namespace tierscope::core {

namespace {

constexpr int SequentialWaitMs = 30'000;

// Line breaks in `text`: LF, CR and CRLF each count once. `lastWasCr` carries a CR that ended the
// previous piece, so a CRLF split over two pieces counts once.
qint64 countLineBreaks(QByteArrayView text, bool &lastWasCr)
{
    if (text.isEmpty())
        return 0;
    const char *p = text.data();
    const char *end = p + text.size();
    qint64 n = 0;
    if (!std::memchr(p, '\r', text.size())) { // the common case: LF only
        if (lastWasCr && *p == '\n')
            --n;
        for (const char *q = p; (q = static_cast<const char *>(std::memchr(q, '\n', end - q)));
             ++q)
            ++n;
        lastWasCr = false;
        return n;
    }
    for (; p < end; ++p) {
        if (*p == '\n') {
            if (!lastWasCr)
                ++n;
            lastWasCr = false;
        } else if (*p == '\r') {
            ++n;
            lastWasCr = true;
        } else {
            lastWasCr = false;
        }
    }
    return n;
}

// Names what a binary file most likely is, from its first bytes.
QString binaryKind(QByteArrayView head)
{
    struct Signature
    {
        QByteArrayView magic;
        const char *what;
    };
    static const Signature signatures[] = {
        {QByteArrayView("\x89PNG\r\n\x1a\n", 8), QT_TRANSLATE_NOOP("TextDecoder", "a PNG image")},
        {QByteArrayView("SQLite format 3\0", 16),
         QT_TRANSLATE_NOOP("TextDecoder", "an SQLite database (a workspace is opened with File › Open)")},
        {QByteArrayView("PK\x03\x04", 4),
         QT_TRANSLATE_NOOP("TextDecoder",
                           "a ZIP archive or an Excel/OpenDocument workbook; save the sheet as CSV first")},
        {QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
         QT_TRANSLATE_NOOP("TextDecoder", "an old Excel workbook (.xls); save the sheet as CSV first")},
        {QByteArrayView("%PDF-", 5), QT_TRANSLATE_NOOP("TextDecoder", "a PDF document")},
        {QByteArrayView("\x1F\x8B", 2), QT_TRANSLATE_NOOP("TextDecoder", "a gzip-compressed file")},
        {QByteArrayView("\xFF\xD8\xFF", 3), QT_TRANSLATE_NOOP("TextDecoder", "a JPEG image")},
        {QByteArrayView("GIF8", 4), QT_TRANSLATE_NOOP("TextDecoder", "a GIF image")},
    };
    for (const Signature &s : signatures) {
        if (head.startsWith(s.magic))
            return QCoreApplication::translate("TextDecoder", s.what);
    }
    return {};
}


const QByteArrayView Replacement("\xEF\xBF\xBD", 3); // U+FFFD in UTF-8

} // namespace

TextDecoder::TextDecoder(QIODevice *device, TextEncoding encoding, qsizetype chunkSize)
    : m_device(device), m_requested(encoding), m_chunkSize(std::max<qsizetype>(chunkSize, 16))
{
}

TextDecoder::~TextDecoder() = default;

qint64 TextDecoder::totalBytes() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : -1;
}

TextEncoding TextDecoder::encoding() const
{
    switch (m_mode) {
    case Mode::Undecided:
    case Mode::Utf8:
    case Mode::Utf8Lenient: return TextEncoding::Utf8;
    case Mode::Windows1252: return TextEncoding::Windows1252;
    case Mode::Latin1: return TextEncoding::Latin1;
    case Mode::Utf16LE: return TextEncoding::Utf16LE;
    case Mode::Utf16BE: return TextEncoding::Utf16BE;
    }
    return TextEncoding::Utf8;
}

// ASCII text in UTF-16 without a byte-order mark: every other byte is zero (the high byte: the
// second in little endian, the first in big endian).
std::optional<TextEncoding> TextDecoder::bomlessUtf16(QByteArrayView head)
{
    const qsizetype pairs = std::min<qsizetype>(head.size(), 256) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += head[2 * i] == 0;
        zeroOdd += head[2 * i + 1] == 0;
    }
    const auto mostly = [pairs](qsizetype n) { return n * 4 >= pairs * 3; };
    if (mostly(zeroOdd) && zeroEven * 8 < pairs)
        return TextEncoding::Utf16LE;
    if (mostly(zeroEven) && zeroOdd * 8 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

std::optional<TextEncoding> TextDecoder::encodingFromName(QStringView name)
{
    QString k;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            k.append(c.toLower());
    }
    if (k.isEmpty() || k == u"auto")
        return TextEncoding::Auto;
    if (k == u"utf8")
        return TextEncoding::Utf8;
    if (k == u"utf16")
        return TextEncoding::Utf16;
    if (k == u"utf16le")
        return TextEncoding::Utf16LE;
    if (k == u"utf16be")
        return TextEncoding::Utf16BE;
    if (k == u"windows1252" || k == u"cp1252" || k == u"win1252")
        return TextEncoding::Windows1252;
    if (k == u"latin1" || k == u"iso88591" || k == u"l1")
        return TextEncoding::Latin1;
    return std::nullopt;
}

QString TextDecoder::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf16: return QStringLiteral("utf-16");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    case TextEncoding::Latin1: return QStringLiteral("latin1");
    }
    return {};
}

void TextDecoder::fail(const QString &message, qint64 line)
{
    m_error = Error{Error::Code::InvalidArgument, message};
    m_errorLine = line;
}

// Keeps the unconsumed bytes and appends one more chunk from the device.
bool TextDecoder::fill()
{
    if (m_eof)
        return true;
    const qsizetype pending = m_raw.size() - m_rawPos;
    if (m_rawPos > 0) {
        std::memmove(m_raw.data(), m_raw.constData() + m_rawPos, pending);
        m_rawPos = 0;
    }
    m_raw.resize(pending + m_chunkSize);
    for (;;) {
        const qint64 n = m_device->read(m_raw.data() + pending, m_chunkSize);
        if (n < 0) {
            m_raw.resize(pending);
            m_error = Error{Error::Code::Io, tr("Could not read the file: %1").arg(m_device->errorString())};
            return false;
        }
        if (n == 0 && m_device->isSequential() && !m_device->atEnd()
            && m_device->waitForReadyRead(SequentialWaitMs))
            continue;
        m_raw.resize(pending + n);
        m_bytesRead += n;
        m_eof = n == 0;
        return true;
    }
}

bool TextDecoder::start()
{
    if (!m_device || !m_device->isReadable()) {
        m_error = Error{Error::Code::Io, tr("The file is not open for reading.")};
        return false;
    }
    while (!m_eof && m_raw.size() - m_rawPos < 16) {
        if (!fill())
            return false;
    }
    const QByteArrayView head(m_raw.constData(), m_raw.size());
    if (const QString kind = binaryKind(head); !kind.isEmpty()) {
        fail(tr("This is not a CSV file: it looks like %1.").arg(kind), 0);
        return false;
    }
    if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        fail(tr("UTF-32 text is not supported; re-save the file as UTF-8."), 0);
        return false;
    }
    const bool utf8Bom = head.startsWith(QByteArrayView("\xEF\xBB\xBF", 3));
    const bool leBom = head.startsWith(QByteArrayView("\xFF\xFE", 2));
    const bool beBom = head.startsWith(QByteArrayView("\xFE\xFF", 2));
    const auto skipBom = [this](qsizetype n) {
        m_rawPos = n;
        m_bom = true;
    };
    switch (m_requested) {
    case TextEncoding::Auto:
        if (utf8Bom) {
            m_mode = Mode::Utf8;
            skipBom(3);
        } else if (leBom || beBom) {
            m_mode = leBom ? Mode::Utf16LE : Mode::Utf16BE;
            skipBom(2);
        }
        break;
    case TextEncoding::Utf8:
        m_mode = Mode::Utf8Lenient;
        if (utf8Bom)
            skipBom(3);
        break;
    case TextEncoding::Utf16:
        m_mode = beBom ? Mode::Utf16BE : Mode::Utf16LE;
        if (leBom || beBom)
            skipBom(2);
        break;
    case TextEncoding::Utf16LE:
        m_mode = Mode::Utf16LE;
        if (leBom)
            skipBom(2);
        break;
    case TextEncoding::Utf16BE:
        m_mode = Mode::Utf16BE;
        if (beBom)
            skipBom(2);
        break;
    case TextEncoding::Windows1252: m_mode = Mode::Windows1252; break;
    case TextEncoding::Latin1: m_mode = Mode::Latin1; break;
    }
    if (m_mode == Mode::Utf16LE || m_mode == Mode::Utf16BE) {
        // We skip the byte-order mark ourselves; a later U+FEFF is text and must stay.
        m_utf16 = QStringDecoder(m_mode == Mode::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                                 QStringDecoder::Flag::ConvertInitialBom);
    }
    return true;
}

Result<QByteArrayView> TextDecoder::nextChunk()
{
    if (m_error)
        return m_error;
    if (m_finished)
        return QByteArrayView();
    if (!m_started) {
        m_started = true;
        if (!start())
            return m_error;
    } else if (!fill()) {
        return m_error;
    }
    for (;;) {
        const QByteArrayView data(m_raw.constData() + m_rawPos, m_raw.size() - m_rawPos);
        if (data.isEmpty() && m_eof) {
            const bool utf16 = m_mode == Mode::Utf16LE || m_mode == Mode::Utf16BE;
            if (utf16 && (m_bytesRead - (m_bom ? 2 : 0)) % 2 != 0) {
                fail(tr("The file ends in the middle of a UTF-16 character."), m_lineBreaks + 1);
                return m_error;
            }
            m_finished = true;
            m_raw = QByteArray();
            m_out = QByteArray();
            return QByteArrayView();
        }
        qsizetype consumed = 0;
        const QByteArrayView out = decode(data, consumed);
        if (m_error)
            return m_error;
        m_rawPos += consumed;
        if (!out.isEmpty()) {
            m_lineBreaks += countLineBreaks(out, m_lastWasCr);
            return out;
        }
        if (m_eof && consumed == 0) { // cannot happen: decode consumes everything at the end
            fail(tr("The text could not be decoded."), m_lineBreaks + 1);
            return m_error;
        }
        if (!fill())
            return m_error;
    }
}

qint64 TextDecoder::lineAt(QByteArrayView prefix) const
{
    bool lastWasCr = m_lastWasCr;
    return m_lineBreaks + countLineBreaks(prefix, lastWasCr) + 1;
}

bool TextDecoder::refuseNul(QByteArrayView data)
{
    const void *nul = std::memchr(data.data(), 0, data.size());
    if (!nul)
        return true;
    if (m_mode == Mode::Undecided && m_lineBreaks == 0 && m_rawPos == 0 && m_bytesRead == m_raw.size()
        && bomlessUtf16(data)) {
        // "UTF-16" alone would read it as little endian: name the byte order it has.
        const bool big = bomlessUtf16(data) == TextEncoding::Utf16BE;
        fail(big ? tr("This file looks like UTF-16 big endian text without a byte-order mark. "
                      "Choose the encoding “UTF-16 big endian” explicitly, or re-save the file "
                      "as UTF-8.")
                 : tr("This file looks like UTF-16 little endian text without a byte-order mark. "
                      "Choose the encoding “UTF-16 little endian” explicitly, or re-save the file "
                      "as UTF-8."),
             0);
    } else {
        const qint64 line = lineAt(data.first(static_cast<const char *>(nul) - data.data()));
        fail(tr("This is not a text file: line %1 contains a NUL byte. Choose a CSV file.").arg(line), line);
    }
    return false;
}

QByteArrayView TextDecoder::decode(QByteArrayView data, qsizetype &consumed)
{
    switch (m_mode) {
    case Mode::Undecided: {
        if (!refuseNul(data))
            return {};
        const qsizetype i = Utf8Validator::firstNonAscii(data);
        if (i < 0) {
            consumed = data.size();
            return data;
        }
        if (i > 0) { // hand on the ASCII; decide on a full window that starts at byte i
            consumed = i;
            return data.first(i);
        }
        if (data.size() < m_chunkSize && !m_eof)
            return {}; // read more before deciding
        const Utf8Validator::Outcome v = Utf8Validator::validate(data);
        if (!v.invalid) {
            m_mode = Mode::Utf8;
            return decodeUtf8(data, consumed);
        }
        m_mode = Mode::Windows1252;
        const qint64 line = lineAt(data.first(v.validLength));
        m_warnings.append({line, tr("The file is not valid UTF-8 (first on line %1); it was read as "
                                    "Windows-1252. Check accented letters, or choose the encoding explicitly.")
                                     .arg(line)});
        return decode(data, consumed);
    }
    case Mode::Utf8:
    case Mode::Utf8Lenient: return decodeUtf8(data, consumed);
    case Mode::Windows1252:
    case Mode::Latin1: {
        if (!refuseNul(data))
            return {};
        m_out.resize(0);
        SingleByteDecoder::appendUtf8(data,
                                      m_mode == Mode::Latin1 ? SingleByteDecoder::Charset::Latin1
                                                             : SingleByteDecoder::Charset::Windows1252,
                                      m_out);
        consumed = data.size();
        return m_out;
    }
    case Mode::Utf16LE:
    case Mode::Utf16BE: return decodeUtf16(data, consumed);
    }
    return {};
}

QByteArrayView TextDecoder::decodeUtf8(QByteArrayView data, qsizetype &consumed)
{
    if (!refuseNul(data))
        return {};
    Utf8Validator::Outcome v = Utf8Validator::validate(data);
    const bool cutAtEnd = !v.invalid && v.validLength < data.size();
    if (!v.invalid && !(cutAtEnd && m_eof)) {
        consumed = v.validLength; // an incomplete last character waits for the next chunk
        return data.first(v.validLength);
    }
    const qint64 line = lineAt(data.first(v.validLength));
    if (m_mode == Mode::Utf8) {
        fail(cutAtEnd ? tr("The file ends in the middle of a UTF-8 character (line %1).").arg(line)
                      : tr("Line %1 is not valid UTF-8, although the text before it is: the file mixes "
                           "encodings. Re-save it as UTF-8, or choose its encoding explicitly.")
                            .arg(line),
             line);
        return {};
    }
    // Explicit UTF-8: replace what is invalid, warn once.
    if (!m_replacedInvalid) {
        m_replacedInvalid = true;
        m_warnings.append({line, tr("Line %1 contains bytes that are not valid UTF-8; they were replaced by “�”.")
                                     .arg(line)});
    }
    m_out.resize(0);
    QByteArrayView rest = data;
    for (;;) {
        m_out.append(rest.first(v.validLength));
        rest = rest.sliced(v.validLength);
        if (rest.isEmpty())
            break;
        if (!v.invalid && !m_eof)
            break; // incomplete last character: keep it for the next chunk
        m_out.append(Replacement);
        rest = rest.sliced(1);
        v = Utf8Validator::validate(rest);
    }
    consumed = data.size() - rest.size();
    return m_out;
}

QByteArrayView TextDecoder::decodeUtf16(QByteArrayView data, qsizetype &consumed)
{
    consumed = data.size();
    const QString text = m_utf16.decode(data);
    if (m_utf16.hasError()) {
        fail(tr("The file is not valid UTF-16 (after line %1).").arg(m_lineBreaks + 1), m_lineBreaks + 1);
        return {};
    }
    if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0) {
        const QByteArray before = QStringView(text).first(nul).toUtf8();
        const qint64 line = lineAt(before);
        fail(tr("This is not a text file: line %1 contains a NUL character. Choose a CSV file.").arg(line), line);
        return {};
    }
    m_out = text.toUtf8();
    return m_out;
}

} // namespace tierscope::core
