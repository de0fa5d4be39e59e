// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope campaign import-results NAME|ID FILE.csv` as a user runs it: the real binary on a
// small workspace, checked against what the file then holds.
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

class TestCliCampaignImportResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void importResults_writesAcceptedRowsAndListsRejectedOnes();
    void importResults_everyRowRejectedExitsOne();
    void importResults_badUsageExitsTwo();

private:
    QString file(const QByteArray &text);
    Deliverable stored(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_reel = 0, m_story = 0;
    int m_files = 0;
};

void TestCliCampaignImportResults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"cli.tierscope"_s);
    auto ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    Creator c;
    c.platform = Platform::Instagram;
    c.handle = u"anna.fit"_s;
    c.followers = 48'700;
    c.niches = {u"fitness"_s};
    const auto creator = CreatorRepository((*ws)->database()).insert(c);
    QVERIFY(creator.ok());
    CampaignRepository repo((*ws)->database());
    Campaign campaign;
    campaign.name = u"Spring Launch"_s;
    campaign.budget = Money(200'000, u"USD"_s);
    const auto id = repo.create(campaign);
    QVERIFY(id.ok());
    RosterEntry e;
    e.campaignId = *id;
    e.creatorId = *creator;
    const auto entry = repo.addEntry(e);
    QVERIFY(entry.ok());
    Deliverable d;
    d.rosterEntryId = *entry;
    d.kind = DeliverableKind::Reel;
    m_reel = *repo.addDeliverable(d);
    d.kind = DeliverableKind::Story;
    m_story = *repo.addDeliverable(d);
}

QString TestCliCampaignImportResults::file(const QByteArray &text)
{
    const QString path = m_dir->filePath(u"r%1.csv"_s.arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write the test file");
    return path;
}

Deliverable TestCliCampaignImportResults::stored(qint64 id)
{
    auto ws = Workspace::open(m_path, Workspace::Mode::ReadOnly);
    if (!ws)
        return {};
    const auto d = CampaignRepository((*ws)->database()).deliverable(id);
    return d ? *d : Deliverable();
}

void TestCliCampaignImportResults::importResults_writesAcceptedRowsAndListsRejectedOnes()
{
    const QString csv = file("Username,Format,Post URL,Views,Link clicks,Revenue\n"
                             "@anna.fit,Reel,https://instagram.com/reel/X1,18.2k,210,$640\n"
                             "anna.fit,video,,5,,\n");
    const Run r = runTierscope(
        {u"campaign"_s, u"import-results"_s, u"Spring Launch"_s, csv, u"--workspace"_s, m_path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"2 rows read, 1 deliverables updated, 0 unchanged, 1 rejected"),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"rejected: line 3: @anna.fit has no video"), qPrintable(r.out));
    const Deliverable reel = stored(m_reel);
    QCOMPARE(reel.actuals.views, std::optional<qint64>(18'200));
    QCOMPARE(reel.actuals.clicks, std::optional<qint64>(210));
    QCOMPARE(reel.actuals.revenue, std::optional<Money>(Money(64'000, u"USD"_s)));
    QCOMPARE(reel.url, u"https://instagram.com/reel/X1"_s);
    QCOMPARE(reel.status, DeliverableStatus::Published);
    QVERIFY(stored(m_story).actuals.isEmpty());
}

void TestCliCampaignImportResults::importResults_everyRowRejectedExitsOne()
{
    const QString csv = file("deliverable id,views\n999,10\n");
    const Run r = runTierscope(
        {u"campaign"_s, u"import-results"_s, u"--workspace"_s, m_path, u"spring launch"_s, csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"rejected: line 2: there is no deliverable with ID 999"),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(u"no row could be imported"), qPrintable(r.err));
}

void TestCliCampaignImportResults::importResults_badUsageExitsTwo()
{
    Run r = runTierscope(
        {u"campaign"_s, u"import-results"_s, u"Spring Launch"_s, u"--workspace"_s, m_path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"FILE.csv"));
    r = runTierscope(
        {u"campaign"_s, u"import-results"_s, u"Nope"_s, file("id\n"), u"--workspace"_s, m_path});
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliCampaignImportResults)
#include "tst_cli_campaign_import_results.moc"
