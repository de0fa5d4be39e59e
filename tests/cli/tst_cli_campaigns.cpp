// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope campaigns` and `tierscope campaign show` as a user runs them: the real binary on a
// demo workspace, checked against what core computes from the same file.
#include "core/campaigns/budget_summary.h"
#include "core/campaigns/campaign_plan_loader.h"
#include "core/campaigns/campaign_status.h"
#include "core/common/clock.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

QString usd(const Money &m)
{
    return m.format(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString amount(qint64 minor, const QString &currency)
{
    return usd(Money(minor, currency));
}

// The line of `text` that starts (after indentation) with `label`, or "".
QString lineStartingWith(const QString &text, const QString &label)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().startsWith(label + u' '))
            return line;
    }
    return {};
}

// Second field of a "  label   value  …" line.
QString valueOf(const QString &text, const QString &label)
{
    const QStringList parts
        = lineStartingWith(text, label).trimmed().split(u' ', Qt::SkipEmptyParts);
    return parts.size() > 1 ? parts[1] : QString();
}

} // namespace

class TestCliCampaigns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campaigns_listsDemoCampaignsWithBudgetsAndStatus();
    void campaigns_archivedOnlyWithFlag();
    void show_printsBriefRosterAndBudgetOfCore();
    void show_byIdEqualsByName();
    void show_withActualsPrintsResults();
    void show_unknownCampaignExitsOne();
    void show_ambiguousNameExitsOneListingIds();
    void campaign_badUsageExitsTwo_data();
    void campaign_badUsageExitsTwo();

private:
    struct Loaded
    {
        CampaignPlan plan;
        BudgetSummary budget;
    };
    Loaded load(const QString &workspace, const QString &name) const;
    QString copyOfWorkspace(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCliCampaigns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(),
             "TIERSCOPE_BIN must name the binary");
    m_ws = m_dir.filePath(u"campaigns.tierscope"_s);
    const Run r = runTierscope({u"demo"_s, u"--creators"_s, u"3000"_s, u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

TestCliCampaigns::Loaded TestCliCampaigns::load(const QString &workspace, const QString &name) const
{
    auto ws = Workspace::open(workspace, Workspace::Mode::ReadOnly);
    if (!ws) {
        qWarning().noquote() << ws.error().message;
        return {};
    }
    const QSqlDatabase db = (*ws)->database();
    const auto campaign = CampaignRepository(db).findByNameOrId(name);
    const auto scheme = SettingsRepository(db).tierScheme();
    if (!campaign || !scheme)
        return {};
    const auto plan = loadCampaignPlan(db, campaign->id);
    if (!plan)
        return {};
    return {*plan, summarizeBudget(*plan, *scheme)};
}

QString TestCliCampaigns::copyOfWorkspace(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_ws, path) ? path : QString();
}

void TestCliCampaigns::campaigns_listsDemoCampaignsWithBudgetsAndStatus()
{
    const Run r = runTierscope({u"campaigns"_s, u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 4, qPrintable(r.out)); // header, two campaigns, summary
    QVERIFY(lines[0].startsWith(u"id  name"_s));
    QVERIFY(lines[3].startsWith(u"Campaigns: 2."_s));

    const QDate today = Clock::system().today();
    for (const QString &name : {u"Spring Launch 2027"_s, u"Holiday Glow 2026"_s}) {
        const Loaded l = load(m_ws, name);
        QVERIFY(l.plan.campaign.id > 0);
        const Campaign &c = l.plan.campaign;
        QString row;
        for (const QString &line : lines) {
            if (line.contains(name))
                row = line;
        }
        QVERIFY2(!row.isEmpty(), qPrintable(name));
        const QStringList cells = row.split(QRegularExpression(u"\\s{2,}"_s), Qt::SkipEmptyParts);
        // id, name, brand, dates, status, budget, planned, committed, roster
        QCOMPARE(cells.size(), 9);
        QCOMPARE(cells[0].trimmed(), QString::number(c.id));
        QCOMPARE(cells[1], name);
        QCOMPARE(cells[2], c.brand);
        QCOMPARE(cells[3], c.startsOn.toString(Qt::ISODate) + u" – "_s
                               + c.endsOn.toString(Qt::ISODate));
        QCOMPARE(cells[4], campaignStatusDisplayName(campaignStatus(c, today)));
        QCOMPARE(cells[5], usd(c.budget));
        QCOMPARE(cells[6], amount(l.budget.total.plannedMinor, c.currency())
                               + (l.budget.plannedOverBudget() ? u" !"_s : QString()));
        QCOMPARE(cells[7], amount(l.budget.total.committedMinor, c.currency())
                               + (l.budget.committedOverBudget() ? u" !"_s : QString()));
        QCOMPARE(cells[8], QString::number(l.plan.roster.size()));
    }
    // The demo budgets, as the sample data sets them.
    QVERIFY(r.out.contains(u"$3,000.00"_s));
    QVERIFY(r.out.contains(u"€1,600.00"_s));
}

void TestCliCampaigns::campaigns_archivedOnlyWithFlag()
{
    const QString path = copyOfWorkspace(u"archived.tierscope"_s);
    QVERIFY(!path.isEmpty());
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error().message));
        CampaignRepository repo((*ws)->database());
        const auto glow = repo.findByNameOrId(u"Holiday Glow 2026"_s);
        QVERIFY(glow);
        QVERIFY(!repo.setArchived(glow->id, true));
    }
    Run r = runTierscope({u"campaigns"_s, u"--workspace"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Spring Launch 2027"_s));
    QVERIFY(!r.out.contains(u"Holiday Glow 2026"_s));

    r = runTierscope({u"campaigns"_s, u"--archived"_s, u"--workspace"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Spring Launch 2027"_s));
    QVERIFY(QRegularExpression(u"Holiday Glow 2026 .* archived "_s).match(r.out).hasMatch());
}

void TestCliCampaigns::show_printsBriefRosterAndBudgetOfCore()
{
    const Run r = runTierscope({u"campaign"_s, u"show"_s, u"Spring Launch 2027"_s,
                                u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString &out = r.out;

    // The brief.
    QVERIFY(out.startsWith(u"Spring Launch 2027 (campaign "_s));
    QVERIFY(lineStartingWith(out, u"Brand"_s).endsWith(u" Northwind Athletics"_s));
    QVERIFY(lineStartingWith(out, u"Budget"_s).contains(u"$3,000.00"_s));
    QVERIFY(lineStartingWith(out, u"Dates"_s).contains(u"2027-03-01 – 2027-04-30"_s));
    QVERIFY(out.contains(u"The Stride 2 carries you further"_s));
    QVERIFY(out.contains(u"#Stride2 #NorthwindRun #ad"_s));
    QVERIFY(lineStartingWith(out, u"Disclosure"_s).contains(u"paid-partnership label"_s));
    QVERIFY(lineStartingWith(out, u"Targets"_s).contains(u"tiers Micro"_s));

    // The roster: every entry's handle, in roster order, with its stage.
    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    const QSqlDatabase db = (*ws)->database();
    const auto campaign = CampaignRepository(db).findByNameOrId(u"Spring Launch 2027"_s);
    QVERIFY(campaign);
    const auto entries = CampaignRepository(db).entries(campaign->id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 10);
    const CreatorRepository creators(db);
    qsizetype previous = 0;
    for (const RosterEntry &e : *entries) {
        const auto c = creators.get(e.creatorId);
        QVERIFY(c);
        const QRegularExpression row(u"\\n@"_s + QRegularExpression::escape(c->handle)
                                     + u"\\s+.*"_s
                                     + QRegularExpression::escape(stageDisplayName(e.stage))
                                     + u"\\s"_s);
        const auto m = row.match(out, previous);
        QVERIFY2(m.hasMatch(), qPrintable(c->handle));
        previous = m.capturedStart() + 1;
    }
    QVERIFY(out.contains(u"Roster: 10 creators, 9 in the pipeline"_s));

    // The budget: the amounts core computes from the same file.
    const Loaded l = load(m_ws, u"Spring Launch 2027"_s);
    const QString cur = l.plan.campaign.currency();
    QCOMPARE(valueOf(out, u"budget"_s), amount(l.budget.budgetMinor, cur));
    QCOMPARE(valueOf(out, u"planned"_s), amount(l.budget.total.plannedMinor, cur));
    QCOMPARE(valueOf(out, u"committed"_s), amount(l.budget.total.committedMinor, cur));
    QCOMPARE(valueOf(out, u"paid"_s), amount(l.budget.total.paidMinor, cur));
    QCOMPARE(valueOf(out, u"remaining"_s), amount(l.budget.remainingMinor(), cur));
    QCOMPARE(lineStartingWith(out, u"planned"_s).contains(u"OVER BUDGET"_s),
             l.budget.plannedOverBudget());

    // Split by tier and platform, forecast with the view-rate constants.
    QVERIFY(out.contains(u"\nBy tier\n"_s));
    QVERIFY(out.contains(u"\nBy platform\n"_s));
    QVERIFY(QRegularExpression(u"\\nMicro\\s+9\\s+"_s + QRegularExpression::escape(
                                   amount(l.budget.byTier.value(Tier::Micro).plannedMinor, cur)))
                .match(out)
                .hasMatch());
    QVERIFY(out.contains(u"\nForecast\n"_s));
    QVERIFY(out.contains(u"Instagram 25.0%, TikTok 45.0%, YouTube 20.0%"_s));
    QVERIFY(!out.contains(u"Results against the forecast"_s)); // nothing is live yet
}

void TestCliCampaigns::show_byIdEqualsByName()
{
    const Loaded l = load(m_ws, u"Spring Launch 2027"_s);
    QVERIFY(l.plan.campaign.id > 0);
    const Run byName = runTierscope({u"campaign"_s, u"show"_s, u"spring launch 2027"_s,
                                     u"--workspace"_s, m_ws});
    const Run byId = runTierscope({u"campaign"_s, u"--workspace"_s, m_ws, u"show"_s,
                                   QString::number(l.plan.campaign.id)});
    QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
    QCOMPARE(byName.exitCode, 0);
    QCOMPARE(byId.out, byName.out);
}

void TestCliCampaigns::show_withActualsPrintsResults()
{
    const Run r = runTierscope({u"campaign"_s, u"show"_s, u"Holiday Glow 2026"_s,
                                u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Loaded l = load(m_ws, u"Holiday Glow 2026"_s);
    const QString cur = l.plan.campaign.currency();
    QCOMPARE(valueOf(r.out, u"planned"_s), amount(l.budget.total.plannedMinor, cur));
    QCOMPARE(valueOf(r.out, u"remaining"_s), amount(l.budget.remainingMinor(), cur));
    if (l.budget.plannedOverBudget()) {
        QVERIFY2(lineStartingWith(r.out, u"planned"_s)
                     .contains(u"OVER BUDGET by "_s + amount(l.budget.plannedOverMinor(), cur)),
                 qPrintable(r.out));
    }
    QVERIFY(r.out.contains(
        u"Results against the forecast (4 entries with published deliverables)"_s));
    const QRegularExpression total(u"\\ntotal\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d.]+%"_s);
    QVERIFY2(total.match(r.out).hasMatch(), qPrintable(r.out));
}

void TestCliCampaigns::show_unknownCampaignExitsOne()
{
    const Run r = runTierscope({u"campaign"_s, u"show"_s, u"Winter Sale 2031"_s,
                                u"--workspace"_s, m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"No campaign named “Winter Sale 2031”"_s), qPrintable(r.err));

    const Run byId = runTierscope({u"campaign"_s, u"show"_s, u"9999"_s, u"--workspace"_s, m_ws});
    QCOMPARE(byId.exitCode, 1);
    QVERIFY(byId.out.isEmpty());
}

void TestCliCampaigns::show_ambiguousNameExitsOneListingIds()
{
    const QString path = copyOfWorkspace(u"ambiguous.tierscope"_s);
    QVERIFY(!path.isEmpty());
    qint64 original = 0;
    qint64 copy = 0;
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        CampaignRepository repo((*ws)->database());
        const auto spring = repo.findByNameOrId(u"Spring Launch 2027"_s);
        QVERIFY(spring);
        original = spring->id;
        const auto id = repo.duplicate(original, u"Spring Launch 2027"_s);
        QVERIFY(id);
        copy = *id;
    }
    const Run r = runTierscope({u"campaign"_s, u"show"_s, u"Spring Launch 2027"_s,
                                u"--workspace"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"ids %1, %2"_s.arg(original).arg(copy)), qPrintable(r.err));
    // The id picks one.
    const Run byId = runTierscope({u"campaign"_s, u"show"_s, QString::number(copy),
                                   u"--workspace"_s, path});
    QCOMPARE(byId.exitCode, 0);
    QVERIFY(byId.out.startsWith(u"Spring Launch 2027 (campaign %1)"_s.arg(copy)));
}

void TestCliCampaigns::campaign_badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no sub-command") << QStringList{u"campaign"_s} << u"campaign show NAME|ID"_s;
    QTest::newRow("unknown sub-command") << QStringList{u"campaign"_s, u"delete"_s, u"x"_s}
                                         << u"unknown sub-command “delete”"_s;
    QTest::newRow("no name") << QStringList{u"campaign"_s, u"show"_s} << u"give one campaign"_s;
    QTest::newRow("two names") << QStringList{u"campaign"_s, u"show"_s, u"a"_s, u"b"_s}
                               << u"give one campaign"_s;
    QTest::newRow("campaigns takes no name") << QStringList{u"campaigns"_s, u"x"_s}
                                             << u"unexpected argument “x”"_s;
}

void TestCliCampaigns::campaign_badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runTierscope(args + QStringList{u"--workspace"_s, m_ws});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliCampaigns)
#include "tst_cli_campaigns.moc"
