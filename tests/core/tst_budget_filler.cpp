// SPDX-License-Identifier: GPL-3.0-or-later
// "Fill the budget": hand-worked cases (who is left out and why, the tier-mix rule, ranks), then
// the optimiser against brute force over every subset of small random shortlists.
#include "core/campaigns/budget_filler.h"

#include "support/test_workspace.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// followers × ER is the expected engagements of one post.
Creator candidate(qint64 id, qint64 followers, double er, std::optional<qint64> feeMinor,
                  const QString &currency = u"USD"_s)
{
    Creator c = makeCreator(Platform::Instagram, u"c%1"_s.arg(id), followers, er);
    c.id = id;
    if (feeMinor)
        c.fee = Money(*feeMinor, currency);
    return c;
}

FillOptions options(qint64 budgetMinor)
{
    FillOptions o;
    o.budgetMinor = budgetMinor;
    o.currency = u"USD"_s;
    return o;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

struct Best
{
    double value = 0;
    qint64 spent = 0;
};

// Every subset of the candidates the filler may use (same eligibility rules, spelled out).
Best bruteForce(const QList<Creator> &cs, const FillOptions &o)
{
    QList<int> usable;
    for (int i = 0; i < cs.size(); ++i) {
        const Creator &c = cs[i];
        const auto tier = o.scheme.tier(c.followers);
        if (!o.allowedTiers.isEmpty() && !(tier && o.allowedTiers.contains(*tier)))
            continue;
        if (!c.fee || c.fee->currency() != o.currency || !c.followers || !c.engagementRate)
            continue;
        usable << i;
    }
    Best best;
    const int n = int(usable.size());
    for (quint32 mask = 0; mask < (1u << n); ++mask) {
        qint64 spent = 0;
        qint64 mix = 0;
        double value = 0;
        for (int b = 0; b < n; ++b) {
            if (!(mask & (1u << b)))
                continue;
            const Creator &c = cs[usable[b]];
            spent += c.fee->minor();
            value += double(*c.followers) * *c.engagementRate * o.deliverablesPerCreator;
            const auto tier = o.scheme.tier(c.followers);
            if (o.mix && tier && o.mix->tiers.contains(*tier))
                mix += c.fee->minor();
        }
        if (spent > o.budgetMinor)
            continue;
        if (o.mix && 100 * mix < qint64(o.mix->minSharePercent) * spent)
            continue;
        if (value > best.value + 1e-9 * std::max(1.0, value))
            best = {value, spent};
    }
    return best;
}

} // namespace

class TestBudgetFiller : public QObject
{
    Q_OBJECT

private slots:
    void fill_picksBestCombinationNotGreedy()
    {
        // Greedy by engagements per dollar takes A (2.5 per cent) and then cannot afford B or
        // C; the best use of $10.00 is B + C: 1,100 + 1,100 = 2,200 > A's 1,500.
        const QList<Creator> cs = {candidate(1, 30'000, 0.05, 600),   // 1,500 for $6
                                   candidate(2, 22'000, 0.05, 500),   // 1,100 for $5
                                   candidate(3, 22'000, 0.05, 500)};  // 1,100 for $5
        const auto r = fillBudget(cs, options(1'000));
        TS_VERIFY_OK(r);
        QCOMPARE(r->chosen, (QList<qint64>{2, 3}));
        QCOMPARE(r->spentMinor, 1'000);
        QCOMPARE(r->value, 2'200.0);
        QVERIFY(r->exact);
        QCOMPARE(r->unitMinor, 100);
        QCOMPARE(r->candidate(1)->reason, FillReason::NotChosen);
        QCOMPARE(r->candidate(1)->valueForMoneyRank, 1);
        QCOMPARE(r->candidate(2)->valueForMoneyRank, 2);
        QCOMPARE(r->candidate(3)->valueForMoneyRank, 3);
        QCOMPARE(*r->candidate(2)->costPerUnit(), 500.0 / 1'100.0);
    }

    void fill_saysWhyCandidatesAreLeftOut()
    {
        Creator noEr = candidate(4, 20'000, 0.05, 100);
        noEr.engagementRate.reset();
        const QList<Creator> cs = {candidate(1, 20'000, 0.05, std::nullopt),
                                   candidate(2, 20'000, 0.05, 100, u"EUR"_s),
                                   candidate(3, 20'000, 0.05, 100),
                                   noEr,
                                   candidate(5, 20'000, 0.05, 5'000),
                                   candidate(6, 500'000, 0.02, 100),
                                   candidate(7, 20'000, 0.05, 200),
                                   candidate(7, 20'000, 0.05, 200)};
        FillOptions o = options(1'000);
        o.onRoster = {3};
        o.allowedTiers = {Tier::Nano, Tier::Micro};
        const auto r = fillBudget(cs, o);
        TS_VERIFY_OK(r);
        QCOMPARE(r->candidates.size(), 8);
        QCOMPARE(r->candidates[0].reason, FillReason::NoFee);
        QCOMPARE(r->candidates[1].reason, FillReason::OtherCurrency);
        QCOMPARE(r->candidates[2].reason, FillReason::OnRoster);
        QCOMPARE(r->candidates[3].reason, FillReason::NoEstimate);
        QCOMPARE(r->candidates[4].reason, FillReason::AboveBudget);
        QCOMPARE(r->candidates[5].reason, FillReason::TierNotWanted);
        QCOMPARE(r->candidates[6].reason, FillReason::Chosen);
        QCOMPARE(r->candidates[7].reason, FillReason::OnRoster); // a repeat counts once
        QCOMPARE(r->eligible, 1);
        QCOMPARE(r->chosen, (QList<qint64>{7}));
        QCOMPARE(r->candidates[0].valueForMoneyRank, 0);
    }

    void fill_tierMixRuleHoldsOnSpend()
    {
        // Macro gives far more per dollar; the rule forces ≥ 60 % of the spend on micro.
        const QList<Creator> cs = {candidate(1, 200'000, 0.03, 4'000),  // macro 6,000
                                   candidate(2, 200'000, 0.03, 4'000),  // macro 6,000
                                   candidate(3, 20'000, 0.05, 3'000),   // micro 1,000
                                   candidate(4, 20'000, 0.04, 3'000),   // micro 800
                                   candidate(5, 30'000, 0.05, 3'000)};  // micro 1,500
        FillOptions o = options(10'000);
        auto free = fillBudget(cs, o);
        TS_VERIFY_OK(free);
        QCOMPARE(sorted(free->chosen), (QList<qint64>{1, 2}));
        QCOMPARE(free->value, 12'000.0);

        o.mix = TierMixRule{{Tier::Micro}, 60};
        const auto ruled = fillBudget(cs, o);
        TS_VERIFY_OK(ruled);
        // One macro ($40) + two micros ($60): 60 % exactly; best micros are 5 and 3.
        QCOMPARE(sorted(ruled->chosen), (QList<qint64>{1, 3, 5}));
        QCOMPARE(ruled->spentMinor, 10'000);
        QCOMPARE(ruled->mixSpentMinor, 6'000);
        QCOMPARE(*ruled->mixShare(), 0.6);
        QCOMPARE(ruled->value, 8'500.0);
        QVERIFY(ruled->candidate(3)->inMixTiers);
        QVERIFY(!ruled->candidate(1)->inMixTiers);

        o.mix = TierMixRule{{Tier::Micro}, 100};
        const auto allMicro = fillBudget(cs, o);
        QCOMPARE(sorted(allMicro->chosen), (QList<qint64>{3, 4, 5}));
    }

    void fill_nothingFitsGivesEmptySuggestion()
    {
        const auto r = fillBudget({candidate(1, 20'000, 0.05, 5'000)}, options(1'000));
        TS_VERIFY_OK(r);
        QVERIFY(r->chosen.isEmpty());
        QCOMPARE(r->spentMinor, 0);
        QVERIFY(!r->mixShare());
        const auto none = fillBudget({}, options(0));
        TS_VERIFY_OK(none);
        QCOMPARE(none->eligible, 0);
    }

    void fill_refusesBadOptions()
    {
        QCOMPARE(fillBudget({}, options(-1)).error().code, Error::Code::InvalidArgument);
        FillOptions o = options(100);
        o.deliverablesPerCreator = 0;
        QCOMPARE(fillBudget({}, o).error().code, Error::Code::InvalidArgument);
        o = options(100);
        o.mix = TierMixRule{{Tier::Micro}, 101};
        QCOMPARE(fillBudget({}, o).error().code, Error::Code::InvalidArgument);
    }

    void fill_impressionsObjectiveUsesViewsElseDefaultRate()
    {
        Creator viewed = candidate(1, 20'000, 0.05, 500);
        viewed.avgViews = 9'000; // 9,000 impressions
        Creator unviewed = candidate(2, 50'000, 0.05, 500); // 50,000 × 0.1 = 5,000
        FillOptions o = options(500);
        o.objective = FillObjective::Impressions;
        o.viewRates.insert(Platform::Instagram, 0.1);
        const auto r = fillBudget({unviewed, viewed}, o);
        TS_VERIFY_OK(r);
        QCOMPARE(r->chosen, (QList<qint64>{1}));
        QCOMPARE(r->value, 9'000.0);
        QCOMPARE(*r->candidate(2)->value, 5'000.0);
    }

    void fill_deliverablesScaleTheEstimate()
    {
        FillOptions o = options(500);
        o.deliverablesPerCreator = 3;
        const auto r = fillBudget({candidate(1, 20'000, 0.05, 500)}, o);
        QCOMPARE(r->value, 3'000.0);
    }

    void fill_pastTheBoundRoundsFeesUpAndStaysWithinBudget()
    {
        // Fees in single cents: unit 1, budget 100,001 units × 3 > 1,000 cells.
        const QList<Creator> cs = {candidate(1, 20'000, 0.05, 33'333),
                                   candidate(2, 20'000, 0.04, 33'334),
                                   candidate(3, 20'000, 0.03, 33'335)};
        FillOptions o = options(100'001);
        o.maxCells = 1'000;
        const auto r = fillBudget(cs, o);
        TS_VERIFY_OK(r);
        QVERIFY(!r->exact);
        QVERIFY(r->unitMinor > 1);
        QVERIFY(r->spentMinor <= o.budgetMinor);
        o.maxCells = 40'000'000;
        const auto exact = fillBudget(cs, o);
        QVERIFY(exact->exact);
        QCOMPARE(exact->unitMinor, 1);
        // All three cost 100,002: one cent too many. The best pair is 1 + 2.
        QCOMPARE(exact->chosen, (QList<qint64>{1, 2}));
        QCOMPARE(exact->spentMinor, 66'667);
        QCOMPARE(exact->value, 1'800.0);
    }

    void fill_matchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 s = 1; s <= 300; ++s)
            QTest::addRow("seed %u", s) << s;
    }

    void fill_matchesBruteForce()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const int n = 1 + int(rng.bounded(12));
        // Fee steps: whole dollars, $5, odd cents — exercises the common divisor.
        static const qint64 steps[] = {100, 500, 1, 7, 2'500};
        const qint64 step = steps[rng.bounded(5)];
        QList<Creator> cs;
        for (int i = 0; i < n; ++i) {
            static const qint64 followers[] = {3'000, 40'000, 250'000, 2'000'000, 600};
            const qint64 f = followers[rng.bounded(5)] + qint64(rng.bounded(5'000));
            const double er = 0.005 + rng.bounded(0.09);
            const qint64 amount = step * (1 + qint64(rng.bounded(40)));
            const bool unknownFee = rng.bounded(10) == 0;
            const QString currency = rng.bounded(12) == 0 ? u"EUR"_s : u"USD"_s;
            // No optional variable: GCC -O3 warns (falsely) that a reset one may be uninitialised.
            cs << (unknownFee ? candidate(i + 1, f, er, std::nullopt, currency)
                              : candidate(i + 1, f, er, amount, currency));
        }
        FillOptions o = options(step * qint64(rng.bounded(120)));
        o.deliverablesPerCreator = 1 + int(rng.bounded(3));
        if (rng.bounded(2)) {
            TierMixRule rule;
            for (Tier t : allTiers()) {
                if (rng.bounded(3) == 0)
                    rule.tiers << t;
            }
            rule.minSharePercent = int(rng.bounded(101));
            o.mix = rule;
        }
        if (rng.bounded(4) == 0)
            o.allowedTiers = {Tier::Nano, Tier::Micro, Tier::Macro};

        const auto r = fillBudget(cs, o);
        TS_VERIFY_OK(r);
        const Best best = bruteForce(cs, o);
        QVERIFY(r->exact);
        QVERIFY2(std::abs(r->value - best.value) <= 1e-9 * std::max(1.0, best.value),
                 qPrintable(u"filler %1, brute force %2"_s.arg(r->value).arg(best.value)));
        // What it chose is what it says, and it is allowed.
        qint64 spent = 0, mix = 0;
        double value = 0;
        for (qint64 id : r->chosen) {
            const Creator &c = cs[int(id - 1)];
            spent += c.fee->minor();
            value += double(*c.followers) * *c.engagementRate * o.deliverablesPerCreator;
            const auto tier = o.scheme.tier(c.followers);
            if (o.mix && tier && o.mix->tiers.contains(*tier))
                mix += c.fee->minor();
        }
        QCOMPARE(r->spentMinor, spent);
        QVERIFY(std::abs(r->value - value) <= 1e-9 * std::max(1.0, value));
        QVERIFY(spent <= o.budgetMinor);
        if (o.mix) {
            QVERIFY(100 * mix >= qint64(o.mix->minSharePercent) * spent);
            QCOMPARE(r->mixSpentMinor, mix);
        }
    }
};

QTEST_GUILESS_MAIN(TestBudgetFiller)
#include "tst_budget_filler.moc"
