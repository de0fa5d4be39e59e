// SPDX-License-Identifier: GPL-3.0-or-later
// Reading speed of the CSV reader on a generated 1,000,000 × 15 creators file, in rows/s.
//
//   bench_csv_reader [--rows N] [--runs N] [--file PATH | --generate PATH]
//
// rows/s is given for CPU time (what the reader costs, also on a busy machine) and wall time.
// Figures for Debian's libcsv are included when built with -DTIERSCOPE_BENCH_LIBCSV and linked
// with -lcsv (e.g. cmake -DCMAKE_CXX_FLAGS=-DTIERSCOPE_BENCH_LIBCSV
// -DCMAKE_CXX_STANDARD_LIBRARIES=-lcsv); the product itself does not use libcsv.
// When the sqlite3 shell is on PATH, its ".import" of the same file is timed for reference.
#include "core/io/csv_reader.h"
#include "core/io/csv_tokenizer.h"
#include "core/io/text_decoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <ctime>
#include <functional>

#ifdef TIERSCOPE_BENCH_LIBCSV
#include <csv.h>
#endif

using namespace tierscope::core;

namespace {

QTextStream out(stdout);

// Deterministic, realistic rows: some quoted names with commas, notes with quotes and line breaks.
void generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    static const char *const niches[] = {"fitness", "beauty;skincare", "food", "travel", "gaming", "tech", "fashion"};
    static const char *const countries[] = {"US", "GB", "DE", "FR", "BR", "IN", "ES"};
    static const char *const platforms[] = {"instagram", "tiktok", "youtube"};
    file.write("handle,display_name,platform,followers,avg_likes,avg_comments,avg_shares,avg_views,"
               "engagement_rate,niches,country,language,fee,email,notes\n");
    quint64 x = 88172645463325252ULL;
    const auto next = [&x] { // xorshift: same file on every machine
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        const quint64 r = next();
        const quint64 followers = 1000 + r % 2'000'000;
        line.clear();
        line += "@creator" + QByteArray::number(i) + ',';
        if (r % 10 == 0)
            line += "\"Doe, Jane " + QByteArray::number(i) + "\",";
        else
            line += "Jane Doe " + QByteArray::number(i) + ',';
        line += QByteArray(platforms[r % 3]) + ',';
        line += QByteArray::number(followers) + ',';
        line += QByteArray::number(followers / 40 + r % 97) + ',';
        line += QByteArray::number(r % 800) + ',';
        line += QByteArray::number(r % 300) + ',';
        line += QByteArray::number(followers / 5) + ',';
        line += QByteArray::number(0.01 + double(r % 900) / 10000.0, 'f', 4) + ',';
        line += QByteArray(niches[r % 7]) + ',';
        line += QByteArray(countries[(r >> 8) % 7]) + ",en,";
        line += QByteArray::number(50 + r % 5000) + ',';
        line += "creator" + QByteArray::number(i) + "@example.com,";
        if (r % 50 == 0)
            line += "\"Said \"\"yes\"\" on call\nfollow up\"";
        else if (r % 3 == 0)
            line += "met at summit";
        line += '\n';
        file.write(line);
    }
}

struct Figure
{
    qint64 rows = 0;
    qint64 checksum = 0;
};

// CPU seconds of this process and of its finished children (the sqlite3 shell).
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const auto tv = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return double(ts.tv_sec) + ts.tv_nsec / 1e9 + tv(children.ru_utime) + tv(children.ru_stime);
}

// Best of `runs`, to keep other load on the machine out of the figure.
void report(const char *name, int runs, qint64 bytes, const std::function<Figure()> &run)
{
    double bestCpu = 1e100;
    double bestWall = 1e100;
    Figure f;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        f = run();
        bestCpu = std::min(bestCpu, cpuSeconds() - cpu);
        bestWall = std::min(bestWall, t.nsecsElapsed() / 1e9);
    }
    const QLocale c = QLocale::c();
    out << QStringLiteral("%1 %2 rows  CPU %3 s = %4 rows/s, %5 MB/s   wall %6 s = %7 rows/s   (checksum %8)\n")
               .arg(QString::fromLatin1(name), -46)
               .arg(f.rows)
               .arg(bestCpu, 0, 'f', 3)
               .arg(c.toString(qint64(f.rows / bestCpu)), 9)
               .arg(bytes / bestCpu / 1e6, 4, 'f', 0)
               .arg(bestWall, 0, 'f', 3)
               .arg(c.toString(qint64(f.rows / bestWall)), 9)
               .arg(f.checksum);
    out.flush();
}

enum class Touch { Utf8Views, Utf16Views, QStringCopies };

void consume(const CsvRecord &record, Touch touch, Figure &f)
{
    ++f.rows;
    for (qsizetype i = 0; i < record.size(); ++i) {
        switch (touch) {
        case Touch::Utf8Views: f.checksum += record.fieldUtf8(i).size(); break;
        case Touch::Utf16Views: f.checksum += record.field(i).size(); break;
        case Touch::QStringCopies: f.checksum += record.value(i).size(); break;
        }
    }
}

Figure readWithCsvReader(const QString &path, Touch touch)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    CsvReader reader(&file);
    CsvRecord record;
    Figure f;
    while (reader.readNext(record))
        consume(record, touch, f);
    if (reader.hasError())
        qFatal("%s", qPrintable(reader.error().message));
    return f;
}

Figure tokeniseInMemory(const QByteArray &data)
{
    CsvTokenizer tokenizer(',', CsvOptions());
    CsvRecord record;
    Figure f;
    const char *p = data.constData();
    const char *end = p + data.size();
    for (;;) {
        const CsvTokenizer::Outcome o = p < end ? tokenizer.feed(p, end, record) : tokenizer.finish(record);
        if (o == CsvTokenizer::Outcome::Record)
            consume(record, Touch::Utf8Views, f);
        else if (o != CsvTokenizer::Outcome::NeedInput)
            break;
    }
    return f;
}

#ifdef TIERSCOPE_BENCH_LIBCSV
struct LibcsvSink
{
    CsvRecord record;
    Touch touch = Touch::Utf8Views;
    bool inRecord = false;
    Figure figure;
};

int noSpace(unsigned char)
{
    return 0; // keep spaces around fields, as the hand-written tokeniser does
}

void onField(void *s, size_t len, void *data)
{
    auto *sink = static_cast<LibcsvSink *>(data);
    if (!sink->inRecord) {
        sink->record.beginRecord(0);
        sink->inRecord = true;
    }
    sink->record.appendToField(QByteArrayView(static_cast<const char *>(s), qsizetype(len)));
    sink->record.endField();
}

void onRecord(int, void *data)
{
    auto *sink = static_cast<LibcsvSink *>(data);
    if (!sink->inRecord)
        return;
    sink->inRecord = false;
    consume(sink->record, sink->touch, sink->figure);
}

// Same decoder and the same record type as CsvReader, libcsv as the tokeniser.
Figure readWithLibcsv(const QString &path, Touch touch, const QByteArray *inMemory = nullptr)
{
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_space_func(&parser, noSpace);
    LibcsvSink sink;
    sink.touch = touch;
    if (inMemory) {
        csv_parse(&parser, inMemory->constData(), inMemory->size(), onField, onRecord, &sink);
    } else {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        TextDecoder decoder(&file);
        for (;;) {
            const Result<QByteArrayView> chunk = decoder.nextChunk();
            if (!chunk || chunk->isEmpty())
                break;
            if (csv_parse(&parser, chunk->data(), chunk->size(), onField, onRecord, &sink) != size_t(chunk->size()))
                qFatal("libcsv: %s", csv_strerror(csv_error(&parser)));
        }
    }
    csv_fini(&parser, onField, onRecord, &sink);
    csv_free(&parser);
    return sink.figure;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({u"rows"_qs, u"Rows to generate."_qs, u"N"_qs, u"1000000"_qs});
    cli.addOption({u"runs"_qs, u"Runs per figure (the best is kept)."_qs, u"N"_qs, u"3"_qs});
    cli.addOption({u"file"_qs, u"Read this CSV file instead of generating one."_qs, u"PATH"_qs});
    cli.addOption({u"generate"_qs, u"Generate the file here and keep it."_qs, u"PATH"_qs});
    cli.process(app);

    QTemporaryDir dir;
    QString path = cli.value(u"file"_qs);
    if (path.isEmpty()) {
        path = cli.isSet(u"generate"_qs) ? cli.value(u"generate"_qs) : dir.filePath(u"creators.csv"_qs);
        QElapsedTimer t;
        t.start();
        generate(path, cli.value(u"rows"_qs).toLongLong());
        out << "generated " << path << " in " << t.elapsed() << " ms\n";
    }
    const int runs = std::max(1, cli.value(u"runs"_qs).toInt());
    const qint64 bytes = QFileInfo(path).size();
    out << "file: " << bytes / 1e6 << " MB\n\n";

    out << "From the file (decoder + tokeniser + consumer):\n";
    report("hand-written, UTF-8 field views", runs, bytes, [&] { return readWithCsvReader(path, Touch::Utf8Views); });
    report("hand-written, UTF-16 field views", runs, bytes, [&] { return readWithCsvReader(path, Touch::Utf16Views); });
    report("hand-written, one QString per field", runs, bytes,
           [&] { return readWithCsvReader(path, Touch::QStringCopies); });
#ifdef TIERSCOPE_BENCH_LIBCSV
    report("libcsv, UTF-8 field views", runs, bytes, [&] { return readWithLibcsv(path, Touch::Utf8Views); });
    report("libcsv, UTF-16 field views", runs, bytes, [&] { return readWithLibcsv(path, Touch::Utf16Views); });
#endif

    out << "\nTokeniser only, file already in memory:\n";
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray data = file.readAll();
    report("hand-written tokeniser", runs, bytes, [&] { return tokeniseInMemory(data); });
#ifdef TIERSCOPE_BENCH_LIBCSV
    report("libcsv tokeniser", runs, bytes, [&] { return readWithLibcsv(path, Touch::Utf8Views, &data); });
#else
    out << "(libcsv figures: build with -DTIERSCOPE_BENCH_LIBCSV and -lcsv)\n";
#endif

    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_qs);
    if (!sqlite.isEmpty()) {
        out << "\nReference:\n";
        report("sqlite3 shell .import into a new file table", 1, bytes, [&] {
            QFile::remove(dir.filePath(u"ref.db"_qs));
            QProcess p;
            p.start(sqlite, {dir.filePath(u"ref.db"_qs)});
            p.write(".mode csv\n.import '" + path.toUtf8() + "' creators\nSELECT count(*) FROM creators;\n");
            p.closeWriteChannel();
            p.waitForFinished(-1);
            return Figure{p.readAllStandardOutput().trimmed().toLongLong(), 0};
        });
    }
    return 0;
}
