// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/text_decoder.h"

#include <QBuffer>
#include <QTest>

using namespace tierscope::core;

namespace {

struct Decoded
{
    QByteArray text;
    Error error;
    qint64 errorLine = 0;
    QList<DecoderWarning> warnings;
    TextEncoding encoding = TextEncoding::Auto;
    bool bom = false;
    qsizetype largestChunk = 0;
};

Decoded decodeAll(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto,
                  qsizetype chunkSize = TextDecoder::DefaultChunkSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextDecoder decoder(&buffer, encoding, chunkSize);
    Decoded d;
    for (;;) {
        const Result<QByteArrayView> chunk = decoder.nextChunk();
        if (!chunk) {
            d.error = chunk.error();
            d.errorLine = decoder.errorLine();
            break;
        }
        if (chunk->isEmpty())
            break;
        d.largestChunk = std::max(d.largestChunk, chunk->size());
        d.text.append(*chunk);
    }
    d.warnings = decoder.warnings();
    d.encoding = decoder.encoding();
    d.bom = decoder.hasByteOrderMark();
    return d;
}

QByteArray utf16(const QString &s, bool littleEndian, bool bom = true)
{
    QByteArray out;
    if (bom)
        out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : s) {
        const char lo = static_cast<char>(c.unicode() & 0xFF);
        const char hi = static_cast<char>(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

// An endless-looking device: produces `lines` generated lines without holding them in memory.
class GeneratedDevice : public QIODevice
{
public:
    explicit GeneratedDevice(qint64 lines) : m_lines(lines) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_line >= m_lines && m_pending.isEmpty() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        while (m_pending.size() < maxSize && m_line < m_lines)
            m_pending += "@creator" + QByteArray::number(m_line++) + ",Zoë,12345\n";
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), n);
        m_pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_lines;
    qint64 m_line = 0;
    QByteArray m_pending;
};

const QString MultiScript = QStringLiteral("handle,name\n@anna,Анна Петрова 😀\n@li,李小龙\n@sara,سارة\n");

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_passesUtf8ThroughByteForByte_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("chunkSize");
        const QByteArray text = MultiScript.toUtf8();
        for (const int size : {16, 17, 19, 23, 64 * 1024})
            QTest::addRow("multi-script, chunk %d", size) << text << size;
        QTest::addRow("ascii") << QByteArray("a,b\r\n1,2\r\n") << 64 * 1024;
        QTest::addRow("4-byte emoji at every offset")
            << QString(QStringLiteral("x😀")).repeated(40).toUtf8() << 17;
    }
    void decode_passesUtf8ThroughByteForByte()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, chunkSize);
        const Decoded d = decodeAll(input, TextEncoding::Auto, chunkSize);
        QVERIFY2(!d.error, qPrintable(d.error.message));
        QCOMPARE(d.text, input);
        QCOMPARE(d.encoding, TextEncoding::Utf8);
        QVERIFY(d.warnings.isEmpty());
        QVERIFY(!d.bom);
    }

    void decode_stripsUtf8ByteOrderMark()
    {
        const Decoded d = decodeAll("\xEF\xBB\xBFhandle,followers\n@a,1\n");
        QVERIFY(!d.error);
        QCOMPARE(d.text, QByteArray("handle,followers\n@a,1\n"));
        QVERIFY(d.bom);
        QCOMPARE(d.encoding, TextEncoding::Utf8);
    }

    void decode_readsUtf16WithByteOrderMark_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<int>("chunkSize");
        QTest::addColumn<TextEncoding>("expected");
        QTest::addRow("LE") << true << 64 * 1024 << TextEncoding::Utf16LE;
        QTest::addRow("LE, odd chunks") << true << 17 << TextEncoding::Utf16LE;
        QTest::addRow("BE") << false << 64 * 1024 << TextEncoding::Utf16BE;
        QTest::addRow("BE, odd chunks") << false << 19 << TextEncoding::Utf16BE;
    }
    void decode_readsUtf16WithByteOrderMark()
    {
        QFETCH(bool, littleEndian);
        QFETCH(int, chunkSize);
        QFETCH(TextEncoding, expected);
        const Decoded d = decodeAll(utf16(MultiScript, littleEndian), TextEncoding::Auto, chunkSize);
        QVERIFY2(!d.error, qPrintable(d.error.message));
        QCOMPARE(QString::fromUtf8(d.text), MultiScript);
        QCOMPARE(d.encoding, expected);
        QVERIFY(d.bom);
    }

    void decode_readsWindows1252WithWarningOnFirstBadLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("line");
        QTest::addRow("é on line 1") << QByteArray("Caf\xE9,\x80 5\n") << QStringLiteral("Café,€ 5\n") << qint64(1);
        QTest::addRow("é on line 3, CRLF")
            << QByteArray("handle,name\r\n@a,Anna\r\n@z,Zo\xEB \x93quoted\x94\r\n")
            << QStringLiteral("handle,name\r\n@a,Anna\r\n@z,Zoë “quoted”\r\n") << qint64(3);
        QTest::addRow("lone CR lines") << QByteArray("a\rb\r\xE9\r") << QStringLiteral("a\rb\ré\r") << qint64(3);
        QTest::addRow("all of 0x80-0x9F")
            << QByteArray("\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F"
                          "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F")
            << QStringLiteral("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ") << qint64(1);
    }
    void decode_readsWindows1252WithWarningOnFirstBadLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QFETCH(qint64, line);
        const Decoded d = decodeAll(input);
        QVERIFY(!d.error);
        QCOMPARE(QString::fromUtf8(d.text), expected);
        QCOMPARE(d.encoding, TextEncoding::Windows1252);
        QCOMPARE(d.warnings.size(), 1);
        QCOMPARE(d.warnings.first().line, line);
        QVERIFY(d.warnings.first().message.contains(QString::number(line)));
        QVERIFY(d.warnings.first().message.contains(u"Windows-1252"));
    }

    void decode_detectsWindows1252FarIntoTheFile()
    {
        QByteArray input;
        const int asciiLines = 20'000; // about 600 KiB of ASCII first
        for (int i = 0; i < asciiLines; ++i)
            input += "@creator" + QByteArray::number(i) + ",Some Name,12345\n";
        input += "@jose,Jos\xE9,1\n";
        const Decoded d = decodeAll(input);
        QVERIFY(!d.error);
        QCOMPARE(d.encoding, TextEncoding::Windows1252);
        QCOMPARE(d.warnings.size(), 1);
        QCOMPARE(d.warnings.first().line, qint64(asciiLines + 1));
        QVERIFY(QString::fromUtf8(d.text).endsWith(u"@jose,José,1\n"));
    }

    void decode_refusesInvalidUtf8AfterValidUtf8WithLine()
    {
        // Valid UTF-8 in the first window decides UTF-8; a Latin-1 byte far later is an error.
        QByteArray input = "handle,name\n@zoe,Zoë\n";
        for (int i = 0; i < 30'000; ++i) // about 360 KiB, beyond the detection window
            input += "@c" + QByteArray::number(i) + ",Name\n";
        input += "@jose,Jos\xE9\n";
        const Decoded d = decodeAll(input);
        QVERIFY(d.error);
        QCOMPARE(d.errorLine, qint64(30'003));
        QVERIFY(d.error.message.contains(u"30003"));
        QVERIFY(d.error.message.contains(u"UTF-8"));
    }

    void decode_refusesBinaryInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expectedWords");
        QTest::addColumn<qint64>("line");
        QTest::addRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("PNG image") << qint64(0);
        QTest::addRow("SQLite") << QByteArray("SQLite format 3\0\x10\0\x01\x01", 20) << QStringLiteral("SQLite database")
                                << qint64(0);
        QTest::addRow("XLSX") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << QStringLiteral("Excel") << qint64(0);
        QTest::addRow("NUL on line 2") << QByteArray("a,b\nc,\0d\n", 9) << QStringLiteral("NUL") << qint64(2);
        QTest::addRow("NUL after Latin-1") << QByteArray("a\xE9\nb\n\0\n", 7) << QStringLiteral("NUL") << qint64(3);
        QTest::addRow("UTF-16 without BOM") << utf16(QStringLiteral("handle,followers\n"), true, false)
                                            << QStringLiteral("UTF-16") << qint64(0);
        QTest::addRow("UTF-32") << QByteArray("\xFF\xFE\0\0h\0\0\0", 8) << QStringLiteral("UTF-32") << qint64(0);
    }
    void decode_refusesBinaryInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expectedWords);
        QFETCH(qint64, line);
        const Decoded d = decodeAll(input);
        QVERIFY(d.error);
        QVERIFY2(d.error.message.contains(expectedWords), qPrintable(d.error.message));
        QCOMPARE(d.errorLine, line);
        QVERIFY(d.text.isEmpty() || !d.text.contains('\0'));
    }

    void decode_appliesExplicitEncoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("warnings");
        QTest::addRow("latin1 keeps C1 controls") << QByteArray("\x80\xE9") << QStringLiteral("latin1")
                                                  << QStringLiteral("\u0080é") << 0;
        QTest::addRow("cp1252 alias") << QByteArray("\x80\xE9") << QStringLiteral("CP-1252")
                                      << QStringLiteral("€é") << 0;
        QTest::addRow("windows-1252 on valid UTF-8 bytes") << QByteArray("\xC3\xA9") << QStringLiteral("windows-1252")
                                                           << QStringLiteral("Ã©") << 0;
        QTest::addRow("utf-8 replaces invalid bytes") << QByteArray("ok\nJos\xE9\n") << QStringLiteral("utf-8")
                                                      << QStringLiteral("ok\nJos\uFFFD\n") << 1;
        QTest::addRow("utf-8 skips its BOM") << QByteArray("\xEF\xBB\xBFx") << QStringLiteral("utf8")
                                             << QStringLiteral("x") << 0;
        QTest::addRow("utf-16 without BOM is LE") << utf16(QStringLiteral("a,б\n"), true, false)
                                                  << QStringLiteral("utf-16") << QStringLiteral("a,б\n") << 0;
        QTest::addRow("utf-16be") << utf16(QStringLiteral("a,б\n"), false, false) << QStringLiteral("UTF-16BE")
                                  << QStringLiteral("a,б\n") << 0;
    }
    void decode_appliesExplicitEncoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(int, warnings);
        const std::optional<TextEncoding> encoding = TextDecoder::encodingFromName(name);
        QVERIFY(encoding.has_value());
        const Decoded d = decodeAll(input, *encoding);
        QVERIFY2(!d.error, qPrintable(d.error.message));
        QCOMPARE(QString::fromUtf8(d.text), expected);
        QCOMPARE(d.warnings.size(), warnings);
        if (warnings)
            QCOMPARE(d.warnings.first().line, qint64(2));
    }

    void encodingFromName_rejectsUnknownNames()
    {
        QVERIFY(!TextDecoder::encodingFromName(u"ebcdic").has_value());
        QCOMPARE(TextDecoder::encodingFromName(u"ISO-8859-1"), std::optional(TextEncoding::Latin1));
        for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                               TextEncoding::Windows1252, TextEncoding::Latin1})
            QCOMPARE(TextDecoder::encodingFromName(TextDecoder::encodingName(e)), std::optional(e));
    }

    void decode_refusesTruncatedCharacterAtEnd()
    {
        const Decoded d = decodeAll("Zo\xC3\xAB\n\xE2\x82");
        QVERIFY(d.error);
        QCOMPARE(d.errorLine, qint64(2));
    }

    void decode_streamsInputLargerThanItsBuffers()
    {
        GeneratedDevice device(400'000); // about 10 MB, never held in memory at once
        TextDecoder decoder(&device);
        qint64 bytes = 0;
        qint64 lines = 0;
        qsizetype largest = 0;
        for (;;) {
            const Result<QByteArrayView> chunk = decoder.nextChunk();
            QVERIFY(chunk.ok());
            if (chunk->isEmpty())
                break;
            largest = std::max(largest, chunk->size());
            bytes += chunk->size();
            lines += chunk->count('\n');
        }
        QCOMPARE(lines, qint64(400'000));
        QCOMPARE(bytes, decoder.bytesRead());
        QVERIFY(largest <= 2 * TextDecoder::DefaultChunkSize);
        QCOMPARE(decoder.encoding(), TextEncoding::Utf8);
        QVERIFY(decoder.warnings().isEmpty());
        QVERIFY(decoder.atEnd());
    }

    void decode_refusesDeviceThatIsNotOpen()
    {
        QBuffer closed;
        TextDecoder decoder(&closed);
        const Result<QByteArrayView> chunk = decoder.nextChunk();
        QVERIFY(!chunk.ok());
        QCOMPARE(chunk.error().code, Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_text_decoder.moc"
