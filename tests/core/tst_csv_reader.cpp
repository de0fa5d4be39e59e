// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_reader.h"
#include "core/io/csv_tokenizer.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;
    QList<bool> ragged;
    Error error;
    qint64 errorLine = 0;
    char delimiter = 0;
    QList<DecoderWarning> warnings;
    qint64 bytesRead = 0;
};

ReadResult readAll(const QByteArray &bytes, const CsvOptions &options = CsvOptions())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvRecord record;
    ReadResult r;
    while (reader.readNext(record)) {
        r.records.append(record.toStringList());
        r.lines.append(record.line());
        r.ragged.append(record.isRagged());
    }
    r.error = reader.error();
    r.errorLine = reader.errorLine();
    r.delimiter = reader.delimiter();
    r.warnings = reader.warnings();
    r.bytesRead = reader.bytesRead();
    return r;
}

// The tokeniser fed in pieces of `piece` bytes (one at a time by default): every state must
// survive a chunk boundary.
ReadResult tokeniseInPieces(const QByteArray &utf8, char delimiter,
                            const CsvOptions &options = CsvOptions(), qsizetype piece = 1)
{
    CsvTokenizer tokenizer(delimiter, options);
    CsvRecord record;
    ReadResult r;
    const auto take = [&] {
        r.records.append(record.toStringList());
        r.lines.append(record.line());
    };
    const auto failed = [&] {
        r.error = tokenizer.error();
        r.errorLine = tokenizer.errorLine();
        return r;
    };
    for (qsizetype i = 0; i < utf8.size(); i += piece) {
        const char *p = utf8.constData() + i;
        const char *end = p + std::min(piece, utf8.size() - i);
        while (p < end) {
            const CsvTokenizer::Outcome o = tokenizer.feed(p, end, record);
            if (o == CsvTokenizer::Outcome::Record)
                take();
            else if (o == CsvTokenizer::Outcome::Error)
                return failed();
        }
    }
    const CsvTokenizer::Outcome o = tokenizer.finish(record);
    if (o == CsvTokenizer::Outcome::Record)
        take();
    else if (o == CsvTokenizer::Outcome::Error)
        return failed();
    return r;
}

ReadResult tokeniseBytewise(const QByteArray &utf8, char delimiter)
{
    return tokeniseInPieces(utf8, delimiter);
}

QStringList row(std::initializer_list<QString> fields)
{
    return QStringList(fields);
}

using Rows = QList<QStringList>;
using Lines = QList<qint64>;

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void read_splitsRecordsAndFields_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Rows>("expected");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<char>("delimiter");

        QTest::addRow("LF") << QByteArray("a,b\n1,2\n") << Rows{row({u"a"_qs, u"b"_qs}), row({u"1"_qs, u"2"_qs})}
                            << Lines{1, 2} << ',';
        QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n")
                              << Rows{row({u"a"_qs, u"b"_qs}), row({u"1"_qs, u"2"_qs})} << Lines{1, 2} << ',';
        QTest::addRow("lone CR") << QByteArray("a,b\r1,2\r3,4")
                                 << Rows{row({u"a"_qs, u"b"_qs}), row({u"1"_qs, u"2"_qs}), row({u"3"_qs, u"4"_qs})}
                                 << Lines{1, 2, 3} << ',';
        QTest::addRow("no final line break") << QByteArray("a,b\n1,2")
                                             << Rows{row({u"a"_qs, u"b"_qs}), row({u"1"_qs, u"2"_qs})} << Lines{1, 2}
                                             << ',';
        QTest::addRow("empty last field") << QByteArray("a,b\n1,\n")
                                          << Rows{row({u"a"_qs, u"b"_qs}), row({u"1"_qs, QString()})} << Lines{1, 2}
                                          << ',';
        QTest::addRow("quoted delimiter") << QByteArray("name,n\n\"Doe, Jane\",3\n")
                                          << Rows{row({u"name"_qs, u"n"_qs}), row({u"Doe, Jane"_qs, u"3"_qs})}
                                          << Lines{1, 2} << ',';
        QTest::addRow("doubled quotes") << QByteArray("q\n\"She said \"\"hi\"\"\"\n\"\"\"\"\n")
                                        << Rows{row({u"q"_qs}), row({u"She said \"hi\""_qs}), row({u"\""_qs})}
                                        << Lines{1, 2, 3} << ',';
        QTest::addRow("quoted LF") << QByteArray("a,b\n\"line1\nline2\",x\nnext,y\n")
                                   << Rows{row({u"a"_qs, u"b"_qs}), row({u"line1\nline2"_qs, u"x"_qs}),
                                           row({u"next"_qs, u"y"_qs})}
                                   << Lines{1, 2, 4} << ',';
        QTest::addRow("quoted CRLF kept as is") << QByteArray("a,b\r\n\"one\r\ntwo\r\nthree\",x\r\nnext,y\r\n")
                                                << Rows{row({u"a"_qs, u"b"_qs}),
                                                        row({u"one\r\ntwo\r\nthree"_qs, u"x"_qs}),
                                                        row({u"next"_qs, u"y"_qs})}
                                                << Lines{1, 2, 5} << ',';
        QTest::addRow("empty lines skipped") << QByteArray("a,b\n\n\r\n1,2\n\n3,4\n\n")
                                             << Rows{row({u"a"_qs, u"b"_qs}), row({u"1"_qs, u"2"_qs}),
                                                     row({u"3"_qs, u"4"_qs})}
                                             << Lines{1, 4, 6} << ',';
        QTest::addRow("blank spreadsheet rows skipped") << QByteArray("a,b\n,\n  ,\t\n1,2\n")
                                                        << Rows{row({u"a"_qs, u"b"_qs}), row({u"1"_qs, u"2"_qs})}
                                                        << Lines{1, 4} << ',';
        QTest::addRow("quoted empty field is not blank") << QByteArray("a\n\"\"\n")
                                                         << Rows{row({u"a"_qs}), row({QString()})} << Lines{1, 2}
                                                         << ',';
        QTest::addRow("semicolon") << QByteArray("handle;followers;er\n@a;1,5K;1,2%\n@b;2;3\n")
                                   << Rows{row({u"handle"_qs, u"followers"_qs, u"er"_qs}),
                                           row({u"@a"_qs, u"1,5K"_qs, u"1,2%"_qs}), row({u"@b"_qs, u"2"_qs, u"3"_qs})}
                                   << Lines{1, 2, 3} << ';';
        QTest::addRow("tab") << QByteArray("handle\tname\n@a\tAnn, Lee\n")
                             << Rows{row({u"handle"_qs, u"name"_qs}), row({u"@a"_qs, u"Ann, Lee"_qs})} << Lines{1, 2}
                             << '\t';
        QTest::addRow("Excel sep= line") << QByteArray("sep=;\r\na;b\r\n1,5;2\r\n")
                                         << Rows{row({u"a"_qs, u"b"_qs}), row({u"1,5"_qs, u"2"_qs})} << Lines{2, 3}
                                         << ';';
        QTest::addRow("text after closing quote kept") << QByteArray("a\n\"ab\"c\n")
                                                       << Rows{row({u"a"_qs}), row({u"abc"_qs})} << Lines{1, 2}
                                                       << ',';
        QTest::addRow("quote inside unquoted field") << QByteArray("a\n5\" screen\n")
                                                     << Rows{row({u"a"_qs}), row({u"5\" screen"_qs})} << Lines{1, 2}
                                                     << ',';
        QTest::addRow("spaces kept") << QByteArray("a,b\n  x , y \n")
                                     << Rows{row({u"a"_qs, u"b"_qs}), row({u"  x "_qs, u" y "_qs})} << Lines{1, 2}
                                     << ',';
        QTest::addRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFhandle,n\n@a,1\n")
                                   << Rows{row({u"handle"_qs, u"n"_qs}), row({u"@a"_qs, u"1"_qs})} << Lines{1, 2}
                                   << ',';
        QTest::addRow("multi-script") << QStringLiteral("h,n\n@a,Анна 😀\n@b,李小龙\n@c,\"سارة, ع\"\n").toUtf8()
                                      << Rows{row({u"h"_qs, u"n"_qs}), row({u"@a"_qs, u"Анна 😀"_qs}),
                                              row({u"@b"_qs, u"李小龙"_qs}), row({u"@c"_qs, u"سارة, ع"_qs})}
                                      << Lines{1, 2, 3, 4} << ',';
    }
    void read_splitsRecordsAndFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(Rows, expected);
        QFETCH(Lines, lines);
        QFETCH(char, delimiter);

        const ReadResult r = readAll(input);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.records, expected);
        QCOMPARE(r.lines, lines);
        QCOMPARE(r.delimiter, delimiter);

        // Same records when every byte arrives on its own.
        QByteArray utf8 = input;
        if (utf8.startsWith("\xEF\xBB\xBF"))
            utf8.remove(0, 3);
        if (utf8.startsWith("sep="))
            return; // the separator line is the reader's business
        const ReadResult bytewise = tokeniseBytewise(utf8, delimiter);
        QVERIFY(!bytewise.error);
        QCOMPARE(bytewise.records, expected);
        QCOMPARE(bytewise.lines, lines);
    }

    void read_findsDelimitersAtEveryOffset()
    {
        // Fields of 0–40 bytes put each delimiter and line break at every position of the
        // 16-byte blocks that the fast scan reads.
        QByteArray input;
        Rows expected;
        for (int line = 0; line < 41; ++line) {
            QStringList fields;
            for (int f = 0; f < 5; ++f) {
                const QByteArray field(((line * 7 + f * 3) % 41), char('a' + f));
                fields.append(QString::fromLatin1(field));
                input += field;
                input += f < 4 ? ";" : (line % 3 == 0 ? "\r\n" : line % 3 == 1 ? "\n" : "\r");
            }
            expected.append(fields);
        }
        CsvOptions options;
        options.delimiter = ';';
        const ReadResult r = readAll(input, options);
        QVERIFY(!r.error);
        QCOMPARE(r.records, expected);
        QCOMPARE(r.lines.last(), 41);
        const ReadResult bytewise = tokeniseBytewise(input, ';');
        QCOMPARE(bytewise.records, expected);
    }

    void read_keepsUnicodeByteForByte()
    {
        const QString name = QStringLiteral("Анна 😀 李小龙 سارة ﷺ 🇩🇪 e\u0301");
        const QByteArray nameUtf8 = name.toUtf8();
        QBuffer buffer;
        buffer.setData("handle,name\n@a,\"" + nameUtf8 + "\"\n@b," + nameUtf8 + "\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        QVERIFY(reader.readNext(record));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(reader.readNext(record));
            QCOMPARE(record.fieldUtf8(1), QByteArrayView(nameUtf8));
            QCOMPARE(record.field(1), QStringView(name));
            QCOMPARE(record.field(0), i == 0 ? u"@a" : u"@b");
        }
        QVERIFY(!reader.readNext(record));
        QVERIFY(!reader.hasError());
    }

    void record_keepsByteOrderMarkInsideAField()
    {
        const QString value = QStringLiteral("\uFEFFx");
        QBuffer buffer;
        buffer.setData("a,b\n" + value.toUtf8() + ",\xC3\xA9\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        QVERIFY(reader.readNext(record));
        QVERIFY(reader.readNext(record));
        QCOMPARE(record.field(0), QStringView(value));
        QCOMPARE(record.field(1), u"é");
    }

    void read_reportsRaggedRecords()
    {
        const ReadResult r = readAll("a,b,c\n1,2,3\n1,2\n1,2,3,4\n");
        QVERIFY(!r.error);
        QCOMPARE(r.ragged, (QList<bool>{false, false, true, true}));
        QBuffer buffer;
        buffer.setData("a,b,c\n1,2\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        QVERIFY(reader.readNext(record));
        QVERIFY(reader.readNext(record));
        QCOMPARE(record.size(), 2);
        QCOMPARE(record.expectedSize(), 3);
        QVERIFY(record.field(2).isEmpty()); // missing fields read as empty
        QCOMPARE(record.line(), 2);
    }

    void read_refusesUnterminatedQuoteAtEnd()
    {
        const ReadResult r = readAll("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
        QCOMPARE(r.records.size(), 2);
        QVERIFY(r.error);
        QCOMPARE(r.errorLine, 3);
        QVERIFY2(r.error.message.contains(u"closing quote"), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(u"line 3"));
    }

    void read_refusesFieldOverSizeLimit_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("words");
        QTest::addRow("unquoted, 1 MiB default") << "a,b\n1," + QByteArray(1024 * 1024 + 1, 'x') + "\n"
                                                 << qsizetype(1024 * 1024) << qint64(2) << QStringLiteral("1 MiB");
        QTest::addRow("quoted, small limit") << QByteArray("a\n\"0123456789\"\n") << qsizetype(5) << qint64(2)
                                             << QStringLiteral("closing quote");
        QTest::addRow("unclosed quote swallows the file") << "a\n\"open\n" + QByteArray(3000, 'z') + "\n"
                                                          << qsizetype(1000) << qint64(2)
                                                          << QStringLiteral("closing quote");
    }
    void read_refusesFieldOverSizeLimit()
    {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, limit);
        QFETCH(qint64, line);
        QFETCH(QString, words);
        CsvOptions options;
        options.maxFieldBytes = limit;
        const ReadResult r = readAll(input, options);
        QVERIFY(r.error);
        QCOMPARE(r.errorLine, line);
        QVERIFY2(r.error.message.contains(words), qPrintable(r.error.message));
    }

    void read_accepts1MiBField()
    {
        const QByteArray big(1024 * 1024, 'x');
        const ReadResult r = readAll("a,b\n1," + big + "\n");
        QVERIFY(!r.error);
        QCOMPARE(r.records.at(1).at(1).size(), big.size());
    }

    void read_refuses100000Columns()
    {
        QByteArray line = "c0";
        for (int i = 1; i < 100'000; ++i)
            line += ",c" + QByteArray::number(i);
        const ReadResult r = readAll(line + "\n1,2\n");
        QVERIFY(r.error);
        QCOMPARE(r.errorLine, 1);
        QVERIFY2(r.error.message.contains(u"more than 10000 columns"), qPrintable(r.error.message));
        QVERIFY(r.records.isEmpty());
    }

    void read_refusesRecordOverSizeLimit()
    {
        CsvOptions options;
        options.maxRecordBytes = 100;
        const ReadResult r = readAll("a,b,c\n" + QByteArray(60, 'x') + "," + QByteArray(60, 'y') + ",z\n", options);
        QVERIFY(r.error);
        QCOMPARE(r.errorLine, 2);
    }

    // Found by fuzzing: a field that crosses the field limit and the record limit in the same
    // piece was reported by the field limit when the text came at once, by the record limit
    // when it came in small pieces. The limit crossed first in input order is reported now.
    void tokeniser_reportsTheSameLimitWhateverThePieces_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("words");
        QTest::addColumn<qint64>("line");
        // Limits: 176 bytes a field, 256 a record.
        QTest::addRow("record limit first") << QByteArray(133, 'x') + ',' + QByteArray(249, 'y') + '\n'
                                            << QStringLiteral("record that starts on line 1") << qint64(1);
        QTest::addRow("field limit first") << "h\n" + QByteArray(40, 'x') + ',' + QByteArray(200, 'y') + '\n'
                                           << QStringLiteral("Line 2: a field is larger") << qint64(2);
        QTest::addRow("both at the same byte") << QByteArray(80, 'x') + ',' + QByteArray(177, 'y')
                                               << QStringLiteral("Line 1: a field is larger") << qint64(1);
        QTest::addRow("quoted, record limit first")
            << QByteArray(100, 'x') + ",\"" + QByteArray(100, 'y') + "\n" + QByteArray(70, 'z') + "\"\n"
            << QStringLiteral("record that starts on line 1") << qint64(1);
        QTest::addRow("quoted, field limit first")
            << "\"" + QByteArray(100, 'y') + "\n\n" + QByteArray(100, 'z') + "\"\n"
            << QStringLiteral("quoted field is larger") << qint64(1);
    }
    void tokeniser_reportsTheSameLimitWhateverThePieces()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, words);
        QFETCH(qint64, line);
        CsvOptions options;
        options.maxFieldBytes = 176;
        options.maxRecordBytes = 256;
        for (qsizetype piece : {input.size(), qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(16)}) {
            const ReadResult r = tokeniseInPieces(input, ',', options, piece);
            QVERIFY2(r.error.message.contains(words), qPrintable(QStringLiteral("piece %1: %2").arg(piece).arg(r.error.message)));
            QCOMPARE(r.errorLine, line);
        }
    }

    void read_refusesBinaryFile_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("NUL bytes") << QByteArray("a,b\n1,\0\0\n", 9);
        QTest::addRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::addRow("SQLite") << QByteArray("SQLite format 3\0\x10\0", 18);
    }
    void read_refusesBinaryFile()
    {
        QFETCH(QByteArray, input);
        const ReadResult r = readAll(input);
        QVERIFY(r.error);
        QVERIFY(r.records.isEmpty());
        QVERIFY(r.error.message.contains(u"not a"));
    }

    void read_decodesWindows1252WithWarning()
    {
        const ReadResult r = readAll("handle;name\r\n@a;Anna\r\n@z;Zo\xEB \x80\r\n");
        QVERIFY(!r.error);
        QCOMPARE(r.delimiter, ';');
        QCOMPARE(r.records.at(2), row({u"@z"_qs, u"Zoë €"_qs}));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().line, 3);
    }

    void read_decodesUtf16LittleEndianWithBom()
    {
        const QString text = QStringLiteral("handle\tname\r\n@a\t\"Анна\r\n😀\"\r\n");
        QByteArray bytes("\xFF\xFE", 2);
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const ReadResult r = readAll(bytes);
        QVERIFY(!r.error);
        QCOMPARE(r.delimiter, '\t');
        QCOMPARE(r.records, (Rows{row({u"handle"_qs, u"name"_qs}), row({u"@a"_qs, u"Анна\r\n😀"_qs})}));
        QCOMPARE(r.lines, (Lines{1, 2}));
    }

    void read_honoursExplicitDelimiterAndEncoding()
    {
        CsvOptions options;
        options.delimiter = '|';
        options.encoding = TextEncoding::Latin1;
        const ReadResult r = readAll("a|b,c\n\x80|\xE9\n", options);
        QVERIFY(!r.error);
        QCOMPARE(r.records, (Rows{row({u"a"_qs, u"b,c"_qs}), row({u"\u0080"_qs, u"é"_qs})}));
        QVERIFY(r.warnings.isEmpty());
    }

    void read_refusesQuoteAsDelimiter()
    {
        CsvOptions options;
        options.delimiter = '"';
        const ReadResult r = readAll("a\n", options);
        QVERIFY(r.error);
        QCOMPARE(r.error.code, Error::Code::InvalidArgument);
    }

    void read_emptyInputHasNoRecords()
    {
        const ReadResult r = readAll(QByteArray());
        QVERIFY(!r.error);
        QVERIFY(r.records.isEmpty());
        const ReadResult blank = readAll("\n\r\n\n");
        QVERIFY(!blank.error);
        QVERIFY(blank.records.isEmpty());
    }

    void read_streamsLargeFileWithProgressAndLineNumbers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"big.csv"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("handle,name,followers,notes\n");
        const int rows = 50'000;
        for (int i = 0; i < rows; ++i) {
            file.write("@c" + QByteArray::number(i) + ",Zoë " + QByteArray::number(i) + "," + QByteArray::number(i * 7)
                       + (i % 100 == 0 ? ",\"two\nlines\"\n" : ",plain\n"));
        }
        const qint64 size = file.size();
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QCOMPARE(reader.totalBytes(), size);
        CsvRecord record;
        QVERIFY(reader.readNext(record));
        qint64 expectedLine = 2;
        qint64 lastProgress = 0;
        int count = 0;
        while (reader.readNext(record)) {
            QCOMPARE(record.line(), expectedLine);
            QCOMPARE(record.field(0), QString(u"@c" + QString::number(count)));
            QCOMPARE(record.field(2), QString::number(count * 7));
            expectedLine += count % 100 == 0 ? 2 : 1;
            QVERIFY(reader.bytesRead() >= lastProgress);
            lastProgress = reader.bytesRead();
            ++count;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
        QCOMPARE(count, rows);
        QCOMPARE(reader.recordCount(), rows + 1);
        QCOMPARE(reader.bytesRead(), size);
    }

    void sniffDelimiter_picksConsistentCandidate_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<char>("expected");
        QTest::addRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::addRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n4,1;5;6\n") << ';';
        QTest::addRow("tab with commas in text") << QByteArray("a\tb\nx, y, z\t1\n") << '\t';
        QTest::addRow("delimiters inside quotes ignored") << QByteArray("\"a;b;c\",d\n\"1;2\",3\n") << ',';
        QTest::addRow("single column") << QByteArray("handle\n@a\n") << ',';
        QTest::addRow("quoted newline") << QByteArray("a;b\n\"x\ny,z\";1\n") << ';';
        QTest::addRow("empty") << QByteArray() << ',';
    }
    void sniffDelimiter_picksConsistentCandidate()
    {
        QFETCH(QByteArray, sample);
        QFETCH(char, expected);
        QCOMPARE(CsvReader::sniffDelimiter(sample, true), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
