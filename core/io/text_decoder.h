// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a text file in bounded chunks and hands it on as UTF-8, whatever its encoding.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace tierscope::core {

enum class TextEncoding {
    Auto,        // detect (see TextDecoder)
    Utf8,
    Utf16,       // byte-order mark decides; little endian without one
    Utf16LE,
    Utf16BE,
    Windows1252,
    Latin1,      // ISO-8859-1
};

struct DecoderWarning
{
    qint64 line = 0; // 1-based
    QString message;
};

// Detection (TextEncoding::Auto):
// - a byte-order mark decides: UTF-8, UTF-16 LE or BE (UTF-32 is refused);
// - otherwise the text is UTF-8 as long as it is. The decision is taken on the first window of
//   at least one chunk (64 KiB by default) that starts at the first non-ASCII byte: if that
//   window is valid UTF-8 the file is UTF-8, else it is read as Windows-1252 with a warning that
//   names the line of the first invalid byte. Pure ASCII up to that point reads the same in
//   both, so a file whose first accented byte sits far into it is still detected correctly.
// - Once decided as UTF-8, an invalid sequence further on is an error naming its line (the
//   file mixes encodings; guessing would silently damage names), never a silent replacement.
// - NUL bytes (UTF-8 and single-byte encodings) or U+0000 (UTF-16) mean a binary file and are
//   refused; common binary formats (PNG, SQLite, ZIP/XLSX, XLS, PDF, gzip, JPEG, GIF) are named.
// An explicit encoding is applied as given; only a byte-order mark of that encoding is skipped.
// An explicit UTF-8 replaces invalid sequences by U+FFFD and warns once.
// Memory stays bounded by about three chunks, whatever the size of the file.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    static constexpr qsizetype DefaultChunkSize = 64 * 1024;

    explicit TextDecoder(QIODevice *device, TextEncoding encoding = TextEncoding::Auto,
                         qsizetype chunkSize = DefaultChunkSize);
    ~TextDecoder();
    Q_DISABLE_COPY_MOVE(TextDecoder)

    // The next piece of text in UTF-8, cut on a character boundary; valid until the next call.
    // Empty at the end of the input. After an error every call returns that error.
    Result<QByteArrayView> nextChunk();
    bool atEnd() const { return m_finished; }

    // The encoding in use; Utf8 while only ASCII has been seen.
    TextEncoding encoding() const;
    bool hasByteOrderMark() const { return m_bom; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const; // -1 when the device cannot tell
    const QList<DecoderWarning> &warnings() const { return m_warnings; }
    qint64 errorLine() const { return m_errorLine; } // 0 when the error has no line

    // "utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "windows-1252", "cp1252", "latin1",
    // "iso-8859-1", "auto"; case-insensitive.
    static std::optional<TextEncoding> encodingFromName(QStringView name);
    static QString encodingName(TextEncoding encoding);
    // Which UTF-16 the start of a text without a byte-order mark looks like (mostly ASCII, so
    // every other byte is zero): Utf16LE, Utf16BE, or nothing.
    static std::optional<TextEncoding> bomlessUtf16(QByteArrayView head);

private:
    enum class Mode { Undecided, Utf8, Utf8Lenient, Windows1252, Latin1, Utf16LE, Utf16BE };

    bool fill();
    bool start();
    QByteArrayView decode(QByteArrayView data, qsizetype &consumed);
    QByteArrayView decodeUtf8(QByteArrayView data, qsizetype &consumed);
    QByteArrayView decodeUtf16(QByteArrayView data, qsizetype &consumed);
    bool refuseNul(QByteArrayView data);
    qint64 lineAt(QByteArrayView prefix) const;
    void countLines(QByteArrayView text);
    void fail(const QString &message, qint64 line);

    QIODevice *m_device;
    TextEncoding m_requested;
    qsizetype m_chunkSize;
    Mode m_mode = Mode::Undecided;
    QByteArray m_raw;         // bytes read but not yet consumed start at m_rawPos
    qsizetype m_rawPos = 0;
    QByteArray m_out;         // converted text when it cannot be handed on in place
    QStringDecoder m_utf16;
    qint64 m_bytesRead = 0;
    qint64 m_lineBreaks = 0;  // line breaks handed on so far
    bool m_lastWasCr = false; // so that a CRLF split over two chunks counts once
    bool m_eof = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_bom = false;
    bool m_replacedInvalid = false;
    QList<DecoderWarning> m_warnings;
    Error m_error;
    qint64 m_errorLine = 0;
};

} // namespace tierscope::core
