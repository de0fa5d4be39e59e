// SPDX-License-Identifier: GPL-3.0-or-later
// The plausible bounds of core/domain/metric_limits.h where single values are written: a
// deliverable's quantity and results (editors, results import, storage), a creator's metrics
// (CreatorRepository), a fee (the roster). At the bound a value is kept; past it the write is
// refused with a reason and nothing changes. An undo restores a creator as it was stored.
#include "core/domain/creator_limits.h"
#include "core/domain/deliverable.h"
#include "core/domain/metric_limits.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"

#include "support/test_workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

} // namespace

class TestMetricLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deliverable_problemNamesEachBound_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("quantity 10,000") << u"quantity"_s << qint64(10'000) << true;
        QTest::newRow("quantity 10,001") << u"quantity"_s << qint64(10'001) << false;
        QTest::newRow("views 10^13") << u"views"_s << qint64(10'000'000'000'000) << true;
        QTest::newRow("views 10^13+1") << u"views"_s << qint64(10'000'000'000'001) << false;
        QTest::newRow("views 2^63-1") << u"views"_s << kMax << false;
        QTest::newRow("likes 10^11+1") << u"likes"_s << qint64(100'000'000'001) << true;
        QTest::newRow("likes 2^63-1") << u"likes"_s << kMax << false;
        QTest::newRow("conversions 2^63-1") << u"conversions"_s << kMax << false;
        QTest::newRow("revenue at the money bound")
            << u"revenue"_s << limits::kMaxMoneyMinor << true;
        QTest::newRow("revenue 2^63-1") << u"revenue"_s << kMax << false;
    }
    void deliverable_problemNamesEachBound()
    {
        QFETCH(QString, field);
        QFETCH(qint64, value);
        QFETCH(bool, accepted);
        Deliverable d;
        if (field == u"quantity")
            d.quantity = int(value);
        else if (field == u"views")
            d.actuals.views = value;
        else if (field == u"likes")
            d.actuals.likes = value;
        else if (field == u"conversions")
            d.actuals.conversions = value;
        else
            d.actuals.revenue = Money(value, u"USD"_s);
        QCOMPARE(d.problem().isEmpty(), accepted);
    }

    void creator_limitProblem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("followers 10^11") << u"followers"_s << 1e11 << true;
        QTest::newRow("followers 10^11+1") << u"followers"_s << 1e11 + 1 << false;
        QTest::newRow("followers 2^63-1") << u"followers"_s << 9.2e18 << false;
        QTest::newRow("avg views 10^13") << u"views"_s << 1e13 << true;
        QTest::newRow("avg views 1e30") << u"views"_s << 1e30 << false;
        QTest::newRow("avg likes 10^13+2") << u"likes"_s << 1e13 + 2 << false;
        QTest::newRow("avg likes NaN") << u"likes"_s << std::nan("") << false;
        QTest::newRow("fee at the money bound") << u"fee"_s << 9e15 - 1 << true;
        QTest::newRow("fee 2^63-1") << u"fee"_s << 9.2e18 << false;
    }
    void creator_limitProblem()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(bool, accepted);
        Creator c = makeCreator(Platform::TikTok, u"anna"_s, 50'000);
        if (field == u"followers")
            c.followers = value >= 9e18 ? kMax : qint64(value);
        else if (field == u"views")
            c.avgViews = value;
        else if (field == u"likes")
            c.avgLikes = value;
        else
            c.fee = Money(value >= 9e18 ? kMax : qint64(value), u"USD"_s);
        const QString why = creatorLimitProblem(c);
        QCOMPARE(why.isEmpty(), accepted);
    }

    // CreatorRepository::insert/update refuse a count past its bound; restore (undo of a
    // delete) puts back what was stored, whatever it holds.
    void creatorRepository_refusesPastTheBoundButRestores()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir.filePath(u"w.tierscope"_s));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        Creator c = makeCreator(Platform::Instagram, u"huge"_s, kMax);
        const auto refused = repo.insert(c);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().code), int(Error::Code::InvalidArgument));
        QVERIFY2(refused.error().message.contains(u"Followers"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(scalar(ws->database(), u"SELECT count(*) FROM creators"_s).toInt(), 0);

        c.followers = limits::kMaxFollowers;
        const auto id = repo.insert(c);
        TS_VERIFY_OK(id);
        Creator stored = *repo.get(*id);
        stored.avgViews = 1e14;
        const Status updated = repo.update(stored);
        QCOMPARE(int(updated.code), int(Error::Code::InvalidArgument));
        QCOMPARE(repo.get(*id)->avgViews, std::optional<double>());

        // A value written past the bound by another tool survives a delete and its undo.
        QVERIFY(RawDb(ws->path()).exec(u"UPDATE creators SET followers = %1"_s.arg(kMax)));
        const Creator legacy = *repo.get(*id);
        QCOMPARE(legacy.followers, std::optional<qint64>(kMax));
        TS_VERIFY_OK(repo.remove(*id));
        TS_VERIFY_OK(repo.restore(legacy));
        QCOMPARE(repo.get(*id)->followers, std::optional<qint64>(kMax));
    }

    // Storage refuses a deliverable or a fee past its bound whoever writes it (editor, import).
    void campaignRepository_refusesDeliverableAndFeePastTheBound()
    {
        QTemporaryDir dir;
        auto ws = workspaceWith(dir.filePath(u"w.tierscope"_s),
                                {makeCreator(Platform::Instagram, u"anna"_s, 20'000)});
        QVERIFY(ws);
        CampaignRepository repo(ws->database());
        Campaign campaign;
        campaign.name = u"Launch"_s;
        campaign.budget = Money(100'000, u"USD"_s);
        const auto campaignId = repo.create(campaign);
        TS_VERIFY_OK(campaignId);
        RosterEntry e;
        e.campaignId = *campaignId;
        e.creatorId = scalar(ws->database(), u"SELECT id FROM creators"_s).toLongLong();
        e.fee = Money(kMax, u"USD"_s);
        QVERIFY(!repo.addEntry(e).ok());
        e.fee = Money(limits::kMaxMoneyMinor, u"USD"_s);
        const auto entryId = repo.addEntry(e);
        TS_VERIFY_OK(entryId);

        Deliverable d;
        d.rosterEntryId = *entryId;
        d.quantity = limits::kMaxDeliverableQuantity + 1;
        QVERIFY(!repo.addDeliverable(d).ok());
        d.quantity = 1;
        const auto deliverableId = repo.addDeliverable(d);
        TS_VERIFY_OK(deliverableId);
        d.id = *deliverableId;
        d.status = DeliverableStatus::Published;
        d.actuals.views = kMax;
        const Status s = repo.updateDeliverable(d);
        QVERIFY(s);
        QVERIFY2(s.message.contains(u"cannot be more than"_s), qPrintable(s.message));
        QCOMPARE(repo.deliverable(*deliverableId)->actuals.views, std::optional<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestMetricLimits)
#include "tst_metric_limits.moc"
