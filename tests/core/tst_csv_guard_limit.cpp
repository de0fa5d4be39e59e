// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV size limits count a field's value, not the formula guard that exports put before it:
// a value of the largest size an import accepts, exported as "'=…", reads back.
#include "core/io/csv_reader.h"
#include "core/io/csv_tokenizer.h"
#include "core/io/csv_writer.h"

#include <QBuffer>
#include <QTest>

using namespace tierscope::core;

namespace {

struct Read
{
    QList<QStringList> records;
    QString error;
};

Read readAll(const QByteArray &bytes, const CsvOptions &options = CsvOptions())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvRecord record;
    Read r;
    while (reader.readNext(record))
        r.records.append(record.toStringList());
    r.error = reader.error().message;
    return r;
}

// The same input through the tokeniser in pieces of `piece` bytes: the outcome must not depend
// on where a read chunk ends.
Read tokenise(const QByteArray &bytes, const CsvOptions &options, qsizetype piece)
{
    CsvTokenizer tokenizer(',', options);
    CsvRecord record;
    Read r;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const char *p = bytes.constData() + at;
        const char *end = bytes.constData() + std::min(bytes.size(), at + piece);
        for (;;) {
            const auto outcome = tokenizer.feed(p, end, record);
            if (outcome == CsvTokenizer::Outcome::Record) {
                r.records.append(record.toStringList());
                continue;
            }
            if (outcome == CsvTokenizer::Outcome::Error) {
                r.error = tokenizer.error().message;
                return r;
            }
            break;
        }
    }
    if (tokenizer.finish(record) == CsvTokenizer::Outcome::Record)
        r.records.append(record.toStringList());
    r.error = tokenizer.error().message;
    return r;
}

QByteArray encoded(const QString &value)
{
    return CsvWriter::encodeField(value).toUtf8();
}

} // namespace

class TestCsvGuardLimit : public QObject
{
    Q_OBJECT

private slots:
    void read_acceptsAGuardedValueOfTheLimit_data()
    {
        QTest::addColumn<QString>("value");
        const qsizetype limit = CsvOptions().maxFieldBytes;
        QTest::addRow("=… of the limit") << u'=' + QString(limit - 1, u'x');
        QTest::addRow("quoted: =a,b… of the limit") << QStringLiteral("=a,") + QString(limit - 3, u'b');
        QTest::addRow("already an apostrophe: '=…") << QStringLiteral("'=") + QString(limit - 2, u'x');
        QTest::addRow("3-byte characters") << u'-' + QString((limit - 1) / 3, QChar(0x20AC));
    }
    void read_acceptsAGuardedValueOfTheLimit()
    {
        QFETCH(QString, value);
        QVERIFY(value.toUtf8().size() <= CsvOptions().maxFieldBytes);
        const QByteArray field = encoded(value);
        QVERIFY(field.contains('\'')); // the export guards it, one byte over the limit
        const Read r = readAll("notes,n\n" + field + ",1\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[1][0].size(), value.size() + 1);
        QVERIFY(r.records[1][0].endsWith(value));
    }

    void read_stillRefusesOneByteMore_data()
    {
        QTest::addColumn<QByteArray>("field");
        const qsizetype limit = CsvOptions().maxFieldBytes;
        QTest::addRow("unguarded, limit + 1") << QByteArray(limit + 1, 'x');
        QTest::addRow("apostrophe, limit + 2") << "'" + QByteArray(limit + 1, 'x');
        QTest::addRow("apostrophe later in the field") << "x'" + QByteArray(limit - 1, 'x');
    }
    void read_stillRefusesOneByteMore()
    {
        QFETCH(QByteArray, field);
        const Read r = readAll("notes\n" + field + "\n");
        QVERIFY2(r.error.contains(u"larger than 1 MiB"), qPrintable(r.error));
    }

    void tokeniser_guardAllowanceDoesNotDependOnThePieces()
    {
        CsvOptions options;
        options.maxFieldBytes = 8;
        options.maxRecordBytes = 20;
        const QList<QByteArray> inputs = {
            "'12345678,'12345678,x\n",    // two guarded fields of the field limit
            "'123456789\n",               // one byte too many
            "'1234567,'1234567,'123456\n",  // record limit + the three guards
            "'1234567,'1234567,'1234567\n", // one byte more than that
            "\"'1234,567\",b\n",            // quoted
        };
        for (const QByteArray &input : inputs) {
            const Read whole = tokenise(input, options, input.size());
            for (const qsizetype piece : {1, 2, 3, 7}) {
                const Read pieces = tokenise(input, options, piece);
                QCOMPARE(pieces.records, whole.records);
                QCOMPARE(pieces.error, whole.error);
            }
        }
        QVERIFY(tokenise(inputs[0], options, 64).error.isEmpty());
        QVERIFY(!tokenise(inputs[1], options, 64).error.isEmpty());
        QVERIFY(tokenise(inputs[2], options, 64).error.isEmpty());
        QVERIFY(tokenise(inputs[3], options, 64).error.contains(u"record"));
        QVERIFY(tokenise(inputs[4], options, 64).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvGuardLimit)
#include "tst_csv_guard_limit.moc"
