// SPDX-License-Identifier: GPL-3.0-or-later
// Reports written to PDF and read back with poppler: names in any script come out as text, in
// embedded fonts that have their glyphs (Noto CJK, Arabic); the file appears only when whole.
#include "ui/report/pdf_render_job.h"
#include "ui/report/report_page_setup.h"
#include "ui/report/shortlist_report.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope;
using namespace tierscope::core;
using namespace Qt::StringLiterals;

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60'000);
    return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

QList<Creator> creatorsInManyScripts()
{
    const QList<std::pair<QString, QString>> people = {
        {u"anna.smirnova"_s, u"Анна Смирнова"_s},
        {u"layla.ahmed"_s, u"ليلى أحمد"_s},
        {u"wang.xiaoming"_s, u"王小明"_s},
        {u"mia.blooms"_s, u"Mia 🌸 Blooms"_s},
        {u"tag.test"_s, u"<b>Not bold</b> &amp; co"_s},
    };
    QList<Creator> out;
    qint64 id = 1;
    for (const auto &[handle, name] : people) {
        Creator c;
        c.id = id++;
        c.handle = handle;
        c.displayName = name;
        c.platform = Platform::Instagram;
        c.followers = 12'000 * id;
        c.engagementRate = 0.03 + 0.01 * double(id);
        c.erSource = ErSource::Computed;
        c.fee = Money(40'000 + 5'000 * id, u"USD"_s);
        out << c;
    }
    return out;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shortlist_namesInAnyScriptAreTextInEmbeddedFonts();
    void comparison_marksTheBestAndKeepsMarkupLiteral();
    void cancelledJob_leavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("TIERSCOPE_KEEP_PDF")) { // to look at the pages
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "PDFs in" << m_dir.path();
    }
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
        || QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
        QSKIP("poppler-utils are not installed");
}

void TestReportPdf::shortlist_namesInAnyScriptAreTextInEmbeddedFonts()
{
    ui::ShortlistReportData data;
    data.shortlist.id = 3;
    data.shortlist.name = u"Глобальный список · 全球"_s;
    data.shortlist.brief = u"Creators for the worldwide launch."_s;
    data.currency = u"USD"_s;
    int position = 0;
    for (const Creator &c : creatorsInManyScripts()) {
        data.creators.insert(c.id, c);
        ShortlistEntry e;
        e.shortlistId = 3;
        e.creatorId = c.id;
        e.position = position++;
        e.verdict = position % 2 ? Verdict::Yes : Verdict::Maybe;
        e.note = u"Примечание — ملاحظة — 备注"_s;
        data.entries << e;
    }
    ui::ReportDocument doc = ui::ShortlistReport::build(data, QDate(2027, 1, 15));
    doc.layout(ui::ReportPageSetup(QPageSize::A4));
    const QString pdf = m_dir.filePath(u"scripts.pdf"_s);
    QVERIFY(!ui::PdfRenderJob::write(doc, pdf));

    // Qt's PDF writer maps each glyph back to one code point; where a CJK font draws two code
    // points with one glyph (小 and the Kangxi radical ⼩) it may pick the compatibility one, so
    // the text is compared in NFKC.
    const QString text = runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(u"Анна Смирнова"_s), qPrintable(text));
    QVERIFY(text.contains(u"王小明"_s));
    QVERIFY(text.contains(u"Глобальный список"_s));
    // Arabic comes out in logical or visual order depending on poppler; the letters are there.
    QVERIFY(text.contains(u"ليلى"_s) || text.contains(u"أحمد"_s) || text.contains(u"ﻟﻴﻠﻰ"_s));
    QVERIFY(text.contains(u"Mia"_s));
    QVERIFY(text.contains(u"@mia.blooms"_s));

    const QString fonts = runTool(u"pdffonts"_s, {pdf});
    QVERIFY(fonts.contains(u"CJK"_s));
    QVERIFY(fonts.contains(u"Arabic"_s));
    const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    for (const QString &row : rows)
        QVERIFY2(row.contains(u" yes "_s), qPrintable(row)); // embedded
}

void TestReportPdf::comparison_marksTheBestAndKeepsMarkupLiteral()
{
    ui::ComparisonReportData data;
    data.creators = creatorsInManyScripts();
    ui::ReportDocument doc = ui::ComparisonReport::build(data, QDate(2027, 1, 15));
    doc.layout(ui::ReportPageSetup(QPageSize::Letter));
    const QString pdf = m_dir.filePath(u"compare.pdf"_s);
    QVERIFY(!ui::PdfRenderJob::write(doc, pdf));
    const QString text
        = runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).simplified();
    QVERIFY(text.contains(u"<b>Not bold</b> &amp; co"_s) || text.contains(u"<b>Not bold</b>"_s));
    QVERIFY(text.contains(u"✓"_s));
    for (const Creator &c : data.creators)
        QVERIFY2(text.contains(u'@' + c.handle), qPrintable(c.handle));
    QVERIFY(text.contains(u"Page 1 of"_s));
}

void TestReportPdf::cancelledJob_leavesNoFile()
{
    ui::ComparisonReportData data;
    data.creators = creatorsInManyScripts();
    ui::ReportDocument doc = ui::ComparisonReport::build(data, QDate(2027, 1, 15));
    doc.layout(ui::ReportPageSetup(QPageSize::A4));
    const QString pdf = m_dir.filePath(u"cancelled.pdf"_s);
    {
        ui::PdfRenderJob job(doc, pdf);
        QVERIFY(!job.begin());
        job.paintNextPage();
        job.cancel();
    }
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files | QDir::Hidden).size(),
             0);
    // A folder that does not exist is an error, not a crash.
    ui::PdfRenderJob bad(doc, m_dir.filePath(u"no/such/folder/x.pdf"_s));
    const Status s = bad.begin();
    QVERIFY(s);
    QVERIFY(!s.message.isEmpty());
}

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
