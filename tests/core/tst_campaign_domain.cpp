// SPDX-License-Identifier: GPL-3.0-or-later
// Keys, stage predicates, targets JSON and overdue logic of the campaign domain values.
#include "core/domain/campaign.h"
#include "core/domain/deliverable.h"
#include "core/domain/roster.h"
#include "core/domain/shortlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tierscope::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Stage)

class TestCampaignDomain : public QObject
{
    Q_OBJECT

private slots:
    void stageKeys_roundTripForEveryStage();
    void stageKeys_areTheSchemaSpellings();
    void stageFromKey_rejectsUnknown();
    void allStages_isInPipelineOrderWithDeclinedLast();
    void stagePredicates_data();
    void stagePredicates();
    void paymentStateKeys_roundTrip();
    void verdictKeys_roundTrip();
    void objectiveKeys_roundTrip();
    void deliverableKeys_roundTrip();
    void displayNames_areNotEmpty();
    void targets_roundTripThroughJson();
    void targets_emptyIsAnEmptyObject();
    void targets_fromJsonSkipsUnknownValuesAndRepeats();
    void overdue_data();
    void overdue();
    void actuals_zeroIsNotEmpty();
    void campaignProblem_namesWhatCannotBeSaved_data();
    void campaignProblem_namesWhatCannotBeSaved();
    void deliverableProblem_refusesZeroQuantityAndNegativeActuals();
};

void TestCampaignDomain::stageKeys_roundTripForEveryStage()
{
    for (Stage s : allStages()) {
        const auto back = stageFromKey(stageKey(s));
        QVERIFY(back.has_value());
        QCOMPARE(*back, s);
    }
}

void TestCampaignDomain::stageKeys_areTheSchemaSpellings()
{
    QStringList keys;
    for (Stage s : allStages())
        keys << stageKey(s);
    QCOMPARE(keys, (QStringList{u"prospect"_s, u"contacted"_s, u"negotiating"_s,
                                u"contracted"_s, u"content_live"_s, u"completed"_s,
                                u"declined"_s}));
    QCOMPARE(stageFromKey(u" Content_Live "_s), std::optional<Stage>(Stage::ContentLive));
}

void TestCampaignDomain::stageFromKey_rejectsUnknown()
{
    QVERIFY(!stageFromKey(u"live"_s).has_value());
    QVERIFY(!stageFromKey(QString()).has_value());
}

void TestCampaignDomain::allStages_isInPipelineOrderWithDeclinedLast()
{
    const QList<Stage> stages = allStages();
    QCOMPARE(stages.size(), 7);
    QCOMPARE(stages.first(), Stage::Prospect);
    QCOMPARE(stages.at(3), Stage::Contracted);
    QCOMPARE(stages.at(5), Stage::Completed);
    QCOMPARE(stages.last(), Stage::Declined);
}

void TestCampaignDomain::stagePredicates_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<bool>("committed");
    QTest::addColumn<bool>("pipeline");
    QTest::newRow("prospect") << Stage::Prospect << false << true;
    QTest::newRow("contacted") << Stage::Contacted << false << true;
    QTest::newRow("negotiating") << Stage::Negotiating << false << true;
    QTest::newRow("contracted") << Stage::Contracted << true << true;
    QTest::newRow("content live") << Stage::ContentLive << true << true;
    QTest::newRow("completed") << Stage::Completed << true << true;
    QTest::newRow("declined") << Stage::Declined << false << false;
}

void TestCampaignDomain::stagePredicates()
{
    QFETCH(Stage, stage);
    QFETCH(bool, committed);
    QFETCH(bool, pipeline);
    QCOMPARE(isCommitted(stage), committed);
    QCOMPARE(inPipeline(stage), pipeline);
}

void TestCampaignDomain::paymentStateKeys_roundTrip()
{
    QStringList keys;
    for (PaymentState p : allPaymentStates()) {
        keys << paymentStateKey(p);
        QCOMPARE(paymentStateFromKey(paymentStateKey(p)), std::optional<PaymentState>(p));
    }
    QCOMPARE(keys, (QStringList{u"unpaid"_s, u"invoiced"_s, u"paid"_s}));
    QVERIFY(!paymentStateFromKey(u"refunded"_s));
}

void TestCampaignDomain::verdictKeys_roundTrip()
{
    QStringList keys;
    for (Verdict v : allVerdicts()) {
        keys << verdictKey(v);
        QCOMPARE(verdictFromKey(verdictKey(v)), std::optional<Verdict>(v));
    }
    QCOMPARE(keys, (QStringList{u"undecided"_s, u"yes"_s, u"maybe"_s, u"no"_s}));
    QVERIFY(!verdictFromKey(u"perhaps"_s));
}

void TestCampaignDomain::objectiveKeys_roundTrip()
{
    QStringList keys;
    for (Objective o : allObjectives()) {
        keys << objectiveKey(o);
        QCOMPARE(objectiveFromKey(objectiveKey(o)), std::optional<Objective>(o));
    }
    QCOMPARE(keys, (QStringList{u"awareness"_s, u"engagement"_s, u"conversions"_s}));
    QVERIFY(!objectiveFromKey(u"sales"_s));
}

void TestCampaignDomain::deliverableKeys_roundTrip()
{
    QStringList kinds;
    for (DeliverableKind k : allDeliverableKinds()) {
        kinds << deliverableKindKey(k);
        QCOMPARE(deliverableKindFromKey(deliverableKindKey(k)), std::optional<DeliverableKind>(k));
    }
    QCOMPARE(kinds, (QStringList{u"post"_s, u"reel"_s, u"story"_s, u"short"_s, u"video"_s,
                                 u"live"_s}));
    QStringList statuses;
    for (DeliverableStatus s : allDeliverableStatuses()) {
        statuses << deliverableStatusKey(s);
        QCOMPARE(deliverableStatusFromKey(deliverableStatusKey(s)),
                 std::optional<DeliverableStatus>(s));
    }
    QCOMPARE(statuses,
             (QStringList{u"planned"_s, u"drafted"_s, u"approved"_s, u"published"_s}));
    QVERIFY(!deliverableKindFromKey(u"tweet"_s));
    QVERIFY(!deliverableStatusFromKey(u"done"_s));
}

void TestCampaignDomain::displayNames_areNotEmpty()
{
    QCOMPARE(stageDisplayName(Stage::ContentLive), u"Content live"_s);
    QCOMPARE(paymentStateDisplayName(PaymentState::Invoiced), u"Invoiced"_s);
    QCOMPARE(verdictDisplayName(Verdict::Maybe), u"Maybe"_s);
    QCOMPARE(objectiveDisplayName(Objective::Conversions), u"Conversions"_s);
    QCOMPARE(deliverableKindDisplayName(DeliverableKind::Reel), u"Reel"_s);
    QCOMPARE(deliverableStatusDisplayName(DeliverableStatus::Published), u"Published"_s);
    for (Stage s : allStages())
        QVERIFY(!stageDisplayName(s).isEmpty());
}

void TestCampaignDomain::targets_roundTripThroughJson()
{
    CampaignTargets t;
    t.tiers = {Tier::Micro, Tier::Nano};
    t.platforms = {Platform::TikTok, Platform::Instagram};
    t.niches = {u"vegan food"_s, u"fitness"_s};
    t.countries = {u"US"_s, u"GB"_s};

    const QJsonObject json = t.toJson();
    QCOMPARE(json.value(u"tiers").toArray(), (QJsonArray{u"micro"_s, u"nano"_s}));
    QCOMPARE(json.value(u"platforms").toArray(), (QJsonArray{u"tiktok"_s, u"instagram"_s}));

    // Through text, as the repository stores it.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const CampaignTargets back = CampaignTargets::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back.tiers, t.tiers);
    QCOMPARE(back.platforms, t.platforms);
    QCOMPARE(back.niches, t.niches);
    QCOMPARE(back.countries, t.countries);
    QVERIFY(back == t);
}

void TestCampaignDomain::targets_emptyIsAnEmptyObject()
{
    const CampaignTargets t;
    QVERIFY(t.isEmpty());
    QVERIFY(t.toJson().isEmpty());
    QVERIFY(CampaignTargets::fromJson(QJsonObject()).isEmpty());
}

void TestCampaignDomain::targets_fromJsonSkipsUnknownValuesAndRepeats()
{
    const QJsonObject json{
        {u"tiers"_s, QJsonArray{u"micro"_s, u"giga"_s, u"micro"_s, 3}},
        {u"platforms"_s, QJsonArray{u"youtube"_s, u"myspace"_s}},
        {u"niches"_s, QJsonArray{u" beauty "_s, u""_s, u"Beauty"_s}},
        {u"countries"_s, QJsonArray{u"de"_s}},
    };
    const CampaignTargets t = CampaignTargets::fromJson(json);
    QCOMPARE(t.tiers, QList<Tier>{Tier::Micro});
    QCOMPARE(t.platforms, QList<Platform>{Platform::YouTube});
    QCOMPARE(t.niches, QStringList{u"beauty"_s});
    QCOMPARE(t.countries, QStringList{u"DE"_s});
}

void TestCampaignDomain::overdue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("overdue");
    const int planned = int(DeliverableStatus::Planned);
    const int approved = int(DeliverableStatus::Approved);
    const int published = int(DeliverableStatus::Published);
    QTest::newRow("due yesterday, planned") << QDate(2026, 3, 9) << planned << true;
    QTest::newRow("due yesterday, approved") << QDate(2026, 3, 9) << approved << true;
    QTest::newRow("due yesterday, published") << QDate(2026, 3, 9) << published << false;
    QTest::newRow("due today") << QDate(2026, 3, 10) << planned << false;
    QTest::newRow("due tomorrow") << QDate(2026, 3, 11) << planned << false;
    QTest::newRow("no due date") << QDate() << planned << false;
    QTest::newRow("due last year") << QDate(2025, 12, 31) << int(DeliverableStatus::Drafted) << true;
}

void TestCampaignDomain::overdue()
{
    QFETCH(QDate, due);
    QFETCH(int, status);
    QFETCH(bool, overdue);
    Deliverable d;
    d.dueOn = due;
    d.status = static_cast<DeliverableStatus>(status);
    QCOMPARE(d.isOverdue(QDate(2026, 3, 10)), overdue);
}

void TestCampaignDomain::actuals_zeroIsNotEmpty()
{
    DeliverableActuals a;
    QVERIFY(a.isEmpty());
    a.clicks = 0;
    QVERIFY(!a.isEmpty());
    DeliverableActuals r;
    r.revenue = Money(0, u"EUR"_s);
    QVERIFY(!r.isEmpty());
}

void TestCampaignDomain::campaignProblem_namesWhatCannotBeSaved_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("budgetMinor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("startsOn");
    QTest::addColumn<QDate>("endsOn");
    QTest::addColumn<QString>("problemMentions"); // empty: no problem
    const QDate start(2026, 4, 1);
    QTest::newRow("valid") << u"Spring"_s << qint64(100) << u"EUR"_s << start << start << QString();
    QTest::newRow("lower-case code is fine") << u"Spring"_s << qint64(0) << u"eur"_s << QDate()
                                             << QDate() << QString();
    QTest::newRow("open end") << u"Spring"_s << qint64(0) << u"USD"_s << start << QDate() << QString();
    QTest::newRow("blank name") << u" "_s << qint64(0) << u"USD"_s << QDate() << QDate() << u"name"_s;
    QTest::newRow("no currency") << u"A"_s << qint64(0) << QString() << QDate() << QDate()
                                 << u"currency"_s;
    QTest::newRow("currency symbol") << u"A"_s << qint64(0) << u"€"_s << QDate() << QDate()
                                     << u"currency"_s;
    QTest::newRow("negative budget") << u"A"_s << qint64(-1) << u"USD"_s << QDate() << QDate()
                                     << u"negative"_s;
    QTest::newRow("ends before it starts") << u"A"_s << qint64(0) << u"USD"_s << start
                                           << start.addDays(-1) << u"2026-03-31"_s;
}

void TestCampaignDomain::campaignProblem_namesWhatCannotBeSaved()
{
    QFETCH(QString, name);
    QFETCH(qint64, budgetMinor);
    QFETCH(QString, currency);
    QFETCH(QDate, startsOn);
    QFETCH(QDate, endsOn);
    QFETCH(QString, problemMentions);
    Campaign c;
    c.name = name;
    c.budget = Money(budgetMinor, currency);
    c.startsOn = startsOn;
    c.endsOn = endsOn;
    const QString problem = c.problem();
    if (problemMentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestCampaignDomain::deliverableProblem_refusesZeroQuantityAndNegativeActuals()
{
    Deliverable d;
    QVERIFY(d.problem().isEmpty());
    d.quantity = 0;
    QVERIFY(!d.problem().isEmpty());
    d.quantity = 2;
    d.actuals.shares = -1;
    QVERIFY(!d.problem().isEmpty());
    d.actuals.shares = 0;
    QVERIFY(d.problem().isEmpty());
    d.actuals.revenue = Money(-100, u"EUR"_s);
    QVERIFY(!d.problem().isEmpty());
}

QTEST_GUILESS_MAIN(TestCampaignDomain)
#include "tst_campaign_domain.moc"
