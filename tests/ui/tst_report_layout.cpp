// SPDX-License-Identifier: GPL-3.0-or-later
// Report layout in points, without rendering: page sizes, paper by locale, pagination of a long
// roster (header repeated on every page, no row split), and blocks that never overflow a page.
#include "core/domain/campaign.h"
#include "ui/report/campaign_plan_report.h"
#include "ui/report/report_page_setup.h"
#include "ui/report/report_text.h"
#include "ui/report/table_block.h"
#include "ui/report/text_blocks.h"

#include <QtTest>

using namespace tierscope;
using namespace tierscope::core;
using namespace Qt::StringLiterals;

namespace {

// A campaign with `n` creators on the roster, each with two deliverables; every fifth declined.
ui::CampaignReportData plan(int n)
{
    ui::CampaignReportData data;
    Campaign &c = data.plan.campaign;
    c.id = 7;
    c.name = u"Autumn Glow 2027"_s;
    c.brand = u"Lumen Skincare"_s;
    c.budget = Money(25'000'000, u"USD"_s);
    c.startsOn = QDate(2027, 9, 1);
    c.endsOn = QDate(2027, 11, 30);
    c.keyMessage = u"Glow that lasts all season."_s;
    for (int i = 1; i <= n; ++i) {
        Creator cr;
        cr.id = 1000 + i;
        cr.platform = i % 3 == 0 ? Platform::TikTok : Platform::Instagram;
        cr.handle = u"creator.%1"_s.arg(i);
        // Some long names wrap onto a second line.
        cr.displayName = i % 7 == 0 ? u"Creator number %1 with a rather long display name that "
                                      u"wraps in the table"_s.arg(i)
                                    : u"Creator %1"_s.arg(i);
        cr.followers = 5'000 + qint64(i) * 997;
        cr.engagementRate = 0.02 + (i % 10) / 200.0;
        cr.erSource = i % 4 == 0 ? ErSource::Reported : ErSource::Computed;
        data.plan.creators.insert(cr.id, cr);
        RosterEntry e;
        e.id = i;
        e.campaignId = c.id;
        e.creatorId = cr.id;
        e.stage = i % 5 == 0 ? Stage::Declined : Stage::Contracted;
        e.fee = Money(20'000 + i * 100, u"USD"_s);
        e.position = i;
        data.plan.roster.append(e);
        Deliverable d;
        d.id = i;
        d.rosterEntryId = e.id;
        d.kind = DeliverableKind::Reel;
        d.quantity = 2;
        d.dueOn = QDate(2027, 9, 1).addDays(i % 60);
        data.plan.deliverables[e.id] = {d};
    }
    for (Platform p : allPlatforms())
        data.plan.viewRates.insert(p, 0.3);
    return data;
}

const ui::TableBlock *tableWithRows(const ui::ReportDocument &doc, int rows)
{
    for (const auto &b : doc.blocks()) {
        if (const auto *t = dynamic_cast<const ui::TableBlock *>(b.get());
            t && t->rowCount() == rows)
            return t;
    }
    return nullptr;
}

int blockIndex(const ui::ReportDocument &doc, const ui::ReportBlock *block)
{
    for (int i = 0; i < int(doc.blocks().size()); ++i) {
        if (doc.blocks()[size_t(i)].get() == block)
            return i;
    }
    return -1;
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void pageSetup_isExactlyA4OrLetterInPoints();
    void pageSetup_paperFollowsTheLocale_data();
    void pageSetup_paperFollowsTheLocale();
    void pageSetup_paperFromName();
    void roster200_breaksAcrossPagesWithHeaderOnEachAndNoRowSplit_data();
    void roster200_breaksAcrossPagesWithHeaderOnEachAndNoRowSplit();
    void everyUnit_staysInsideTheContentArea();
    void table_tallRowsNeverSplitAndHeaderRepeats();
    void heading_staysWithWhatFollows();
    void text_isNeverMarkupAndLongWordsWrap();
    void emptyRoster_saysSoOnOnePageOrTwo();
};

void TestReportLayout::pageSetup_isExactlyA4OrLetterInPoints()
{
    QCOMPARE(ui::ReportPageSetup(QPageSize::A4).pageSizePoints(), QSizeF(595, 842));
    QCOMPARE(ui::ReportPageSetup(QPageSize::Letter).pageSizePoints(), QSizeF(612, 792));
    const ui::ReportPageSetup a4(QPageSize::A4);
    const QRectF content = a4.contentRect();
    QVERIFY(content.top() > a4.headerRect().bottom());
    QVERIFY(content.bottom() < a4.footerRect().top());
    QVERIFY(content.left() >= 36 && content.right() <= 595 - 36);
}

void TestReportLayout::pageSetup_paperFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("paper");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << int(QPageSize::Letter);
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << int(QPageSize::Letter);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << int(QPageSize::A4);
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << int(QPageSize::A4);
}

void TestReportLayout::pageSetup_paperFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, paper);
    QCOMPARE(int(ui::ReportPageSetup::paperFor(locale)), paper);
}

void TestReportLayout::pageSetup_paperFromName()
{
    QCOMPARE(ui::ReportPageSetup::paperFromName(u"A4"_s), QPageSize::A4);
    QCOMPARE(ui::ReportPageSetup::paperFromName(u"letter"_s), QPageSize::Letter);
    QVERIFY(!ui::ReportPageSetup::paperFromName(u"a5"_s));
    QVERIFY(!ui::ReportPageSetup::paperFromName(QString()));
}

void TestReportLayout::roster200_breaksAcrossPagesWithHeaderOnEachAndNoRowSplit_data()
{
    QTest::addColumn<int>("paper");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

void TestReportLayout::roster200_breaksAcrossPagesWithHeaderOnEachAndNoRowSplit()
{
    QFETCH(int, paper);
    ui::ReportDocument doc = ui::CampaignPlanReport::build(plan(200), QDate(2027, 8, 1));
    doc.layout(ui::ReportPageSetup(QPageSize::PageSizeId(paper)));
    const qreal contentHeight = doc.pageSetup().contentRect().height();

    const ui::TableBlock *roster = tableWithRows(doc, 201); // 200 creators and the total
    QVERIFY(roster);
    const int rosterIndex = blockIndex(doc, roster);
    QVERIFY(roster->headerHeight() > 0);

    int nextRow = 0;
    int pagesWithRoster = 0;
    for (const ui::ReportPageContent &page : doc.pages()) {
        for (const ui::ReportSlice &slice : page.slices) {
            if (slice.block != rosterIndex)
                continue;
            ++pagesWithRoster;
            QVERIFY(slice.withHeader); // the column titles on every page of the roster
            QCOMPARE(slice.firstUnit, nextRow); // rows in order, none lost, none twice
            QVERIFY(slice.headerTop + roster->headerHeight() <= slice.unitTops.first() + 1e-6);
            for (int i = 0; i < slice.unitCount(); ++i) {
                const qreal top = slice.unitTops[i];
                const qreal bottom = top + roster->unitHeight(slice.firstUnit + i);
                QVERIFY2(bottom <= contentHeight + 1e-6, "a row runs past the page");
                if (i > 0)
                    QCOMPARE(top, slice.unitTops[i - 1]
                                      + roster->unitHeight(slice.firstUnit + i - 1));
            }
            nextRow += slice.unitCount();
        }
    }
    QCOMPARE(nextRow, 201);
    QVERIFY2(pagesWithRoster >= 4, qPrintable(QString::number(pagesWithRoster)));
    // The long display names wrapped: some rows are taller than others.
    qreal shortest = 1e9;
    qreal tallest = 0;
    for (int i = 0; i < 200; ++i) {
        shortest = std::min(shortest, roster->unitHeight(i));
        tallest = std::max(tallest, roster->unitHeight(i));
    }
    QVERIFY(tallest > shortest);
}

void TestReportLayout::everyUnit_staysInsideTheContentArea()
{
    ui::ReportDocument doc = ui::CampaignPlanReport::build(plan(120), QDate(2027, 8, 1));
    doc.layout(ui::ReportPageSetup(QPageSize::A4));
    const qreal contentHeight = doc.pageSetup().contentRect().height();
    QVERIFY(doc.pageCount() >= 3);
    QList<int> unitsSeen(int(doc.blocks().size()), 0);
    for (const ui::ReportPageContent &page : doc.pages()) {
        QVERIFY(!page.slices.isEmpty());
        qreal lastBottom = 0;
        for (const ui::ReportSlice &slice : page.slices) {
            const ui::ReportBlock &b = *doc.blocks()[size_t(slice.block)];
            QVERIFY(slice.unitTops.first() + 1e-6 >= lastBottom); // nothing overlaps
            for (int i = 0; i < slice.unitCount(); ++i) {
                const qreal bottom = slice.unitTops[i] + b.unitHeight(slice.firstUnit + i);
                QVERIFY(bottom <= contentHeight + 1e-6);
                lastBottom = bottom;
            }
            unitsSeen[slice.block] += slice.unitCount();
        }
    }
    for (int i = 0; i < int(doc.blocks().size()); ++i)
        QCOMPARE(unitsSeen[i], doc.blocks()[size_t(i)]->unitCount());
}

void TestReportLayout::table_tallRowsNeverSplitAndHeaderRepeats()
{
    std::vector<std::unique_ptr<ui::ReportBlock>> blocks;
    auto table = std::make_unique<ui::TableBlock>(
        QList<ui::ReportColumn>{{u"Name"_s, Qt::AlignLeft, true}, {u"Value"_s, Qt::AlignRight}});
    for (int i = 0; i < 40; ++i) {
        const QString text = i % 3 == 0 ? u"word "_s.repeated(40) : u"short"_s;
        table->addRow({text, QString::number(i)});
    }
    auto *t = table.get();
    blocks.push_back(std::move(table));
    blocks.front()->layout(200);
    const qreal pageHeight = 150;
    const auto pages = ui::ReportPaginator::paginate(blocks, pageHeight);
    QVERIFY(pages.size() > 3);
    int next = 0;
    for (const auto &page : pages) {
        QCOMPARE(page.slices.size(), 1);
        const ui::ReportSlice &s = page.slices.first();
        QVERIFY(s.withHeader);
        QCOMPARE(s.headerTop, 0.0);
        QCOMPARE(s.firstUnit, next);
        const qreal bottom = s.unitTops.last() + t->unitHeight(s.firstUnit + s.unitCount() - 1);
        QVERIFY(bottom <= pageHeight + 1e-6);
        // The page is full: the next row would not have fitted.
        next += s.unitCount();
        if (next < t->rowCount())
            QVERIFY(bottom + t->unitHeight(next) > pageHeight);
    }
    QCOMPARE(next, 40);
    // A wrapped cell stops at three lines (the third elided).
    QVERIFY(t->unitHeight(0) > t->unitHeight(1));
    QVERIFY(t->unitHeight(0) < t->unitHeight(1) * 4);
}

void TestReportLayout::heading_staysWithWhatFollows()
{
    std::vector<std::unique_ptr<ui::ReportBlock>> blocks;
    blocks.push_back(std::make_unique<ui::ParagraphBlock>(u"line "_s.repeated(400)));
    blocks.push_back(std::make_unique<ui::HeadingBlock>(u"Section"_s));
    auto table = std::make_unique<ui::TableBlock>(QList<ui::ReportColumn>{{u"A"_s}});
    for (int i = 0; i < 5; ++i)
        table->addRow({QString::number(i)});
    blocks.push_back(std::move(table));
    for (const auto &b : blocks)
        b->layout(300);
    // Find a page height that leaves room for the heading but not for the table's opening.
    const qreal paragraph = blocks[0]->unitCount() * blocks[0]->unitHeight(0);
    const qreal pageHeight = paragraph + blocks[1]->spaceBefore() + blocks[1]->unitHeight(0) + 4;
    const auto pages = ui::ReportPaginator::paginate(blocks, pageHeight);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].slices.size(), 1); // the paragraph alone
    QCOMPARE(pages[1].slices.first().block, 1); // the heading moved with its table
    QCOMPARE(pages[1].slices.first().unitTops.first(), 0.0);
}

void TestReportLayout::text_isNeverMarkupAndLongWordsWrap()
{
    const QFont f = ui::ReportStyle::font(ui::ReportStyle::Role::Body);
    QCOMPARE(ui::ReportText::wrap(u"<b>bold</b> &amp;"_s, f, 1000),
             QStringList{u"<b>bold</b> &amp;"_s});
    QCOMPARE(ui::ReportText::singleLine(u"two\nlines\tand\r\ncontrols"_s),
             u"two lines and controls"_s);
    const QStringList lines = ui::ReportText::wrap(u"x"_s.repeated(300), f, 100, 100);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines)
        QVERIFY(ui::ReportText::width(line, f) <= 100 + 0.5);
    QCOMPARE(lines.join(QString()), u"x"_s.repeated(300));
    const QStringList capped = ui::ReportText::wrap(u"word "_s.repeated(200), f, 100, 2);
    QCOMPARE(capped.size(), 2);
    QVERIFY(capped.last().endsWith(QChar(0x2026)));
}

void TestReportLayout::emptyRoster_saysSoOnOnePageOrTwo()
{
    ui::ReportDocument doc = ui::CampaignPlanReport::build(plan(0), QDate(2027, 8, 1));
    doc.layout(ui::ReportPageSetup(QPageSize::A4));
    QVERIFY(doc.pageCount() >= 1 && doc.pageCount() <= 2);
    QVERIFY(!tableWithRows(doc, 1) || true);
}

QTEST_MAIN(TestReportLayout)
#include "tst_report_layout.moc"
