// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_projects.h"

#include "core/domain/campaign.h"
#include "core/domain/deliverable.h"
#include "core/domain/roster.h"
#include "core/domain/shortlist.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"

#include <cmath>

namespace tierscope::core {

namespace {

Result<QList<Creator>> pick(const CreatorRepository &creators, const CreatorFilter &filter, int n)
{
    // The most recently measured of the plausible ones: a spread of rates and reach, as a
    // marketer's own picks would have, rather than a row of equal top rates.
    CreatorFilter plausible = filter;
    plausible.minEngagementRate = 0.03;
    plausible.maxEngagementRate = 0.12;
    auto page = creators.page(plausible, TierScheme::defaults(),
                              {CreatorSortColumn::MetricsAsOf, true}, 0, n);
    if (!page)
        return page.error();
    return page->rows;
}

Result<qint64> makeShortlist(ShortlistRepository &shortlists, const QString &name,
                             const QString &brief, const QList<Creator> &members)
{
    Shortlist s;
    s.name = name;
    s.brief = brief;
    auto id = shortlists.create(s);
    if (!id)
        return id;
    QList<qint64> ids;
    for (const Creator &c : members)
        ids << c.id;
    if (auto added = shortlists.addCreators(*id, ids); !added)
        return added.error();
    const Verdict verdicts[] = {Verdict::Yes, Verdict::Yes, Verdict::Maybe, Verdict::Undecided,
                                Verdict::No};
    for (int i = 0; i < members.size(); ++i) {
        if (const Status st = shortlists.setVerdict(*id, members[i].id, verdicts[i % 5]))
            return st;
    }
    return id;
}

// The fee a creator quotes, in the campaign currency (rounded to whole units).
Money quotedFee(const Creator &c, const QString &currency, int i)
{
    const double base = c.fee ? c.fee->toMajor() : 150.0 + 25.0 * i;
    return Money::fromMajor(std::round(base), currency).value_or(Money(0, currency));
}

struct RosterPlan
{
    Stage stage;
    PaymentState payment;
    bool published;
};

Status makeCampaign(CampaignRepository &campaigns, Campaign campaign,
                    const QList<Creator> &members, const QList<RosterPlan> &plan,
                    const QDate &firstDue)
{
    auto id = campaigns.create(campaign);
    if (!id)
        return id.error();
    for (int i = 0; i < members.size() && i < plan.size(); ++i) {
        const Creator &c = members[i];
        RosterEntry e;
        e.campaignId = *id;
        e.creatorId = c.id;
        e.stage = plan[i].stage;
        e.paymentState = plan[i].payment;
        e.fee = quotedFee(c, campaign.currency(), i);
        e.usageRights = i % 3 == 0 ? QStringLiteral("Organic + paid usage, 90 days")
                                   : QStringLiteral("Organic reposting, 30 days");
        e.contact = c.email;
        auto entryId = campaigns.addEntry(e);
        if (!entryId)
            return entryId.error();
        const DeliverableKind kinds[] = {
            c.platform == Platform::YouTube ? DeliverableKind::Video : DeliverableKind::Reel,
            DeliverableKind::Story};
        for (int k = 0; k < 2; ++k) {
            Deliverable d;
            d.rosterEntryId = *entryId;
            d.kind = kinds[k];
            d.quantity = k == 0 ? 1 : 2;
            d.dueOn = firstDue.addDays(7 * (i % 4) + 3 * k);
            if (plan[i].published) {
                const double followers = double(c.followers.value_or(10'000));
                const double er = c.engagementRate.value_or(0.04);
                d.status = DeliverableStatus::Published;
                d.publishedOn = d.dueOn;
                d.url = c.profileUrl + QStringLiteral("/p/%1").arg(*entryId * 10 + k);
                d.actuals.views = qint64(followers * (0.28 + 0.05 * (i % 4)));
                d.actuals.likes = qint64(followers * er * 0.85);
                d.actuals.comments = qint64(followers * er * 0.06);
                d.actuals.shares = qint64(followers * er * 0.04);
                d.actuals.saves = qint64(followers * er * 0.05);
                d.actuals.clicks = qint64(followers * 0.004);
                d.actuals.conversions = qint64(followers * 0.0004);
                d.actuals.revenue = Money::fromMajor(std::round(followers * 0.0004 * 38.0),
                                                     campaign.currency());
            } else if (isCommitted(plan[i].stage)) {
                d.status = k == 0 ? DeliverableStatus::Drafted : DeliverableStatus::Planned;
            }
            if (auto added = campaigns.addDeliverable(d); !added)
                return added.error();
        }
    }
    return {};
}

} // namespace

Status writeDemoProjects(Workspace &workspace)
{
    const QSqlDatabase db = workspace.database();
    const CreatorRepository creators(db);
    ShortlistRepository shortlists(db);
    CampaignRepository campaigns(db);

    CreatorFilter fitness;
    fitness.tiers = {Tier::Micro};
    fitness.niches = {QStringLiteral("fitness")};
    fitness.countries = {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("CA")};
    fitness.minAuthenticity = 0.8;
    auto spring = pick(creators, fitness, 12);
    if (!spring)
        return spring.error();

    CreatorFilter glow;
    glow.tiers = {Tier::Nano, Tier::Micro};
    glow.niches = {QStringLiteral("skincare"), QStringLiteral("beauty")};
    glow.countries = {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("ES"),
                      QStringLiteral("IT"), QStringLiteral("NL")};
    auto holiday = pick(creators, glow, 8);
    if (!holiday)
        return holiday.error();

    CreatorFilter vegan;
    vegan.tiers = {Tier::Nano, Tier::Micro};
    vegan.niches = {QStringLiteral("vegan")};
    auto veganVoices = pick(creators, vegan, 8);
    if (!veganVoices)
        return veganVoices.error();

    if (auto id = makeShortlist(shortlists, QStringLiteral("Spring launch — micro fitness"),
                                QStringLiteral("Micro fitness creators in the US, UK and Canada "
                                               "with real audiences, for the spring shoe launch."),
                                *spring);
        !id)
        return id.error();
    if (auto id = makeShortlist(shortlists, QStringLiteral("Vegan food voices"),
                                QStringLiteral("Nano and micro vegan cooks for a plant-based "
                                               "recipe series."),
                                *veganVoices);
        !id)
        return id.error();

    Campaign launch;
    launch.name = QStringLiteral("Spring Launch 2027");
    launch.brand = QStringLiteral("Northwind Athletics");
    launch.objective = Objective::Engagement;
    launch.budget = Money(300'000, QStringLiteral("USD"));
    launch.startsOn = QDate(2027, 3, 1);
    launch.endsOn = QDate(2027, 4, 30);
    launch.targets.tiers = {Tier::Micro};
    launch.targets.platforms = {Platform::Instagram, Platform::TikTok};
    launch.targets.niches = {QStringLiteral("fitness"), QStringLiteral("running")};
    launch.targets.countries = {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("CA")};
    launch.keyMessage = QStringLiteral("The Stride 2 carries you further: lighter, softer, made "
                                       "from recycled foam.");
    launch.hashtags = QStringLiteral("#Stride2 #NorthwindRun #ad");
    launch.disclosure = QStringLiteral("#ad in the first line of the caption and the platform's "
                                       "paid-partnership label.");
    const QList<RosterPlan> launchPlan = {
        {Stage::Contracted, PaymentState::Invoiced, false},
        {Stage::Contracted, PaymentState::Unpaid, false},
        {Stage::ContentLive, PaymentState::Invoiced, false},
        {Stage::Negotiating, PaymentState::Unpaid, false},
        {Stage::Negotiating, PaymentState::Unpaid, false},
        {Stage::Contacted, PaymentState::Unpaid, false},
        {Stage::Contacted, PaymentState::Unpaid, false},
        {Stage::Prospect, PaymentState::Unpaid, false},
        {Stage::Prospect, PaymentState::Unpaid, false},
        {Stage::Declined, PaymentState::Unpaid, false},
    };
    if (const Status s = makeCampaign(campaigns, launch, *spring, launchPlan, QDate(2027, 3, 8)))
        return s;

    Campaign glowCampaign;
    glowCampaign.name = QStringLiteral("Holiday Glow 2026");
    glowCampaign.brand = QStringLiteral("Lumen Skincare");
    glowCampaign.objective = Objective::Conversions;
    glowCampaign.budget = Money(160'000, QStringLiteral("EUR"));
    glowCampaign.startsOn = QDate(2026, 10, 15);
    glowCampaign.endsOn = QDate(2026, 12, 31);
    glowCampaign.targets.tiers = {Tier::Nano, Tier::Micro};
    glowCampaign.targets.platforms = {Platform::Instagram, Platform::TikTok, Platform::YouTube};
    glowCampaign.targets.niches = {QStringLiteral("skincare"), QStringLiteral("beauty")};
    glowCampaign.targets.countries = glow.countries;
    glowCampaign.keyMessage = QStringLiteral("A winter routine in three steps, with a 15 % code "
                                             "for followers.");
    glowCampaign.hashtags = QStringLiteral("#LumenGlow #Werbung #ad");
    glowCampaign.disclosure = QStringLiteral("Label as advertising in the local language "
                                             "(Werbung, publicité, publicidad, pubblicità).");
    const QList<RosterPlan> glowPlan = {
        {Stage::Completed, PaymentState::Paid, true},
        {Stage::Completed, PaymentState::Paid, true},
        {Stage::Completed, PaymentState::Invoiced, true},
        {Stage::ContentLive, PaymentState::Invoiced, true},
        {Stage::ContentLive, PaymentState::Unpaid, false},
        {Stage::Contracted, PaymentState::Unpaid, false},
        {Stage::Negotiating, PaymentState::Unpaid, false},
        {Stage::Declined, PaymentState::Unpaid, false},
    };
    return makeCampaign(campaigns, glowCampaign, *holiday, glowPlan, QDate(2026, 10, 27));
}

} // namespace tierscope::core
