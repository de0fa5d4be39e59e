<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutText</name>
    <message>
        <source>&lt;h3&gt;Tierscope %1&lt;/h3&gt;&lt;p&gt;Campaign planning for influencer marketing, built around micro-influencers.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one workspace file.&lt;/p&gt;&lt;p&gt;Copyright © The Tierscope developers.&lt;br&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 and SQLite %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tierscope %1&lt;/h3&gt;&lt;p&gt;Campaign planning for influencer marketing, built around micro-influencers.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one workspace file.&lt;/p&gt;&lt;p&gt;Copyright © The Tierscope developers.&lt;br&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 and SQLite %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddCreatorCommand</name>
    <message>
        <source>Add @%1</source>
        <translation>Add @%1</translation>
    </message>
</context>
<context>
    <name>AddRosterEntriesCommand</name>
    <message>
        <source>Add %1 to “%2”</source>
        <translation>Add %1 to “%2”</translation>
    </message>
</context>
<context>
    <name>AddToShortlistCommand</name>
    <message>
        <source>Add %1 to “%2”</source>
        <translation>Add %1 to “%2”</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>before restore</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (three letters such as USD or EUR).</source>
        <translation>“%1” is not a currency code (three letters such as USD or EUR).</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>The campaign ends on %1, before it starts on %2.</source>
        <translation>The campaign ends on %1, before it starts on %2.</translation>
    </message>
</context>
<context>
    <name>CampaignImportResults</name>
    <message>
        <source>%1: give the campaign (name or id) and the CSV file: tierscope campaign import-results NAME|ID FILE.csv.</source>
        <translation>%1: give the campaign (name or id) and the CSV file: tierscope campaign import-results NAME|ID FILE.csv.</translation>
    </message>
    <message>
        <source>Results for “%1” from %2: %3 rows read, %4 deliverables updated, %5 unchanged, %6 rejected.
</source>
        <translation>Results for “%1” from %2: %3 rows read, %4 deliverables updated, %5 unchanged, %6 rejected.
</translation>
    </message>
    <message>
        <source>  … %1 more rejected rows.
</source>
        <translation>  … %1 more rejected rows.
</translation>
    </message>
    <message>
        <source>no row could be imported. Fix the rows listed above, or check the columns.</source>
        <translation>no row could be imported. Fix the rows listed above, or check the columns.</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; give the campaign (quote a name with spaces) and one CSV file.</source>
        <translation>%1: unexpected argument “%2”; give the campaign (quote a name with spaces) and one CSV file.</translation>
    </message>
</context>
<context>
    <name>CampaignPlanReport</name>
    <message>
        <source>Campaign plan</source>
        <translation>Campaign plan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Currency %1</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n creator</numerusform>
            <numerusform>%n creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined, not counted</source>
        <translation>
            <numerusform>%n declined, not counted</numerusform>
            <numerusform>%n declined, not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation>Tiers: %1</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>Platforms: %1</translation>
    </message>
    <message>
        <source>Niches: %1</source>
        <translation>Niches: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Countries: %1</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Any creator</source>
        <translation>Any creator</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Key message</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>%1 of the budget</source>
        <translation>%1 of the budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation>Over budget by %1</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>of %1, after commitments</source>
        <translation>of %1, after commitments</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Share of budget</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>By tier</translation>
    </message>
    <message>
        <source>Followers unknown</source>
        <translation>Followers unknown</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>By platform</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) in the pipeline have no agreed fee yet and count as nothing above.</source>
        <translation>
            <numerusform>%n creator in the pipeline has no agreed fee yet and counts as nothing above.</numerusform>
            <numerusform>%n creators in the pipeline have no agreed fee yet and count as nothing above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement against reach</source>
        <translation>Engagement against reach</translation>
    </message>
    <message>
        <source>Every creator of the workspace by tier, with the roster highlighted; dashed lines are each tier&apos;s benchmark engagement rate, diamonds each tier&apos;s median.</source>
        <translation>Every creator of the workspace by tier, with the roster highlighted; dashed lines are each tier&apos;s benchmark engagement rate, diamonds each tier&apos;s median.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Expected impressions</source>
        <translation>Expected impressions</translation>
    </message>
    <message>
        <source>%1 of %2 creators estimated</source>
        <translation>%1 of %2 creators estimated</translation>
    </message>
    <message>
        <source>Expected engagements</source>
        <translation>Expected engagements</translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation>Cost per engagement</translation>
    </message>
    <message>
        <source>over creators with a fee</source>
        <translation>over creators with a fee</translation>
    </message>
    <message>
        <source>Cost per 1,000 impressions</source>
        <translation>Cost per 1,000 impressions</translation>
    </message>
    <message>
        <source>How these numbers are computed</source>
        <translation>How these numbers are computed</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Expected impressions = deliverables × average views; where views are unknown, followers × the platform&apos;s default view rate (%1).</source>
        <translation>Expected impressions = deliverables × average views; where views are unknown, followers × the platform&apos;s default view rate (%1).</translation>
    </message>
    <message>
        <source>Budget: planned = fees of every creator in the pipeline; committed = fees of creators contracted or beyond; remaining = budget − committed. Declined creators count nowhere. Amounts in %1.</source>
        <translation>Budget: planned = fees of every creator in the pipeline; committed = fees of creators contracted or beyond; remaining = budget − committed. Declined creators count nowhere. Amounts in %1.</translation>
    </message>
    <message>
        <source>Results to date count likes + comments + shares of published deliverables against the whole fee; ROI = (revenue − fee) ÷ fee.</source>
        <translation>Results to date count likes + comments + shares of published deliverables against the whole fee; ROI = (revenue − fee) ÷ fee.</translation>
    </message>
    <message>
        <source>Nobody is on the roster yet.</source>
        <translation>Nobody is on the roster yet.</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>not agreed</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n creator(s)</source>
        <translation>
            <numerusform>Total: %n creator</numerusform>
            <numerusform>Total: %n creators</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliverables by due date</source>
        <translation>Deliverables by due date</translation>
    </message>
    <message>
        <source>No deliverables are planned yet.</source>
        <translation>No deliverables are planned yet.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Results against the forecast</source>
        <translation>Results against the forecast</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>fc. %1</source>
        <translation>fc. %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>fc.: the forecast for the same creator (in the total row: for the same creators).</source>
        <translation>fc.: the forecast for the same creator (in the total row: for the same creators).</translation>
    </message>
    <message>
        <source>Deliver­ables</source>
        <translation>Deliver­ables</translation>
    </message>
    <message>
        <source>Exp. engage­ments</source>
        <translation>Exp. engage­ments</translation>
    </message>
    <message>
        <source>Forecast against actual engagements</source>
        <translation>Forecast against actual engagements</translation>
    </message>
    <message>
        <source>Per creator with results: the engagements forecast for all their deliverables, and the likes, comments and shares to date, on one scale. The percentage compares the results with the forecast for the deliverables measured so far.</source>
        <translation>Per creator with results: the engagements forecast for all their deliverables, and the likes, comments and shares to date, on one scale. The percentage compares the results with the forecast for the deliverables measured so far.</translation>
    </message>
    <message>
        <source>Shown: the %1 creators with the largest forecasts, of %2 with results; the table above lists them all.</source>
        <translation>Shown: the %1 creators with the largest forecasts, of %2 with results; the table above lists them all.</translation>
    </message>
    <message>
        <source>%1 engagements to date against %2 forecast for the same deliverables (%3).</source>
        <translation>%1 engagements to date against %2 forecast for the same deliverables (%3).</translation>
    </message>
    <message>
        <source>%1 from %2 followers (benchmark ER %3 by followers, %4 by views)</source>
        <translation>%1 from %2 followers (benchmark ER %3 by followers, %4 by views)</translation>
    </message>
    <message>
        <source>Expected engagements = deliverables × followers × ER, or deliverables × average views × ER for an ER by views. Cost per engagement (CPE) = fee ÷ expected engagements; CPM = fee ÷ expected impressions × 1,000.</source>
        <translation>Expected engagements = deliverables × followers × ER, or deliverables × average views × ER for an ER by views. Cost per engagement (CPE) = fee ÷ expected engagements; CPM = fee ÷ expected impressions × 1,000.</translation>
    </message>
    <message>
        <source>Tiers by followers: %1; under %2 followers a creator is emerging. Each ER is compared with the benchmark of its own basis.</source>
        <translation>Tiers by followers: %1; under %2 followers a creator is emerging. Each ER is compared with the benchmark of its own basis.</translation>
    </message>
    <message>
        <source>Platform with the tier under it; ER with its basis (by followers, by views) or “reported” by the source. Declined creators are shown in grey and count nowhere in the totals. Fees are per creator for all their deliverables.</source>
        <translation>Platform with the tier under it; ER with its basis (by followers, by views) or “reported” by the source. Declined creators are shown in grey and count nowhere in the totals. Fees are per creator for all their deliverables.</translation>
    </message>
    <message>
        <source>⚑ %1: %2</source>
        <translation>⚑ %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Engagement rate (ER) = (average likes + comments + shares) ÷ average views for an ER by views, ÷ followers for an ER by followers. This workspace&apos;s basis: %1. Without average views an ER is by followers. A rate reported by the data source is kept as it was reported (marked “reported”, taken as by followers). The roster&apos;s ER column says which each is.</source>
        <translation>Engagement rate (ER) = (average likes + comments + shares) ÷ average views for an ER by views, ÷ followers for an ER by followers. This workspace&apos;s basis: %1. Without average views an ER is by followers. A rate reported by the data source is kept as it was reported (marked “reported”, taken as by followers). The roster&apos;s ER column says which each is.</translation>
    </message>
    <message>
        <source>Benchmarks of their own: %1.</source>
        <translation>Benchmarks of their own: %1.</translation>
    </message>
</context>
<context>
    <name>CampaignShowVerb</name>
    <message>
        <source>(creator %1 missing)</source>
        <translation>(creator %1 missing)</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>tiers %1</source>
        <translation>tiers %1</translation>
    </message>
    <message>
        <source>platforms %1</source>
        <translation>platforms %1</translation>
    </message>
    <message>
        <source>niches %1</source>
        <translation>niches %1</translation>
    </message>
    <message>
        <source>countries %1</source>
        <translation>countries %1</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Key message</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 (campaign %2)</source>
        <translation>%1 (campaign %2)</translation>
    </message>
    <message>
        <source>Roster: %1 creators, %2 in the pipeline</source>
        <translation>Roster: %1 creators, %2 in the pipeline</translation>
    </message>
    <message>
        <source>  Nobody on the roster yet.</source>
        <translation>  Nobody on the roster yet.</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>handle</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>followers</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>deliverables</translation>
    </message>
    <message>
        <source>exp. engagements</source>
        <translation>exp. engagements</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>ER: r = reported by the source, otherwise computed. Declined entries count nowhere in the budget or the forecast.</source>
        <translation>ER: r = reported by the source, otherwise computed. Declined entries count nowhere in the budget or the forecast.</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>share of budget</source>
        <translation>share of budget</translation>
    </message>
    <message>
        <source>%1 of budget</source>
        <translation>%1 of budget</translation>
    </message>
    <message>
        <source>OVER BUDGET by %1</source>
        <translation>OVER BUDGET by %1</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>remaining</translation>
    </message>
    <message>
        <source>  %1 entries in the pipeline have no agreed fee yet; they count as %2.</source>
        <translation>  %1 entries in the pipeline have no agreed fee yet; they count as %2.</translation>
    </message>
    <message>
        <source>unknown followers</source>
        <translation>unknown followers</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>By tier</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>By platform</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>  Nobody in the pipeline.</source>
        <translation>  Nobody in the pipeline.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>exp. impressions</source>
        <translation>exp. impressions</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Totals over the entries with an estimate: engagements %1 of %2, impressions %3 of %2; CPE and CPM over those that also have a fee.</source>
        <translation>Totals over the entries with an estimate: engagements %1 of %2, impressions %3 of %2; CPE and CPM over those that also have a fee.</translation>
    </message>
    <message>
        <source>* average views unknown: followers × the platform&apos;s default view rate from the workspace settings (%1); %2 entries.</source>
        <translation>* average views unknown: followers × the platform&apos;s default view rate from the workspace settings (%1); %2 entries.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Results against the forecast (%1 entries with published deliverables)</source>
        <translation>Results against the forecast (%1 entries with published deliverables)</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>views</source>
        <translation>views</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>engagements</translation>
    </message>
    <message>
        <source>fc. ER</source>
        <translation>fc. ER</translation>
    </message>
    <message>
        <source>fc. CPE</source>
        <translation>fc. CPE</translation>
    </message>
    <message>
        <source>fc. CPM</source>
        <translation>fc. CPM</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>fc.: forecast (the total: of these entries). Actuals to date: likes + comments + shares of the published deliverables, against the whole fee; ROI = (revenue − fee) / fee.</source>
        <translation>fc.: forecast (the total: of these entries). Actuals to date: likes + comments + shares of the published deliverables, against the whole fee; ROI = (revenue − fee) / fee.</translation>
    </message>
    <message>
        <source>What to do: show.</source>
        <translation>What to do: show.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name (quoted) or id.</source>
        <translation>The campaign&apos;s name (quoted) or id.</translation>
    </message>
    <message>
        <source>tierscope campaign: say what to do: tierscope campaign show NAME|ID.</source>
        <translation>tierscope campaign: say what to do: tierscope campaign show NAME|ID.</translation>
    </message>
    <message>
        <source>tierscope campaign: unknown sub-command “%1”; try tierscope campaign show NAME|ID.</source>
        <translation>tierscope campaign: unknown sub-command “%1”; try tierscope campaign show NAME|ID.</translation>
    </message>
    <message>
        <source>tierscope campaign show: give one campaign name or id (quote a name with spaces); “tierscope campaigns” lists them.</source>
        <translation>tierscope campaign show: give one campaign name or id (quote a name with spaces); “tierscope campaigns” lists them.</translation>
    </message>
    <message>
        <source>show NAME|ID: prints a campaign&apos;s brief, roster, budget, forecast and results.
import-results NAME|ID FILE.csv: reads a results sheet into the campaign&apos;s deliverables.</source>
        <translation>show NAME|ID: prints a campaign&apos;s brief, roster, budget, forecast and results.
import-results NAME|ID FILE.csv: reads a results sheet into the campaign&apos;s deliverables.</translation>
    </message>
    <message>
        <source>tierscope campaign show: unexpected argument “%1”; give one campaign name or id (quote a name with spaces).</source>
        <translation>tierscope campaign show: unexpected argument “%1”; give one campaign name or id (quote a name with spaces).</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>no fee yet</source>
        <translation>no fee yet</translation>
    </message>
    <message>
        <source>No deliverables yet</source>
        <translation>No deliverables yet</translation>
    </message>
    <message>
        <source>%1 × %2, %3, due %4</source>
        <translation>%1 × %2, %3, due %4</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>engagements</translation>
    </message>
    <message>
        <source>impression</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impressions</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>overdue by 1 day</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>overdue by %1 days</translation>
    </message>
    <message>
        <source>1 deliverable overdue</source>
        <translation>1 deliverable overdue</translation>
    </message>
    <message>
        <source>%1 deliverables overdue</source>
        <translation>%1 deliverables overdue</translation>
    </message>
    <message>
        <source>Rank %1 of %2 for %3 per unit of money; %4 expected for %5</source>
        <translation>Rank %1 of %2 for %3 per unit of money; %4 expected for %5</translation>
    </message>
    <message>
        <source>counts towards the tier mix</source>
        <translation>counts towards the tier mix</translation>
    </message>
    <message>
        <source>Rank %1 of %2; a better combination used the money</source>
        <translation>Rank %1 of %2; a better combination used the money</translation>
    </message>
    <message>
        <source>Fee alone is above the %1 available</source>
        <translation>Fee alone is above the %1 available</translation>
    </message>
    <message>
        <source>No quoted fee</source>
        <translation>No quoted fee</translation>
    </message>
    <message>
        <source>Fee not in %1</source>
        <translation>Fee not in %1</translation>
    </message>
    <message>
        <source>Followers or ER unknown: nothing to expect</source>
        <translation>Followers or ER unknown: nothing to expect</translation>
    </message>
    <message>
        <source>Tier not wanted</source>
        <translation>Tier not wanted</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Already on the roster</translation>
    </message>
</context>
<context>
    <name>CampaignsVerb</name>
    <message>
        <source>Lists the campaigns with their dates, status, budget and roster.</source>
        <translation>Lists the campaigns with their dates, status, budget and roster.</translation>
    </message>
    <message>
        <source>Include archived campaigns.</source>
        <translation>Include archived campaigns.</translation>
    </message>
    <message>
        <source>No campaigns yet.
</source>
        <translation>No campaigns yet.
</translation>
    </message>
    <message>
        <source>No campaigns (archived ones are listed with --archived).
</source>
        <translation>No campaigns (archived ones are listed with --archived).
</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>brand</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>roster</translation>
    </message>
    <message>
        <source>Campaigns: %1.</source>
        <translation>Campaigns: %1.</translation>
    </message>
    <message>
        <source>! over budget.</source>
        <translation>! over budget.</translation>
    </message>
    <message>
        <source>to see one campaign, run “tierscope campaign show NAME”.</source>
        <translation>to see one campaign, run “tierscope campaign show NAME”.</translation>
    </message>
</context>
<context>
    <name>CheckedArithmetic</name>
    <message>
        <source>too large to compute</source>
        <translation>too large to compute</translation>
    </message>
</context>
<context>
    <name>CheckedNumber</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
</context>
<context>
    <name>ColumnConventions</name>
    <message>
        <source>Column “%1” is read in percent (line %2 has “%3”): “1.5” is 1.5 %.</source>
        <translation>Column “%1” is read in percent (line %2 has “%3”): “1.5” is 1.5 %.</translation>
    </message>
    <message>
        <source>Dates in column “%1” are read day first (line %2 has “%3”).</source>
        <translation>Dates in column “%1” are read day first (line %2 has “%3”).</translation>
    </message>
    <message>
        <source>Dates in column “%1” are read month first (line %2 has “%3”).</source>
        <translation>Dates in column “%1” are read month first (line %2 has “%3”).</translation>
    </message>
    <message>
        <source>Column “%1” mixes day-first and month-first dates; dates such as 02/11/2026 in it are refused as ambiguous.</source>
        <translation>Column “%1” mixes day-first and month-first dates; dates such as 02/11/2026 in it are refused as ambiguous.</translation>
    </message>
</context>
<context>
    <name>ColumnReadingText</name>
    <message>
        <source>day first</source>
        <translation>day first</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>month first</translation>
    </message>
    <message>
        <source>mixed date orders</source>
        <translation>mixed date orders</translation>
    </message>
    <message>
        <source>decimal mark? (see above)</source>
        <translation>decimal mark? (see above)</translation>
    </message>
    <message>
        <source>“.” groups thousands</source>
        <translation>“.” groups thousands</translation>
    </message>
    <message>
        <source>“,” groups thousands</source>
        <translation>“,” groups thousands</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>decimal comma</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>decimal point</translation>
    </message>
    <message>
        <source>both marks</source>
        <translation>both marks</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>file&apos;s choice</source>
        <translation>file&apos;s choice</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>fractions</source>
        <translation>fractions</translation>
    </message>
</context>
<context>
    <name>ColumnSurvey</name>
    <message>
        <source>a decimal comma (1.234,5)</source>
        <translation>a decimal comma (1.234,5)</translation>
    </message>
    <message>
        <source>a decimal point (1,234.5)</source>
        <translation>a decimal point (1,234.5)</translation>
    </message>
    <message>
        <source>Column %1 is read with %2: line %3 has %4.</source>
        <translation>Column %1 is read with %2: line %3 has %4.</translation>
    </message>
    <message>
        <source>It also has values with the other mark (line %1 has %2); each value is read by the mark it shows, and only values such as “1.200” by the column&apos;s.</source>
        <translation>It also has values with the other mark (line %1 has %2); each value is read by the mark it shows, and only values such as “1.200” by the column&apos;s.</translation>
    </message>
    <message>
        <source>line %1 has %2</source>
        <translation>line %1 has %2</translation>
    </message>
    <message>
        <source>Column %1 is read with %2, as chosen (%3).</source>
        <translation>Column %1 is read with %2, as chosen (%3).</translation>
    </message>
    <message>
        <source>Column %1 holds whole counts, so %2 groups thousands (%3 is %4).</source>
        <translation>Column %1 holds whole counts, so %2 groups thousands (%3 is %4).</translation>
    </message>
    <message>
        <source>Column %1 is read with %2, as the other columns of the file write their decimals (%3).</source>
        <translation>Column %1 is read with %2, as the other columns of the file write their decimals (%3).</translation>
    </message>
    <message>
        <source>Column %1 only has values such as %2, which the file does not tell apart; read with %3, as chosen for the file.</source>
        <translation>Column %1 only has values such as %2, which the file does not tell apart; read with %3, as chosen for the file.</translation>
    </message>
    <message>
        <source>Column %1 only has values such as %2, which the file does not tell apart; read with %3, as the language settings (%4) write numbers.</source>
        <translation>Column %1 only has values such as %2, which the file does not tell apart; read with %3, as the language settings (%4) write numbers.</translation>
    </message>
    <message>
        <source>Column %1 is in percent, as its header says: “5” is 5 %.</source>
        <translation>Column %1 is in percent, as its header says: “5” is 5 %.</translation>
    </message>
    <message>
        <source>Column %1 writes most rates with “%”; its values without one are read in percent too.</source>
        <translation>Column %1 writes most rates with “%”; its values without one are read in percent too.</translation>
    </message>
    <message>
        <source>Column %1 is read in percent (%2 of its %3 values are above 1, such as %4 on line %5): “1.5” is 1.5 %.</source>
        <translation>Column %1 is read in percent (%2 of its %3 values are above 1, such as %4 on line %5): “1.5” is 1.5 %.</translation>
    </message>
    <message>
        <source>Column %1 is read in percent: as fractions its values (median at least 0.3) would be rates of 30 % and more.</source>
        <translation>Column %1 is read in percent: as fractions its values (median at least 0.3) would be rates of 30 % and more.</translation>
    </message>
    <message>
        <source>Column %1 is read as fractions (“0.05” is 5 %): %2 of its %3 values are above 1, such as %4 on line %5, and are kept as rates above 100 %.</source>
        <translation>Column %1 is read as fractions (“0.05” is 5 %): %2 of its %3 values are above 1, such as %4 on line %5, and are kept as rates above 100 %.</translation>
    </message>
    <message>
        <source>Column %1 is read as fractions (“0.8” is 80 %): %2 of its %3 values are above 1, such as %4 on line %5, and are reported as errors.</source>
        <translation>Column %1 is read as fractions (“0.8” is 80 %): %2 of its %3 values are above 1, such as %4 on line %5, and are reported as errors.</translation>
    </message>
    <message>
        <source>Column %1 mixes day-first (line %2 has %3) and month-first dates (line %4 has %5); dates such as 02/11/2026 in it are refused as ambiguous.</source>
        <translation>Column %1 mixes day-first (line %2 has %3) and month-first dates (line %4 has %5); dates such as 02/11/2026 in it are refused as ambiguous.</translation>
    </message>
    <message>
        <source>Dates in column %1 are read day first (line %2 has %3).</source>
        <translation>Dates in column %1 are read day first (line %2 has %3).</translation>
    </message>
    <message>
        <source>Dates in column %1 are read month first (line %2 has %3).</source>
        <translation>Dates in column %1 are read month first (line %2 has %3).</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>ER vs tier benchmark</source>
        <translation>ER vs tier benchmark</translation>
    </message>
    <message>
        <source>ER percentile in tier</source>
        <translation>ER percentile in tier</translation>
    </message>
    <message>
        <source>View rate</source>
        <translation>View rate</translation>
    </message>
    <message>
        <source>Avg likes</source>
        <translation>Avg likes</translation>
    </message>
    <message>
        <source>Avg comments</source>
        <translation>Avg comments</translation>
    </message>
    <message>
        <source>Avg shares</source>
        <translation>Avg shares</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Avg views</translation>
    </message>
    <message>
        <source>Audience authenticity</source>
        <translation>Audience authenticity</translation>
    </message>
    <message>
        <source>Sponsored posts</source>
        <translation>Sponsored posts</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Fee per post</translation>
    </message>
    <message>
        <source>Est. CPE per post</source>
        <translation>Est. CPE per post</translation>
    </message>
    <message>
        <source>Est. CPM per post</source>
        <translation>Est. CPM per post</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niches</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Metrics as of</translation>
    </message>
    <message>
        <source>Fewer sponsored posts: less ad fatigue in the audience.</source>
        <translation>Fewer sponsored posts: less ad fatigue in the audience.</translation>
    </message>
    <message>
        <source>Estimated for one post: fee / impressions × 1000; impressions are the avg views, else followers × the platform&apos;s default view rate.</source>
        <translation>Estimated for one post: fee / impressions × 1000; impressions are the avg views, else followers × the platform&apos;s default view rate.</translation>
    </message>
    <message>
        <source>impressions from %1&apos;s default view rate of %2</source>
        <translation>impressions from %1&apos;s default view rate of %2</translation>
    </message>
    <message>
        <source>(likes + comments + shares) ÷ followers, or ÷ avg views for an ER by views; each cell says which, or that the source reported it.</source>
        <translation>(likes + comments + shares) ÷ followers, or ÷ avg views for an ER by views; each cell says which, or that the source reported it.</translation>
    </message>
    <message>
        <source>ER minus the benchmark of the creator&apos;s tier on its platform and ER basis.</source>
        <translation>ER minus the benchmark of the creator&apos;s tier on its platform and ER basis.</translation>
    </message>
    <message>
        <source>Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) for an ER by views.</source>
        <translation>Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) for an ER by views.</translation>
    </message>
    <message>
        <source>reported by the source</source>
        <translation>reported by the source</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER by views</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER by followers</translation>
    </message>
    <message>
        <source>⚑ engagement above followers</source>
        <translation>⚑ engagement above followers</translation>
    </message>
    <message>
        <source>benchmark by views %1</source>
        <translation>benchmark by views %1</translation>
    </message>
    <message>
        <source>benchmark by followers %1</source>
        <translation>benchmark by followers %1</translation>
    </message>
    <message>
        <source>Share of the workspace&apos;s creators in the same tier, with an ER on the same basis, whose ER is lower (ties count half).</source>
        <translation>Share of the workspace&apos;s creators in the same tier, with an ER on the same basis, whose ER is lower (ties count half).</translation>
    </message>
</context>
<context>
    <name>ComparisonCsv</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (best)</translation>
    </message>
    <message>
        <source>The comparison could not be written: %1</source>
        <translation>The comparison could not be written: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Creator comparison</source>
        <translation>Creator comparison</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n creator</numerusform>
            <numerusform>%n creators</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Creators side by side</source>
        <translation>Creators side by side</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>✓ marks the best value of a row among the creators with a known value; money is compared only within one currency. CPE and CPM are estimates for one post.</source>
        <translation>✓ marks the best value of a row among the creators with a known value; money is compared only within one currency. CPE and CPM are estimates for one post.</translation>
    </message>
    <message>
        <source>Engagement against reach</source>
        <translation>Engagement against reach</translation>
    </message>
    <message>
        <source>Every creator of the workspace by tier, with the compared creators highlighted.</source>
        <translation>Every creator of the workspace by tier, with the compared creators highlighted.</translation>
    </message>
</context>
<context>
    <name>ComparisonRow</name>
    <message>
        <source>Amounts in different currencies (%1) are not compared with each other: the best is marked within each currency.</source>
        <translation>Amounts in different currencies (%1) are not compared with each other: the best is marked within each currency.</translation>
    </message>
    <message>
        <source>Fewer than two known values: nothing is marked.</source>
        <translation>Fewer than two known values: nothing is marked.</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message>
        <source>1 creator</source>
        <translation>1 creator</translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation>%1 creators</translation>
    </message>
</context>
<context>
    <name>CreateCampaignCommand</name>
    <message>
        <source>New campaign “%1”</source>
        <translation>New campaign “%1”</translation>
    </message>
    <message>
        <source>Duplicate campaign as “%1”</source>
        <translation>Duplicate campaign as “%1”</translation>
    </message>
</context>
<context>
    <name>CreateShortlistCommand</name>
    <message>
        <source>New shortlist “%1”</source>
        <translation>New shortlist “%1”</translation>
    </message>
    <message>
        <source>New shortlist “%1” with %2</source>
        <translation>New shortlist “%1” with %2</translation>
    </message>
</context>
<context>
    <name>CreatorColumns</name>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>vs tier</source>
        <translation>vs tier</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Avg views</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niches</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Authentic</translation>
    </message>
    <message>
        <source>Sponsored</source>
        <translation>Sponsored</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Est. CPE</source>
        <translation>Est. CPE</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>The creator&apos;s handle on the platform</source>
        <translation>The creator&apos;s handle on the platform</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Instagram, TikTok or YouTube</source>
        <translation>Instagram, TikTok or YouTube</translation>
    </message>
    <message>
        <source>Tier, derived from followers through the workspace&apos;s tier scheme</source>
        <translation>Tier, derived from followers through the workspace&apos;s tier scheme</translation>
    </message>
    <message>
        <source>Followers (subscribers on YouTube)</source>
        <translation>Followers (subscribers on YouTube)</translation>
    </message>
    <message>
        <source>Average views per post or video</source>
        <translation>Average views per post or video</translation>
    </message>
    <message>
        <source>Content niches</source>
        <translation>Content niches</translation>
    </message>
    <message>
        <source>Country (ISO 3166-1)</source>
        <translation>Country (ISO 3166-1)</translation>
    </message>
    <message>
        <source>Main language (ISO 639-1)</source>
        <translation>Main language (ISO 639-1)</translation>
    </message>
    <message>
        <source>Share of the audience that looks authentic</source>
        <translation>Share of the audience that looks authentic</translation>
    </message>
    <message>
        <source>Share of recent posts that are sponsored</source>
        <translation>Share of recent posts that are sponsored</translation>
    </message>
    <message>
        <source>Typical fee per post, in the creator&apos;s currency</source>
        <translation>Typical fee per post, in the creator&apos;s currency</translation>
    </message>
    <message>
        <source>Date the metrics were measured</source>
        <translation>Date the metrics were measured</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>Basis: %1.</translation>
    </message>
    <message>
        <source>The basis is a workspace setting per platform.</source>
        <translation>The basis is a workspace setting per platform.</translation>
    </message>
    <message>
        <source>ER minus the benchmark ER of the creator&apos;s tier on the same basis (by followers or by views), in percentage points</source>
        <translation>ER minus the benchmark ER of the creator&apos;s tier on the same basis (by followers or by views), in percentage points</translation>
    </message>
    <message>
        <source>Estimated cost per engagement of one post = fee / (followers × ER), or fee / (avg views × ER) for an ER by views</source>
        <translation>Estimated cost per engagement of one post = fee / (followers × ER), or fee / (avg views × ER) for an ER by views</translation>
    </message>
    <message>
        <source>Engagement rate = (avg likes + avg comments + avg shares)
/ avg views (ER by views) or / followers (ER by followers).
%1
● marks a rate reported by the source, kept as reported; the others are computed.
⚑ marks engagement above the follower count.</source>
        <translation>Engagement rate = (avg likes + avg comments + avg shares)
/ avg views (ER by views) or / followers (ER by followers).
%1
● marks a rate reported by the source, kept as reported; the others are computed.
⚑ marks engagement above the follower count.</translation>
    </message>
</context>
<context>
    <name>CreatorCsvExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>Writing the CSV file failed: %1</translation>
    </message>
</context>
<context>
    <name>CreatorField</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Avg. likes</source>
        <translation>Avg. likes</translation>
    </message>
    <message>
        <source>Avg. comments</source>
        <translation>Avg. comments</translation>
    </message>
    <message>
        <source>Avg. shares</source>
        <translation>Avg. shares</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>Avg. views</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niches</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Audience authenticity</source>
        <translation>Audience authenticity</translation>
    </message>
    <message>
        <source>Sponsored posts ratio</source>
        <translation>Sponsored posts ratio</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Fee per post</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Fee currency</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Metrics as of</translation>
    </message>
    <message>
        <source>Keep as extra column</source>
        <translation>Keep as extra column</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
</context>
<context>
    <name>CreatorImporter</name>
    <message>
        <source>Cannot read “%1”: %2. Check the path and that you may read the file.</source>
        <translation>Cannot read “%1”: %2. Check the path and that you may read the file.</translation>
    </message>
    <message>
        <source>“%1”, line %2: </source>
        <translation>“%1”, line %2: </translation>
    </message>
    <message>
        <source>“%1”: </source>
        <translation>“%1”: </translation>
    </message>
    <message>
        <source>“%1” is empty: there is no header row.</source>
        <translation>“%1” is empty: there is no header row.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>The import was cancelled; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>Column “%1” is kept as an extra field.</source>
        <translation>Column “%1” is kept as an extra field.</translation>
    </message>
    <message>
        <source>%1 handle cells held a name with spaces; each name was kept as the display name and the handle made from it in lower case without spaces (%2).</source>
        <translation>%1 handle cells held a name with spaces; each name was kept as the display name and the handle made from it in lower case without spaces (%2).</translation>
    </message>
</context>
<context>
    <name>CreatorLimits</name>
    <message>
        <source>%1 cannot be more than %2.</source>
        <translation>%1 cannot be more than %2.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Average views</translation>
    </message>
    <message>
        <source>Average likes</source>
        <translation>Average likes</translation>
    </message>
    <message>
        <source>Average comments</source>
        <translation>Average comments</translation>
    </message>
    <message>
        <source>Average shares</source>
        <translation>Average shares</translation>
    </message>
    <message>
        <source>The fee is too large.</source>
        <translation>The fee is too large.</translation>
    </message>
    <message>
        <source>Notes and names can be at most %1 characters.</source>
        <translation>Notes and names can be at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>CreatorRowReader</name>
    <message>
        <source>The file has no handle column (a column such as “handle”, “username” or “profile_url”). Name one in the header or map a column to Handle.</source>
        <translation>The file has no handle column (a column such as “handle”, “username” or “profile_url”). Name one in the header or map a column to Handle.</translation>
    </message>
    <message>
        <source>The file has no followers column (a column such as “followers” or “subscribers”). Name one in the header or map a column to Followers.</source>
        <translation>The file has no followers column (a column such as “followers” or “subscribers”). Name one in the header or map a column to Followers.</translation>
    </message>
    <message>
        <source>the row ends after %1 fields but the header has %2 columns (a line break or delimiter inside a value needs quotes)</source>
        <translation>the row ends after %1 fields but the header has %2 columns (a line break or delimiter inside a value needs quotes)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns (a delimiter inside a value needs quotes)</source>
        <translation>the row has %1 fields but the header has %2 columns (a delimiter inside a value needs quotes)</translation>
    </message>
    <message>
        <source>“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube)</source>
        <translation>“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube)</translation>
    </message>
    <message>
        <source>the handle is missing</source>
        <translation>the handle is missing</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>“%1” is not an ISO 4217 currency code</translation>
    </message>
    <message>
        <source>“%1” is too large an amount</source>
        <translation>“%1” is too large an amount</translation>
    </message>
    <message>
        <source>the handle is longer than %1 characters</source>
        <translation>the handle is longer than %1 characters</translation>
    </message>
    <message>
        <source>The file does not say which platform its creators are on: it has no platform column and no profile URLs. Choose the platform of its rows (on the command line: --platform instagram, tiktok or youtube), or add a platform column.</source>
        <translation>The file does not say which platform its creators are on: it has no platform column and no profile URLs. Choose the platform of its rows (on the command line: --platform instagram, tiktok or youtube), or add a platform column.</translation>
    </message>
    <message>
        <source>no platform: the platform cell is empty and the profile URL names none</source>
        <translation>no platform: the platform cell is empty and the profile URL names none</translation>
    </message>
    <message>
        <source>“%1” is above %2, more than any account has</source>
        <translation>“%1” is above %2, more than any account has</translation>
    </message>
    <message>
        <source>“%1” is not a plausible engagement rate</source>
        <translation>“%1” is not a plausible engagement rate</translation>
    </message>
    <message>
        <source>the fee “%1” is in %2 but the currency column says %3</source>
        <translation>the fee “%1” is in %2 but the currency column says %3</translation>
    </message>
    <message>
        <source>“%1” → @%2</source>
        <translation>“%1” → @%2</translation>
    </message>
    <message>
        <source>the notes are longer than %1 characters</source>
        <translation>the notes are longer than %1 characters</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>the name is longer than %1 characters</translation>
    </message>
</context>
<context>
    <name>CreatorText</name>
    <message>
        <source>%1+ followers</source>
        <translation>%1+ followers</translation>
    </message>
    <message>
        <source>%1 – %2 followers</source>
        <translation>%1 – %2 followers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Followers unknown: no tier</source>
        <translation>Followers unknown: no tier</translation>
    </message>
    <message>
        <source>%1, reported by the source</source>
        <translation>%1, reported by the source</translation>
    </message>
    <message>
        <source>Unknown: no reported rate and no likes, comments or shares</source>
        <translation>Unknown: no reported rate and no likes, comments or shares</translation>
    </message>
    <message>
        <source>Needs the ER and a tier with a benchmark</source>
        <translation>Needs the ER and a tier with a benchmark</translation>
    </message>
    <message>
        <source>Benchmark source: %1</source>
        <translation>Benchmark source: %1</translation>
    </message>
    <message>
        <source>Needs the fee, followers and ER</source>
        <translation>Needs the fee, followers and ER</translation>
    </message>
    <message>
        <source>fee / (followers × ER)
= %1 / (%2 × %3) = %4</source>
        <translation>fee / (followers × ER)
= %1 / (%2 × %3) = %4</translation>
    </message>
    <message>
        <source>Computed, %1:
%2</source>
        <translation>Computed, %1:
%2</translation>
    </message>
    <message>
        <source>ER %1 − %2 benchmark %3 %4</source>
        <translation>ER %1 − %2 benchmark %3 %4</translation>
    </message>
    <message>
        <source>Needs the fee, avg views and ER</source>
        <translation>Needs the fee, avg views and ER</translation>
    </message>
    <message>
        <source>fee / (avg views × ER by views)
= %1 / (%2 × %3) = %4</source>
        <translation>fee / (avg views × ER by views)
= %1 / (%2 × %3) = %4</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The delimiter cannot be a quote, a line break or a non-ASCII byte.</source>
        <translation>The delimiter cannot be a quote, a line break or a non-ASCII byte.</translation>
    </message>
</context>
<context>
    <name>CsvTokenizer</name>
    <message>
        <source>Line %1: a quoted field is larger than %2; is its closing quote missing?</source>
        <translation>Line %1: a quoted field is larger than %2; is its closing quote missing?</translation>
    </message>
    <message>
        <source>Line %1: a field is larger than %2.</source>
        <translation>Line %1: a field is larger than %2.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is larger than %2.</source>
        <translation>The record that starts on line %1 is larger than %2.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; this does not look like a table, or the delimiter is wrong.</source>
        <translation>Line %1 has more than %2 columns; this does not look like a table, or the delimiter is wrong.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>The quoted field that starts on line %1 is never closed: a closing quote (&quot;) is missing.</translation>
    </message>
</context>
<context>
    <name>DeleteCampaignCommand</name>
    <message>
        <source>Delete campaign “%1”</source>
        <translation>Delete campaign “%1”</translation>
    </message>
</context>
<context>
    <name>DeleteCreatorsCommand</name>
    <message>
        <source>Delete @%1</source>
        <translation>Delete @%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n creators</source>
        <translation>
            <numerusform>Delete %n creator</numerusform>
            <numerusform>Delete %n creators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteShortlistCommand</name>
    <message>
        <source>Delete shortlist “%1”</source>
        <translation>Delete shortlist “%1”</translation>
    </message>
</context>
<context>
    <name>Deliverable</name>
    <message>
        <source>A deliverable needs a quantity of at least 1.</source>
        <translation>A deliverable needs a quantity of at least 1.</translation>
    </message>
    <message>
        <source>Actual results cannot be negative.</source>
        <translation>Actual results cannot be negative.</translation>
    </message>
    <message>
        <source>The revenue cannot be negative.</source>
        <translation>The revenue cannot be negative.</translation>
    </message>
    <message>
        <source>A deliverable stands for at most %1 pieces of content.</source>
        <translation>A deliverable stands for at most %1 pieces of content.</translation>
    </message>
    <message>
        <source>Actual results cannot be more than %1.</source>
        <translation>Actual results cannot be more than %1.</translation>
    </message>
    <message>
        <source>The revenue is too large.</source>
        <translation>The revenue is too large.</translation>
    </message>
</context>
<context>
    <name>DeliverableKind</name>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>DeliverableMatcher</name>
    <message>
        <source>a creator</source>
        <translation>a creator</translation>
    </message>
    <message>
        <source>%1’s %2 (ID %3)</source>
        <translation>%1’s %2 (ID %3)</translation>
    </message>
    <message>
        <source>the row names @%1 but it is %2</source>
        <translation>the row names @%1 but it is %2</translation>
    </message>
    <message>
        <source>the row says %1 but %2 is on %3</source>
        <translation>the row says %1 but %2 is on %3</translation>
    </message>
    <message>
        <source>the row says %1 but it is %2</source>
        <translation>the row says %1 but it is %2</translation>
    </message>
    <message>
        <source>there is no deliverable with ID %1 in “%2”</source>
        <translation>there is no deliverable with ID %1 in “%2”</translation>
    </message>
    <message>
        <source>the URL is on %1 deliverables (%2); add a deliverable ID column</source>
        <translation>the URL is on %1 deliverables (%2); add a deliverable ID column</translation>
    </message>
    <message>
        <source>the row names no deliverable: it needs a deliverable ID, a post URL or a creator handle</source>
        <translation>the row names no deliverable: it needs a deliverable ID, a post URL or a creator handle</translation>
    </message>
    <message>
        <source>no deliverable of “%1” has this URL, and the row names no creator</source>
        <translation>no deliverable of “%1” has this URL, and the row names no creator</translation>
    </message>
    <message>
        <source>@%1 on %2 is not on the roster of “%3”</source>
        <translation>@%1 on %2 is not on the roster of “%3”</translation>
    </message>
    <message>
        <source>@%1 is not on the roster of “%2”</source>
        <translation>@%1 is not on the roster of “%2”</translation>
    </message>
    <message>
        <source>@%1 has no deliverables in “%2”</source>
        <translation>@%1 has no deliverables in “%2”</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>deliverable</translation>
    </message>
    <message>
        <source>every %1 of @%2 already has another URL</source>
        <translation>every %1 of @%2 already has another URL</translation>
    </message>
    <message>
        <source>@%1 has no %2 in “%3”</source>
        <translation>@%1 has no %2 in “%3”</translation>
    </message>
    <message>
        <source>add a deliverable ID column</source>
        <translation>add a deliverable ID column</translation>
    </message>
    <message>
        <source>add the platform or a deliverable ID column</source>
        <translation>add the platform or a deliverable ID column</translation>
    </message>
    <message>
        <source>add the deliverable kind or a deliverable ID column</source>
        <translation>add the deliverable kind or a deliverable ID column</translation>
    </message>
    <message>
        <source>add the post URL or a deliverable ID column</source>
        <translation>add the post URL or a deliverable ID column</translation>
    </message>
    <message>
        <source>ambiguous: %1 deliverables of @%2 match (IDs %3); %4</source>
        <translation>ambiguous: %1 deliverables of @%2 match (IDs %3); %4</translation>
    </message>
</context>
<context>
    <name>DeliverableStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>DuplicateShortlistCommand</name>
    <message>
        <source>Duplicate as “%1”</source>
        <translation>Duplicate as “%1”</translation>
    </message>
</context>
<context>
    <name>EditCreatorCommand</name>
    <message>
        <source>Edit @%1</source>
        <translation>Edit @%1</translation>
    </message>
</context>
<context>
    <name>ErBasisJob</name>
    <message>
        <source>Recomputing engagement rates on the new basis…</source>
        <translation>Recomputing engagement rates on the new basis…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>ER Basis</source>
        <translation>ER Basis</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ErBasisText</name>
    <message>
        <source>by views</source>
        <translation>by views</translation>
    </message>
    <message>
        <source>by followers</source>
        <translation>by followers</translation>
    </message>
    <message>
        <source>reported by the source</source>
        <translation>reported by the source</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER by views</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER by followers</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Engagement above followers: ER by followers is not meaningful here; the rate reported by the source is kept.</source>
        <translation>Engagement above followers: ER by followers is not meaningful here; the rate reported by the source is kept.</translation>
    </message>
    <message>
        <source>Engagement above followers: ER by followers is not meaningful here; ER by views is used.</source>
        <translation>Engagement above followers: ER by followers is not meaningful here; ER by views is used.</translation>
    </message>
    <message>
        <source>Engagement above followers: ER by followers is above 100 % and not meaningful here; with avg views known, ER by views would be used.</source>
        <translation>Engagement above followers: ER by followers is above 100 % and not meaningful here; with avg views known, ER by views would be used.</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / avg views = %1 / %2 = %3</source>
        <translation>(likes + comments + shares) / avg views = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / followers = %1 / %2 = %3</source>
        <translation>(likes + comments + shares) / followers = %1 / %2 = %3</translation>
    </message>
</context>
<context>
    <name>ExportPdfVerb</name>
    <message>
        <source>there is no campaign “%1” in this workspace; “tierscope campaigns” lists them.</source>
        <translation>there is no campaign “%1” in this workspace; “tierscope campaigns” lists them.</translation>
    </message>
    <message>
        <source>there is no shortlist “%1” in this workspace.</source>
        <translation>there is no shortlist “%1” in this workspace.</translation>
    </message>
    <message>
        <source>--compare takes two or more creator ids, separated by commas (for example --compare 12,40,77).</source>
        <translation>--compare takes two or more creator ids, separated by commas (for example --compare 12,40,77).</translation>
    </message>
    <message>
        <source>Writes a campaign plan, a shortlist or a comparison to a PDF file (A4 or Letter; by default the paper of your locale).</source>
        <translation>Writes a campaign plan, a shortlist or a comparison to a PDF file (A4 or Letter; by default the paper of your locale).</translation>
    </message>
    <message>
        <source>The campaign plan of this campaign.</source>
        <translation>The campaign plan of this campaign.</translation>
    </message>
    <message>
        <source>This shortlist.</source>
        <translation>This shortlist.</translation>
    </message>
    <message>
        <source>A side-by-side comparison of these creators (2–6 ids).</source>
        <translation>A side-by-side comparison of these creators (2–6 ids).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 or letter.</translation>
    </message>
    <message>
        <source>choose one of --campaign NAME|ID, --shortlist NAME|ID or --compare ID,ID,…</source>
        <translation>choose one of --campaign NAME|ID, --shortlist NAME|ID or --compare ID,ID,…</translation>
    </message>
    <message>
        <source>name the file to write with -o FILE.</source>
        <translation>name the file to write with -o FILE.</translation>
    </message>
    <message>
        <source>unknown paper “%1”; use a4 or letter.</source>
        <translation>unknown paper “%1”; use a4 or letter.</translation>
    </message>
    <message>
        <source>--compare takes 2 to 6 creator ids, separated by commas (for example --compare 12,40,77).</source>
        <translation>--compare takes 2 to 6 creator ids, separated by commas (for example --compare 12,40,77).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>name the file with -o FILE.</source>
        <translation>name the file with -o FILE.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The workspace file to open.</source>
        <translation>The workspace file to open.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>A .tierscope workspace.</source>
        <translation>A .tierscope workspace.</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>This is not a valid column mapping: %1</source>
        <translation>This is not a valid column mapping: %1</translation>
    </message>
    <message>
        <source>it is not a Tierscope column mapping.</source>
        <translation>it is not a Tierscope column mapping.</translation>
    </message>
    <message>
        <source>its version is missing.</source>
        <translation>its version is missing.</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Tierscope.</source>
        <translation>it was saved by a newer version of Tierscope.</translation>
    </message>
    <message>
        <source>it has no list of columns.</source>
        <translation>it has no list of columns.</translation>
    </message>
    <message>
        <source>column %1 has no header.</source>
        <translation>column %1 has no header.</translation>
    </message>
    <message>
        <source>column “%1” names an unknown field “%2”.</source>
        <translation>column “%1” names an unknown field “%2”.</translation>
    </message>
</context>
<context>
    <name>HumanNumber</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (byte-order mark)</source>
        <translation>UTF-16 (byte-order mark)</translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation>UTF-16 little endian</translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation>UTF-16 big endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Western)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semicolon-separated</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tab-separated</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>separated by “%1”</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>Detect automatically (%1)</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>The file is not JSON: %1.</translation>
    </message>
    <message>
        <source>None of its columns is in this file.</source>
        <translation>None of its columns is in this file.</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Load Mapping…</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Save Mapping…</translation>
    </message>
    <message>
        <source>Apply a column mapping saved from an earlier import</source>
        <translation>Apply a column mapping saved from an earlier import</translation>
    </message>
    <message>
        <source>Save this column mapping to reuse it for files like this one</source>
        <translation>Save this column mapping to reuse it for files like this one</translation>
    </message>
    <message>
        <source>-mapping</source>
        <translation>-mapping</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Save Column Mapping</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Column mappings (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to “%1”.</source>
        <translation>The mapping could not be saved to “%1”.</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>Load Column Mapping</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Column mappings (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be applied to this file.</source>
        <translation>“%1” cannot be applied to this file.</translation>
    </message>
</context>
<context>
    <name>ListReportData</name>
    <message>
        <source>no creator with the id %1 in this workspace.</source>
        <translation>no creator with the id %1 in this workspace.</translation>
    </message>
</context>
<context>
    <name>Objective</name>
    <message>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>No output file was named.</source>
        <translation>No output file was named.</translation>
    </message>
    <message>
        <source>“%1” is a loop of symbolic links; choose another file name.</source>
        <translation>“%1” is a loop of symbolic links; choose another file name.</translation>
    </message>
    <message>
        <source>“%1” is the workspace “%2” or one of its own files; writing there would destroy it. Choose another file name.</source>
        <translation>“%1” is the workspace “%2” or one of its own files; writing there would destroy it. Choose another file name.</translation>
    </message>
    <message>
        <source>“%1” is a file this command reads; writing there would destroy it. Choose another file name.</source>
        <translation>“%1” is a file this command reads; writing there would destroy it. Choose another file name.</translation>
    </message>
    <message>
        <source>“%1” is a folder; name a file to write.</source>
        <translation>“%1” is a folder; name a file to write.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, a pipe or a socket); Tierscope writes only regular files. Choose a file name.</source>
        <translation>“%1” is not a regular file (it is a device, a pipe or a socket); Tierscope writes only regular files. Choose a file name.</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be read to check what it is (%2); choose another file name.</source>
        <translation>“%1” exists and cannot be read to check what it is (%2); choose another file name.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database (a workspace or a backup?); Tierscope never writes over a database. Choose another file name.</source>
        <translation>“%1” is an SQLite database (a workspace or a backup?); Tierscope never writes over a database. Choose another file name.</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>“%1” is being written by another process already.</source>
        <translation>“%1” is being written by another process already.</translation>
    </message>
    <message>
        <source>The disk is full while writing “%1”.</source>
        <translation>The disk is full while writing “%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” is read-only.</source>
        <translation>Cannot write “%1”: the folder “%2” is read-only.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” already exists.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Cannot save “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PaymentState</name>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>PdfRenderJob</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Cannot write “%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot start the PDF “%1”.</source>
        <translation>Cannot start the PDF “%1”.</translation>
    </message>
    <message>
        <source>The PDF “%1” was not started.</source>
        <translation>The PDF “%1” was not started.</translation>
    </message>
</context>
<context>
    <name>RejectedRow</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>RemoveFromShortlistCommand</name>
    <message>
        <source>Remove %1 from “%2”</source>
        <translation>Remove %1 from “%2”</translation>
    </message>
</context>
<context>
    <name>RenameShortlistCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Rename “%1” to “%2”</translation>
    </message>
</context>
<context>
    <name>ReorderShortlistCommand</name>
    <message>
        <source>Reorder “%1”</source>
        <translation>Reorder “%1”</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Exported %1 with Tierscope</source>
        <translation>Exported %1 with Tierscope</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>No dates set</source>
        <translation>No dates set</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n day)</numerusform>
            <numerusform>(%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>(creator %1 missing)</source>
        <translation>(creator %1 missing)</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>%1 ⚑</source>
        <translation>%1 ⚑</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Creator comparison</source>
        <translation>Creator comparison</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>ResultsBarsBlock</name>
    <message>
        <source>Forecast engagements</source>
        <translation>Forecast engagements</translation>
    </message>
    <message>
        <source>Forecast impressions</source>
        <translation>Forecast impressions</translation>
    </message>
    <message>
        <source>Actual engagements to date</source>
        <translation>Actual engagements to date</translation>
    </message>
    <message>
        <source>Actual views to date</source>
        <translation>Actual views to date</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
</context>
<context>
    <name>ResultsBarsLayout</name>
    <message>
        <source>(deleted creator)</source>
        <translation>(deleted creator)</translation>
    </message>
    <message>
        <source>%1 of %2 measured</source>
        <translation>%1 of %2 measured</translation>
    </message>
    <message>
        <source>no deliverables planned</source>
        <translation>no deliverables planned</translation>
    </message>
    <message>
        <source>no forecast</source>
        <translation>no forecast</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>no results yet</translation>
    </message>
    <message>
        <source>no likes, comments or shares entered</source>
        <translation>no likes, comments or shares entered</translation>
    </message>
    <message>
        <source>no views entered</source>
        <translation>no views entered</translation>
    </message>
    <message>
        <source>%1 · %2 of forecast</source>
        <translation>%1 · %2 of forecast</translation>
    </message>
</context>
<context>
    <name>ResultsField</name>
    <message>
        <source>Deliverable ID</source>
        <translation>Deliverable ID</translation>
    </message>
    <message>
        <source>Creator handle</source>
        <translation>Creator handle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Deliverable kind</source>
        <translation>Deliverable kind</translation>
    </message>
    <message>
        <source>Post URL</source>
        <translation>Post URL</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Revenue currency</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
</context>
<context>
    <name>ResultsImporter</name>
    <message>
        <source>The import was cancelled; the campaign is unchanged.</source>
        <translation>The import was cancelled; the campaign is unchanged.</translation>
    </message>
    <message>
        <source>the row has no results: every result cell is empty</source>
        <translation>the row has no results: every result cell is empty</translation>
    </message>
    <message>
        <source>line %1 already has results for this deliverable (ID %2)</source>
        <translation>line %1 already has results for this deliverable (ID %2)</translation>
    </message>
</context>
<context>
    <name>ResultsRowReader</name>
    <message>
        <source>No column tells which deliverable a row is about. Choose the column with the deliverable ID, the post URL or the creator&apos;s handle.</source>
        <translation>No column tells which deliverable a row is about. Choose the column with the deliverable ID, the post URL or the creator&apos;s handle.</translation>
    </message>
    <message>
        <source>No column holds results. Choose at least one column with views, likes, comments, shares, saves, clicks, conversions, revenue, a URL or a date.</source>
        <translation>No column holds results. Choose at least one column with views, likes, comments, shares, saves, clicks, conversions, revenue, a URL or a date.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or USD.</source>
        <translation>“%1” is not a currency code such as EUR or USD.</translation>
    </message>
    <message>
        <source>the revenue “%1” is in %2 but the currency column says %3.</source>
        <translation>the revenue “%1” is in %2 but the currency column says %3.</translation>
    </message>
    <message>
        <source>the revenue “%1” is in %2 but this campaign is in %3; convert it first.</source>
        <translation>the revenue “%1” is in %2 but this campaign is in %3; convert it first.</translation>
    </message>
    <message>
        <source>“%1” is out of range.</source>
        <translation>“%1” is out of range.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns (a line break or delimiter inside a value needs quotes)</source>
        <translation>the row has %1 fields but the header has %2 columns (a line break or delimiter inside a value needs quotes)</translation>
    </message>
    <message>
        <source>“%1” is not a deliverable ID.</source>
        <translation>“%1” is not a deliverable ID.</translation>
    </message>
    <message>
        <source>“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube).</source>
        <translation>“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube).</translation>
    </message>
    <message>
        <source>“%1” is not a deliverable kind (post, reel, story, short, video, live).</source>
        <translation>“%1” is not a deliverable kind (post, reel, story, short, video, live).</translation>
    </message>
    <message>
        <source>“%1” is more than any post gets (at most %2); check the column.</source>
        <translation>“%1” is more than any post gets (at most %2); check the column.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>trigger “%1”</source>
        <translation>trigger “%1”</translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation>view “%1”</translation>
    </message>
    <message>
        <source>“%1” contains %2 that Tierscope did not create: such code runs whenever data changes and can delete or alter it. The file was left untouched; remove it with an SQLite tool (DROP TRIGGER or DROP VIEW) or restore a backup.</source>
        <translation>“%1” contains %2 that Tierscope did not create: such code runs whenever data changes and can delete or alter it. The file was left untouched; remove it with an SQLite tool (DROP TRIGGER or DROP VIEW) or restore a backup.</translation>
    </message>
    <message>
        <source>“%1” contains %2 changed by another program: it runs whenever data changes and can delete or alter it. The file was left untouched; restore a backup.</source>
        <translation>“%1” contains %2 changed by another program: it runs whenever data changes and can delete or alter it. The file was left untouched; restore a backup.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its table “%2” is missing. It was left untouched; restore a backup copy.</source>
        <translation>“%1” is damaged: its table “%2” is missing. It was left untouched; restore a backup copy.</translation>
    </message>
    <message>
        <source>Rebuilding the indexes of “%1” failed</source>
        <translation>Rebuilding the indexes of “%1” failed</translation>
    </message>
    <message>
        <source>Cannot write “%1”</source>
        <translation>Cannot write “%1”</translation>
    </message>
    <message>
        <source>“%1” lacks %2 of this version&apos;s indexes and triggers (%3), and they could not be rebuilt because it is opened read-only: sorting and filtering may be slow or fail, and search may miss creators added by other programs. Open it once with write access to repair it.</source>
        <translation>“%1” lacks %2 of this version&apos;s indexes and triggers (%3), and they could not be rebuilt because it is opened read-only: sorting and filtering may be slow or fail, and search may miss creators added by other programs. Open it once with write access to repair it.</translation>
    </message>
</context>
<context>
    <name>SetCreatorNotesCommand</name>
    <message>
        <source>Edit notes of @%1</source>
        <translation>Edit notes of @%1</translation>
    </message>
</context>
<context>
    <name>SetErBasesCommand</name>
    <message>
        <source>Change ER Basis</source>
        <translation>Change ER Basis</translation>
    </message>
</context>
<context>
    <name>SetShortlistNoteCommand</name>
    <message>
        <source>Edit note on @%1</source>
        <translation>Edit note on @%1</translation>
    </message>
</context>
<context>
    <name>SetShortlistVerdictCommand</name>
    <message>
        <source>Set verdict “%1” on %2</source>
        <translation>Set verdict “%1” on %2</translation>
    </message>
</context>
<context>
    <name>SetTierSchemeCommand</name>
    <message>
        <source>Edit Tiers and Benchmarks</source>
        <translation>Edit Tiers and Benchmarks</translation>
    </message>
</context>
<context>
    <name>ShortlistReport</name>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>The shortlist is empty.</source>
        <translation>The shortlist is empty.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>vs benchmark</source>
        <translation>vs benchmark</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Engagement against reach</source>
        <translation>Engagement against reach</translation>
    </message>
    <message>
        <source>Every creator of the workspace by tier, with the shortlist highlighted.</source>
        <translation>Every creator of the workspace by tier, with the shortlist highlighted.</translation>
    </message>
    <message>
        <source>ER with its basis (by followers, by views) or “reported” by the source. ER vs benchmark: the creator&apos;s engagement rate minus the benchmark of its tier on the same basis, in percentage points. Fees are the creator&apos;s typical fee per post.</source>
        <translation>ER with its basis (by followers, by views) or “reported” by the source. ER vs benchmark: the creator&apos;s engagement rate minus the benchmark of its tier on the same basis, in percentage points. Fees are the creator&apos;s typical fee per post.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>Content live</source>
        <translation>Content live</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>an SQLite database (a workspace is opened with File › Open)</source>
        <translation>an SQLite database (a workspace is opened with File › Open)</translation>
    </message>
    <message>
        <source>a ZIP archive or an Excel/OpenDocument workbook; save the sheet as CSV first</source>
        <translation>a ZIP archive or an Excel/OpenDocument workbook; save the sheet as CSV first</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls); save the sheet as CSV first</source>
        <translation>an old Excel workbook (.xls); save the sheet as CSV first</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>a gzip-compressed file</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>The file is not open for reading.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it looks like %1.</source>
        <translation>This is not a CSV file: it looks like %1.</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported; re-save the file as UTF-8.</source>
        <translation>UTF-32 text is not supported; re-save the file as UTF-8.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-16 character.</source>
        <translation>The file ends in the middle of a UTF-16 character.</translation>
    </message>
    <message>
        <source>The text could not be decoded.</source>
        <translation>The text could not be decoded.</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a CSV file.</source>
        <translation>This is not a text file: line %1 contains a NUL byte. Choose a CSV file.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first on line %1); it was read as Windows-1252. Check accented letters, or choose the encoding explicitly.</source>
        <translation>The file is not valid UTF-8 (first on line %1); it was read as Windows-1252. Check accented letters, or choose the encoding explicitly.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-8 character (line %1).</source>
        <translation>The file ends in the middle of a UTF-8 character (line %1).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8, although the text before it is: the file mixes encodings. Re-save it as UTF-8, or choose its encoding explicitly.</source>
        <translation>Line %1 is not valid UTF-8, although the text before it is: the file mixes encodings. Re-save it as UTF-8, or choose its encoding explicitly.</translation>
    </message>
    <message>
        <source>Line %1 contains bytes that are not valid UTF-8; they were replaced by “�”.</source>
        <translation>Line %1 contains bytes that are not valid UTF-8; they were replaced by “�”.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 (after line %1).</source>
        <translation>The file is not valid UTF-16 (after line %1).</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL character. Choose a CSV file.</source>
        <translation>This is not a text file: line %1 contains a NUL character. Choose a CSV file.</translation>
    </message>
    <message>
        <source>This file looks like UTF-16 big endian text without a byte-order mark. Choose the encoding “UTF-16 big endian” explicitly, or re-save the file as UTF-8.</source>
        <translation>This file looks like UTF-16 big endian text without a byte-order mark. Choose the encoding “UTF-16 big endian” explicitly, or re-save the file as UTF-8.</translation>
    </message>
    <message>
        <source>This file looks like UTF-16 little endian text without a byte-order mark. Choose the encoding “UTF-16 little endian” explicitly, or re-save the file as UTF-8.</source>
        <translation>This file looks like UTF-16 little endian text without a byte-order mark. Choose the encoding “UTF-16 little endian” explicitly, or re-save the file as UTF-8.</translation>
    </message>
</context>
<context>
    <name>TierChartBuilder</name>
    <message>
        <source>Points with an ER above %1 (%2 of them) are drawn on the top edge.</source>
        <translation>Points with an ER above %1 (%2 of them) are drawn on the top edge.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 followers</translation>
    </message>
    <message>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <source>Outside the current filter</source>
        <translation>Outside the current filter</translation>
    </message>
    <message>
        <source>%1 median: ER %2 (middle half %3 – %4)</source>
        <translation>%1 median: ER %2 (middle half %3 – %4)</translation>
    </message>
    <message>
        <source>%1 followers at the median; %2 creators with a known ER</source>
        <translation>%1 followers at the median; %2 creators with a known ER</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Median %1 the benchmark</source>
        <translation>Median %1 the benchmark</translation>
    </message>
    <message>
        <source>Followers (log scale)</source>
        <translation>Followers (log scale)</translation>
    </message>
    <message>
        <source>(reported by the source)</source>
        <translation>(reported by the source)</translation>
    </message>
    <message>
        <source>⚑ Engagement above followers</source>
        <translation>⚑ Engagement above followers</translation>
    </message>
    <message>
        <source>Engagement rate (%1)</source>
        <translation>Engagement rate (%1)</translation>
    </message>
    <message>
        <source>%1 benchmark ER %2 %3</source>
        <translation>%1 benchmark ER %2 %3</translation>
    </message>
    <message>
        <source>Each ER is set against the benchmark of its basis.</source>
        <translation>Each ER is set against the benchmark of its basis.</translation>
    </message>
</context>
<context>
    <name>TierChartData</name>
    <message>
        <source>No matching creator has both a follower count and an engagement rate: nothing to plot.</source>
        <translation>No matching creator has both a follower count and an engagement rate: nothing to plot.</translation>
    </message>
    <message>
        <source>All %1 matching creators with a known follower count and engagement rate are plotted.</source>
        <translation>All %1 matching creators with a known follower count and engagement rate are plotted.</translation>
    </message>
    <message>
        <source>%1 of %2 creators plotted: up to %3 per tier, picked by a fixed hash of the id, so the same creators every time. The statistics cover all %4 matching creators.</source>
        <translation>%1 of %2 creators plotted: up to %3 per tier, picked by a fixed hash of the id, so the same creators every time. The statistics cover all %4 matching creators.</translation>
    </message>
    <message>
        <source>%1 without a follower count or engagement rate are not plotted.</source>
        <translation>%1 without a follower count or engagement rate are not plotted.</translation>
    </message>
    <message>
        <source>Highlighted creators outside the filter are shown, but not counted.</source>
        <translation>Highlighted creators outside the filter are shown, but not counted.</translation>
    </message>
</context>
<context>
    <name>TierChartSeries</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>benchmark %1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Highlighted (%1)</source>
        <translation>Highlighted (%1)</translation>
    </message>
    <message>
        <source>%1 (outside the filter)</source>
        <translation>%1 (outside the filter)</translation>
    </message>
    <message>
        <source>Benchmark by views</source>
        <translation>Benchmark by views</translation>
    </message>
    <message>
        <source>Benchmark by followers</source>
        <translation>Benchmark by followers</translation>
    </message>
    <message>
        <source>by views %1</source>
        <translation>by views %1</translation>
    </message>
    <message>
        <source>by followers %1</source>
        <translation>by followers %1</translation>
    </message>
</context>
<context>
    <name>UnknownTally</name>
    <message>
        <source>1 value of column “%1” read as unknown: %2</source>
        <translation>1 value of column “%1” read as unknown: %2</translation>
    </message>
    <message>
        <source>%1 values of column “%2” read as unknown: %3</source>
        <translation>%1 values of column “%2” read as unknown: %3</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>%1 is above 100 %; a share between 0 and 100 % is expected.</source>
        <translation>%1 is above 100 %; a share between 0 and 100 % is expected.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Maybe</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>A copy cannot replace the workspace itself.</source>
        <translation>A copy cannot replace the workspace itself.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Cannot create the backup folder “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Tierscope workspace backup; nothing was changed.</source>
        <translation>“%1” is not a Tierscope workspace backup; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Tierscope; nothing was changed.</source>
        <translation>“%1” was saved by a newer Tierscope; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is the workspace itself; nothing was changed.</source>
        <translation>“%1” is the workspace itself; nothing was changed.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; nothing was changed.</source>
        <translation>The folder “%1” does not exist; nothing was changed.</translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only, so the replaced workspace could not be kept beside it; nothing was changed.</source>
        <translation>The folder of “%1” is read-only, so the replaced workspace could not be kept beside it; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” does not exist, but its journal “%2” is still beside it. Move the journal away first; nothing was changed.</source>
        <translation>“%1” does not exist, but its journal “%2” is still beside it. Move the journal away first; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file; nothing was changed.</source>
        <translation>“%1” is a folder, not a workspace file; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is read-only (its permissions do not allow writing), so the backup was not restored over it; the workspace is as it was. Make it writable first if you mean to replace it.</source>
        <translation>“%1” is read-only (its permissions do not allow writing), so the backup was not restored over it; the workspace is as it was. Make it writable first if you mean to replace it.</translation>
    </message>
    <message>
        <source>“%1” is not a Tierscope workspace; nothing was changed.</source>
        <translation>“%1” is not a Tierscope workspace; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tierscope::core</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 is not a finite number.</translation>
    </message>
    <message>
        <source>%1 is a percentage; a number is expected here.</source>
        <translation>%1 is a percentage; a number is expected here.</translation>
    </message>
    <message>
        <source>%1 is negative; a share between 0 and 100 % is expected.</source>
        <translation>%1 is negative; a share between 0 and 100 % is expected.</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 is not a valid date.</translation>
    </message>
    <message>
        <source>%1: write dates as YYYY-MM-DD, with a four-digit year.</source>
        <translation>%1: write dates as YYYY-MM-DD, with a four-digit year.</translation>
    </message>
    <message>
        <source>%1 is ambiguous (day/month or month/day?); write it as YYYY-MM-DD.</source>
        <translation>%1 is ambiguous (day/month or month/day?); write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 is out of range.</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>%1 is negative.</translation>
    </message>
    <message>
        <source>%1 is negative; a count cannot be.</source>
        <translation>%1 is negative; a count cannot be.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 is not a whole number.</translation>
    </message>
    <message>
        <source>%1 names two different currencies.</source>
        <translation>%1 names two different currencies.</translation>
    </message>
    <message>
        <source>%1 has no amount.</source>
        <translation>%1 has no amount.</translation>
    </message>
    <message>
        <source>%1 is a range; enter one amount.</source>
        <translation>%1 is a range; enter one amount.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is not yes or no.</source>
        <translation>%1 is not yes or no.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::AppearanceMenus</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes when Tierscope starts next.</source>
        <translation>The language changes when Tierscope starts next.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BackupActions</name>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Res&amp;tore Backup…</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>Backup &amp;Settings…</translation>
    </message>
    <message>
        <source>Save a copy of the workspace under another name</source>
        <translation>Save a copy of the workspace under another name</translation>
    </message>
    <message>
        <source>Copy the workspace into its backup folder</source>
        <translation>Copy the workspace into its backup folder</translation>
    </message>
    <message>
        <source>Replace the workspace with one of its backups</source>
        <translation>Replace the workspace with one of its backups</translation>
    </message>
    <message>
        <source>The daily automatic backup and how long it is kept</source>
        <translation>The daily automatic backup and how long it is kept</translation>
    </message>
    <message>
        <source>Open backup folder</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>There is no backup folder yet.</source>
        <translation>There is no backup folder yet.</translation>
    </message>
    <message>
        <source>The daily backup of “%1” failed: %2</source>
        <translation>The daily backup of “%1” failed: %2</translation>
    </message>
    <message>
        <source>Daily backup of “%1” saved to %2</source>
        <translation>Daily backup of “%1” saved to %2</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Backing up “%1”…</source>
        <translation>Backing up “%1”…</translation>
    </message>
    <message>
        <source>%1 copy.tierscope</source>
        <translation>%1 copy.tierscope</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>Tierscope workspaces (*.tierscope)</source>
        <translation>Tierscope workspaces (*.tierscope)</translation>
    </message>
    <message>
        <source>“%1” exists already. Replace it?</source>
        <translation>“%1” exists already. Replace it?</translation>
    </message>
    <message>
        <source>It is replaced only once the copy is complete.</source>
        <translation>It is replaced only once the copy is complete.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>A copy cannot replace the open workspace itself. Choose another name.</source>
        <translation>A copy cannot replace the open workspace itself. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name.</source>
        <translation>“%1” is a folder. Choose a file name.</translation>
    </message>
    <message>
        <source>“%1” seems to be open in another program (its journal is beside it). Close it there, or choose another name.</source>
        <translation>“%1” seems to be open in another program (its journal is beside it). Close it there, or choose another name.</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>The copy was not saved.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Saved a copy as %1</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Saving a copy as %1…</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>The workspace is busy.</source>
        <translation>The workspace is busy.</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish, then try again.</source>
        <translation>Wait for the work in progress to finish, then try again.</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup taken on %2?</source>
        <translation>Replace “%1” with the backup taken on %2?</translation>
    </message>
    <message>
        <source>The workspace is closed, replaced by the backup and opened again. Its current file is kept beside it as “%1”, so nothing is lost.</source>
        <translation>The workspace is closed, replaced by the backup and opened again. Its current file is kept beside it as “%1”, so nothing is lost.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring the backup taken on %1…</source>
        <translation>Restoring the backup taken on %1…</translation>
    </message>
    <message>
        <source>The backup was not restored; the workspace is as it was.</source>
        <translation>The backup was not restored; the workspace is as it was.</translation>
    </message>
    <message>
        <source>Restored the backup taken on %1; the replaced workspace was kept as %2</source>
        <translation>Restored the backup taken on %1; the replaced workspace was kept as %2</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BackupSettingsDialog</name>
    <message>
        <source>Back up the open workspace &amp;once a day</source>
        <translation>Back up the open workspace &amp;once a day</translation>
    </message>
    <message>
        <source>Backup Settings</source>
        <translation>Backup Settings</translation>
    </message>
    <message>
        <source> day</source>
        <translation> day</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>The daily backup is taken when a workspace is opened and once a day while it stays open, into a folder beside the workspace. Daily backups older than the number of days above are deleted; backups made with File › Back Up Now are kept until you delete them.</source>
        <translation>The daily backup is taken when a workspace is opened and once a day while it stays open, into a folder beside the workspace. Daily backups older than the number of days above are deleted; backups made with File › Back Up Now are kept until you delete them.</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for:</source>
        <translation>&amp;Keep daily backups for:</translation>
    </message>
    <message>
        <source>Open Backup &amp;Folder</source>
        <translation>Open Backup &amp;Folder</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BenchmarksDialog</name>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>From (followers)</source>
        <translation>From (followers)</translation>
    </message>
    <message>
        <source>Own benchmark</source>
        <translation>Own benchmark</translation>
    </message>
    <message>
        <source>Benchmark ER</source>
        <translation>Benchmark ER</translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation>Source of the figure</translation>
    </message>
    <message>
        <source>%1: lowest follower count</source>
        <translation>%1: lowest follower count</translation>
    </message>
    <message>
        <source>%1: own benchmark for this platform</source>
        <translation>%1: own benchmark for this platform</translation>
    </message>
    <message>
        <source>%1: benchmark engagement rate</source>
        <translation>%1: benchmark engagement rate</translation>
    </message>
    <message>
        <source>e.g. agency study 2025</source>
        <translation>e.g. agency study 2025</translation>
    </message>
    <message>
        <source>%1: source of the benchmark</source>
        <translation>%1: source of the benchmark</translation>
    </message>
    <message>
        <source>&amp;Benchmarks for:</source>
        <translation>&amp;Benchmarks for:</translation>
    </message>
    <message>
        <source>Tick “Own benchmark” to give %1 its own figure for a tier; unticked tiers use the figure for all platforms. Thresholds apply to every platform.</source>
        <translation>Tick “Own benchmark” to give %1 its own figure for a tier; unticked tiers use the figure for all platforms. Thresholds apply to every platform.</translation>
    </message>
    <message>
        <source>Each tier starts at the follower count given and ends where the next one starts. The benchmark ER is drawn on the chart and compared with each tier&apos;s median.</source>
        <translation>Each tier starts at the follower count given and ends where the next one starts. The benchmark ER is drawn on the chart and compared with each tier&apos;s median.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Not saved yet: %1.</translation>
    </message>
    <message>
        <source>Tiers, Benchmarks and ER Basis</source>
        <translation>Tiers, Benchmarks and ER Basis</translation>
    </message>
    <message>
        <source>Engagement rate basis</source>
        <translation>Engagement rate basis</translation>
    </message>
    <message>
        <source>What a computed ER divides likes + comments + shares by. Changing it recomputes the computed rates; rates reported by a source stay as reported. Without avg views a rate stays by followers.</source>
        <translation>What a computed ER divides likes + comments + shares by. Changing it recomputes the computed rates; rates reported by a source stay as reported. Without avg views a rate stays by followers.</translation>
    </message>
    <message>
        <source>By followers</source>
        <translation>By followers</translation>
    </message>
    <message>
        <source>By views</source>
        <translation>By views</translation>
    </message>
    <message>
        <source>%1: engagement rate basis</source>
        <translation>%1: engagement rate basis</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER by followers</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER by views</translation>
    </message>
    <message>
        <source>Benchmarks are per basis: an ER by views is compared with a benchmark by views</source>
        <translation>Benchmarks are per basis: an ER by views is compared with a benchmark by views</translation>
    </message>
    <message>
        <source>&amp;on:</source>
        <translation>&amp;on:</translation>
    </message>
    <message>
        <source>These benchmarks are for ERs by views: (likes + comments + shares) / avg views.</source>
        <translation>These benchmarks are for ERs by views: (likes + comments + shares) / avg views.</translation>
    </message>
    <message>
        <source>These benchmarks are for ERs by followers and for rates reported by a source.</source>
        <translation>These benchmarks are for ERs by followers and for rates reported by a source.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BudgetPanel</name>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Share of budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>committed %1</source>
        <translation>committed %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>paid %1</translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation>remaining %1</translation>
    </message>
    <message>
        <source>1 entry in the pipeline has no fee yet and counts as 0.</source>
        <translation>1 entry in the pipeline has no fee yet and counts as 0.</translation>
    </message>
    <message>
        <source>%1 entries in the pipeline have no fee yet and count as 0.</source>
        <translation>%1 entries in the pipeline have no fee yet and count as 0.</translation>
    </message>
    <message>
        <source>Over budget: commitments exceed the budget by %1.</source>
        <translation>Over budget: commitments exceed the budget by %1.</translation>
    </message>
    <message>
        <source>The plan exceeds the budget by %1 (not committed yet).</source>
        <translation>The plan exceeds the budget by %1 (not committed yet).</translation>
    </message>
    <message>
        <source>Expected impressions %1 (%2 of %3 entries) · expected engagements %4 (%5 of %3)
CPE %6 · CPM %7</source>
        <translation>Expected impressions %1 (%2 of %3 entries) · expected engagements %4 (%5 of %3)
CPE %6 · CPM %7</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Default view rates from the workspace settings (used when avg views are unknown): %1</source>
        <translation>Default view rates from the workspace settings (used when avg views are unknown): %1</translation>
    </message>
    <message>
        <source>No results yet: enter views, likes and revenue on published deliverables.</source>
        <translation>No results yet: enter views, likes and revenue on published deliverables.</translation>
    </message>
    <message>
        <source>%1 entries measured · views %2 · engagements %3 · revenue %4 on %5 of fees
Actual ER %6 (forecast %7) · actual CPE %8 (forecast %9) · actual CPM %10 (forecast %11) · ROI %12</source>
        <translation>%1 entries measured · views %2 · engagements %3 · revenue %4 on %5 of fees
Actual ER %6 (forecast %7) · actual CPE %8 (forecast %9) · actual CPM %10 (forecast %11) · ROI %12</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignBriefForm</name>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Any tier</translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation>Any platform</translation>
    </message>
    <message>
        <source>&amp;Save Brief</source>
        <translation>&amp;Save Brief</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>e.g. 12,000</translation>
    </message>
    <message>
        <source>fitness, running (any when empty)</source>
        <translation>fitness, running (any when empty)</translation>
    </message>
    <message>
        <source>US, GB (any when empty)</source>
        <translation>US, GB (any when empty)</translation>
    </message>
    <message>
        <source>#brand #ad</source>
        <translation>#brand #ad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Ni&amp;ches</source>
        <translation>Ni&amp;ches</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>C&amp;ountries</translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation>&amp;Key message</translation>
    </message>
    <message>
        <source>&amp;Hashtags</source>
        <translation>&amp;Hashtags</translation>
    </message>
    <message>
        <source>&amp;Disclosure</source>
        <translation>&amp;Disclosure</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” is not an amount in %2.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignDocument</name>
    <message>
        <source>(deleted creator)</source>
        <translation>(deleted creator)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignEditor</name>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Archive campaign “%1”</source>
        <translation>Archive campaign “%1”</translation>
    </message>
    <message>
        <source>Restore campaign “%1” from the archive</source>
        <translation>Restore campaign “%1” from the archive</translation>
    </message>
    <message>
        <source>Edit the brief of “%1”</source>
        <translation>Edit the brief of “%1”</translation>
    </message>
    <message>
        <source>a creator</source>
        <translation>a creator</translation>
    </message>
    <message>
        <source>Remove %1 from the roster</source>
        <translation>Remove %1 from the roster</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>Add a %1</translation>
    </message>
    <message>
        <source>Edit a %1</source>
        <translation>Edit a %1</translation>
    </message>
    <message>
        <source>Remove a %1</source>
        <translation>Remove a %1</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignListModel</name>
    <message>
        <source>No dates</source>
        <translation>No dates</translation>
    </message>
    <message>
        <source>%1 committed and %2 planned of %3, %4 on the roster</source>
        <translation>%1 committed and %2 planned of %3, %4 on the roster</translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation>Over budget by %1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignsView</name>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Duplicate, archive or delete the campaign</source>
        <translation>Duplicate, archive or delete the campaign</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Budget &amp;&amp; Forecast</source>
        <translation>Budget &amp;&amp; Forecast</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Brief saved</source>
        <translation>Brief saved</translation>
    </message>
    <message>
        <source>&amp;New Campaign</source>
        <translation>&amp;New Campaign</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Delete Campaign</source>
        <translation>&amp;Delete Campaign</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <source>Create a campaign with New Campaign, then add creators from Creators or a shortlist.</source>
        <translation>Create a campaign with New Campaign, then add creators from Creators or a shortlist.</translation>
    </message>
    <message>
        <source>%1 on the roster</source>
        <translation>%1 on the roster</translation>
    </message>
    <message>
        <source>over budget by %1</source>
        <translation>over budget by %1</translation>
    </message>
    <message>
        <source>Restore from &amp;Archive</source>
        <translation>Restore from &amp;Archive</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicated as “%1”: stages back to prospect, payments unpaid.</source>
        <translation>Duplicated as “%1”: stages back to prospect, payments unpaid.</translation>
    </message>
    <message>
        <source>Campaign archived: tick “Show archived” to see it.</source>
        <translation>Campaign archived: tick “Show archived” to see it.</translation>
    </message>
    <message>
        <source>Campaign deleted. Undo with %1 to bring it back.</source>
        <translation>Campaign deleted. Undo with %1 to bring it back.</translation>
    </message>
    <message>
        <source>Added the suggestion to the roster. Undo with %1.</source>
        <translation>Added the suggestion to the roster. Undo with %1.</translation>
    </message>
    <message>
        <source>This workspace is read-only: its campaigns cannot change.</source>
        <translation>This workspace is read-only: its campaigns cannot change.</translation>
    </message>
    <message>
        <source>Add to Campaign</source>
        <translation>Add to Campaign</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one on the Campaigns page.</source>
        <translation>There is no campaign yet: create one on the Campaigns page.</translation>
    </message>
    <message>
        <source>Added %1 to “%2”</source>
        <translation>Added %1 to “%2”</translation>
    </message>
    <message>
        <source>Already on “%1”</source>
        <translation>Already on “%1”</translation>
    </message>
    <message>
        <source>All of them are on “%1” already</source>
        <translation>All of them are on “%1” already</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CompareView</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the chosen creators from the comparison</source>
        <translation>Remove the chosen creators from the comparison</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Move &amp;Left</translation>
    </message>
    <message>
        <source>Move R&amp;ight</source>
        <translation>Move R&amp;ight</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist…</source>
        <translation>Add to &amp;Shortlist…</translation>
    </message>
    <message>
        <source>Add the chosen creators (or all) to a shortlist</source>
        <translation>Add the chosen creators (or all) to a shortlist</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Compare holds up to %1 creators: %2 more not added.</source>
        <translation>Compare holds up to %1 creators: %2 more not added.</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>No workspace open.</translation>
    </message>
    <message>
        <source>The chart could not be built: %1</source>
        <translation>The chart could not be built: %1</translation>
    </message>
    <message>
        <source>Add at least two creators: from the Creators page (Add to Comparison, Ctrl+Shift+M), a shortlist (Open in Compare) or the search box above.</source>
        <translation>Add at least two creators: from the Creators page (Add to Comparison, Ctrl+Shift+M), a shortlist (Open in Compare) or the search box above.</translation>
    </message>
    <message>
        <source>%1 best value in its row · %2 higher is better · %3 lower is better · unknown values never win; fees are compared within one currency.</source>
        <translation>%1 best value in its row · %2 higher is better · %3 lower is better · unknown values never win; fees are compared within one currency.</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Export Comparison</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The comparison could not be exported.</source>
        <translation>The comparison could not be exported.</translation>
    </message>
    <message>
        <source>Exported the comparison to %1</source>
        <translation>Exported the comparison to %1</translation>
    </message>
    <message>
        <source>Add to Cam&amp;paign…</source>
        <translation>Add to Cam&amp;paign…</translation>
    </message>
    <message>
        <source>Add the chosen creators (or all) to a campaign&apos;s roster</source>
        <translation>Add the chosen creators (or all) to a campaign&apos;s roster</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ComparisonModel</name>
    <message>
        <source>Best in this row (%1)</source>
        <translation>Best in this row (%1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Not ranked</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorDetailPane</name>
    <message>
        <source>Select a creator to see the details.</source>
        <translation>Select a creator to see the details.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add to shortlist…</source>
        <translation>Add to shortlist…</translation>
    </message>
    <message>
        <source>Shortlists are coming soon</source>
        <translation>Shortlists are coming soon</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>vs tier benchmark</source>
        <translation>vs tier benchmark</translation>
    </message>
    <message>
        <source>Avg likes</source>
        <translation>Avg likes</translation>
    </message>
    <message>
        <source>Avg comments</source>
        <translation>Avg comments</translation>
    </message>
    <message>
        <source>Avg shares</source>
        <translation>Avg shares</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Avg views</translation>
    </message>
    <message>
        <source>View rate</source>
        <translation>View rate</translation>
    </message>
    <message>
        <source>avg views / followers</source>
        <translation>avg views / followers</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER by views</translation>
    </message>
    <message>
        <source>(avg likes + avg comments + avg shares) / avg views</source>
        <translation>(avg likes + avg comments + avg shares) / avg views</translation>
    </message>
    <message>
        <source>Audience and engagement</source>
        <translation>Audience and engagement</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Fee per post</translation>
    </message>
    <message>
        <source>Est. CPE</source>
        <translation>Est. CPE</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Authenticity</translation>
    </message>
    <message>
        <source>Share of the audience that looks authentic</source>
        <translation>Share of the audience that looks authentic</translation>
    </message>
    <message>
        <source>Sponsored posts</source>
        <translation>Sponsored posts</translation>
    </message>
    <message>
        <source>Share of recent posts that are sponsored</source>
        <translation>Share of recent posts that are sponsored</translation>
    </message>
    <message>
        <source>Commercials and quality</source>
        <translation>Commercials and quality</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niches</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Metrics as of</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Imported fields</source>
        <translation>Imported fields</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Your notes about this creator…</source>
        <translation>Your notes about this creator…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>avg views / followers = %1 / %2</source>
        <translation>avg views / followers = %1 / %2</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / avg views = %1 / %2</source>
        <translation>(likes + comments + shares) / avg views = %1 / %2</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <source>Add the selected creators to a shortlist (%1)</source>
        <translation>Add the selected creators to a shortlist (%1)</translation>
    </message>
    <message>
        <source>(avg likes + avg comments + avg shares) / avg views or / followers, on the workspace&apos;s ER basis for the platform, or the rate reported by the source</source>
        <translation>(avg likes + avg comments + avg shares) / avg views or / followers, on the workspace&apos;s ER basis for the platform, or the rate reported by the source</translation>
    </message>
    <message>
        <source>ER minus the benchmark ER of the creator&apos;s tier on the same basis</source>
        <translation>ER minus the benchmark ER of the creator&apos;s tier on the same basis</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER by followers</translation>
    </message>
    <message>
        <source>(avg likes + avg comments + avg shares) / followers</source>
        <translation>(avg likes + avg comments + avg shares) / followers</translation>
    </message>
    <message>
        <source>fee / (followers × ER), or fee / (avg views × ER) for an ER by views: estimated cost per engagement of one post</source>
        <translation>fee / (followers × ER), or fee / (avg views × ER) for an ER by views: estimated cost per engagement of one post</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / followers = %1 / %2</source>
        <translation>(likes + comments + shares) / followers = %1 / %2</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorDialog</name>
    <message>
        <source>New Creator</source>
        <translation>New Creator</translation>
    </message>
    <message>
        <source>@handle or profile URL</source>
        <translation>@handle or profile URL</translation>
    </message>
    <message>
        <source>e.g. 48.7k</source>
        <translation>e.g. 48.7k</translation>
    </message>
    <message>
        <source>computed when empty</source>
        <translation>computed when empty</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>e.g. US</source>
        <translation>e.g. US</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>e.g. en</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>per post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>&amp;Followers:</translation>
    </message>
    <message>
        <source>Avg &amp;likes:</source>
        <translation>Avg &amp;likes:</translation>
    </message>
    <message>
        <source>Avg &amp;comments:</source>
        <translation>Avg &amp;comments:</translation>
    </message>
    <message>
        <source>Avg &amp;shares:</source>
        <translation>Avg &amp;shares:</translation>
    </message>
    <message>
        <source>Avg &amp;views:</source>
        <translation>Avg &amp;views:</translation>
    </message>
    <message>
        <source>Reported &amp;ER %:</source>
        <translation>Reported &amp;ER %:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>N&amp;iches:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;Authenticity %:</source>
        <translation>&amp;Authenticity %:</translation>
    </message>
    <message>
        <source>Sponso&amp;red %:</source>
        <translation>Sponso&amp;red %:</translation>
    </message>
    <message>
        <source>F&amp;ee:</source>
        <translation>F&amp;ee:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Profile &amp;URL:</source>
        <translation>Profile &amp;URL:</translation>
    </message>
    <message>
        <source>Metrics as &amp;of:</source>
        <translation>Metrics as &amp;of:</translation>
    </message>
    <message>
        <source>Add Creator</source>
        <translation>Add Creator</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Edit @%1</source>
        <translation>Edit @%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>A creator needs a handle.</source>
        <translation>A creator needs a handle.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Avg likes</source>
        <translation>Avg likes</translation>
    </message>
    <message>
        <source>Avg comments</source>
        <translation>Avg comments</translation>
    </message>
    <message>
        <source>Avg shares</source>
        <translation>Avg shares</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Avg views</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more.</source>
        <translation>%1 must be a number of zero or more.</translation>
    </message>
    <message>
        <source>Reported ER</source>
        <translation>Reported ER</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Authenticity</translation>
    </message>
    <message>
        <source>Sponsored</source>
        <translation>Sponsored</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100.</source>
        <translation>%1 must be a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Country is a two-letter code such as US or GB.</source>
        <translation>Country is a two-letter code such as US or GB.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as USD or EUR.</source>
        <translation>The currency is a three-letter code such as USD or EUR.</translation>
    </message>
    <message>
        <source>The metrics date is written YYYY-MM-DD.</source>
        <translation>The metrics date is written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The interactions exceed the followers: check the averages.</source>
        <translation>The interactions exceed the followers: check the averages.</translation>
    </message>
    <message>
        <source>An engagement rate reported by a source, in percent, kept as it is. When empty, ER = (likes + comments + shares) / avg views or / followers, on the workspace&apos;s basis: %1.</source>
        <translation>An engagement rate reported by a source, in percent, kept as it is. When empty, ER = (likes + comments + shares) / avg views or / followers, on the workspace&apos;s basis: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2.</source>
        <translation>%1 cannot be more than %2.</translation>
    </message>
    <message>
        <source>The fee is too large.</source>
        <translation>The fee is too large.</translation>
    </message>
    <message>
        <source>Notes can be at most %1 characters.</source>
        <translation>Notes can be at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorEditor</name>
    <message>
        <source>Tierscope</source>
        <translation>Tierscope</translation>
    </message>
    <message>
        <source>Delete @%1?</source>
        <translation>Delete @%1?</translation>
    </message>
    <message>
        <source>Delete %L1 creators?</source>
        <translation>Delete %L1 creators?</translation>
    </message>
    <message>
        <source>Delete Creators</source>
        <translation>Delete Creators</translation>
    </message>
    <message>
        <source>They are also removed from shortlists. You can undo this with Edit › Undo.</source>
        <translation>They are also removed from shortlists. You can undo this with Edit › Undo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorFilterPanel</name>
    <message>
        <source>Search handle, name, niche, country, notes…</source>
        <translation>Search handle, name, niche, country, notes…</translation>
    </message>
    <message>
        <source>Show %1 creators (none checked: all platforms)</source>
        <translation>Show %1 creators (none checked: all platforms)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>At least this many followers (10k, 1.5M)</source>
        <translation>At least this many followers (10k, 1.5M)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>At most this many followers</source>
        <translation>At most this many followers</translation>
    </message>
    <message>
        <source>Engagement rate at least, in percent</source>
        <translation>Engagement rate at least, in percent</translation>
    </message>
    <message>
        <source>Engagement rate at most, in percent</source>
        <translation>Engagement rate at most, in percent</translation>
    </message>
    <message>
        <source>Typical fee per post at least (in the creator&apos;s currency)</source>
        <translation>Typical fee per post at least (in the creator&apos;s currency)</translation>
    </message>
    <message>
        <source>Typical fee per post at most (in the creator&apos;s currency)</source>
        <translation>Typical fee per post at most (in the creator&apos;s currency)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Audience authenticity at least, in percent</source>
        <translation>Audience authenticity at least, in percent</translation>
    </message>
    <message>
        <source>Share of sponsored posts at most, in percent</source>
        <translation>Share of sponsored posts at most, in percent</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>ER %</source>
        <translation>ER %</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Authenticity ≥ %</source>
        <translation>Authenticity ≥ %</translation>
    </message>
    <message>
        <source>Sponsored ≤ %</source>
        <translation>Sponsored ≤ %</translation>
    </message>
    <message>
        <source>any, e.g. vegan, fitness</source>
        <translation>any, e.g. vegan, fitness</translation>
    </message>
    <message>
        <source>Creators with any of these niches (comma-separated)</source>
        <translation>Creators with any of these niches (comma-separated)</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niches</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Any country</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>Show every creator</source>
        <translation>Show every creator</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>1 creator</source>
        <translation>1 creator</translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation>%1 creators</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 of %2 match</translation>
    </message>
    <message>
        <source>Hide flagged creators</source>
        <translation>Hide flagged creators</translation>
    </message>
    <message>
        <source>Leave out creators with a data-quality flag (⚑), such as engagement above the follower count</source>
        <translation>Leave out creators with a data-quality flag (⚑), such as engagement above the follower count</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorSearchBox</name>
    <message>
        <source>Add a creator: type a handle, name or niche…</source>
        <translation>Add a creator: type a handle, name or niche…</translation>
    </message>
    <message>
        <source>@%1 · %2 · %3 followers</source>
        <translation>@%1 · %2 · %3 followers</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorsView</name>
    <message>
        <source>Cannot Read Creators</source>
        <translation>Cannot Read Creators</translation>
    </message>
    <message>
        <source>&amp;New Creator…</source>
        <translation>&amp;New Creator…</translation>
    </message>
    <message>
        <source>&amp;Edit Creator…</source>
        <translation>&amp;Edit Creator…</translation>
    </message>
    <message>
        <source>&amp;Delete Creator…</source>
        <translation>&amp;Delete Creator…</translation>
    </message>
    <message>
        <source>&amp;Copy Handles</source>
        <translation>&amp;Copy Handles</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist…</source>
        <translation>Add to &amp;Shortlist…</translation>
    </message>
    <message>
        <source>Add to Co&amp;mparison</source>
        <translation>Add to Co&amp;mparison</translation>
    </message>
    <message>
        <source>Add to Cam&amp;paign…</source>
        <translation>Add to Cam&amp;paign…</translation>
    </message>
    <message>
        <source>Available once the view exists</source>
        <translation>Available once the view exists</translation>
    </message>
    <message>
        <source>Too Many Creators Selected</source>
        <translation>Too Many Creators Selected</translation>
    </message>
    <message>
        <source>Select at most %L1 creators for this.</source>
        <translation>Select at most %L1 creators for this.</translation>
    </message>
    <message>
        <source>Narrow the filters to find the ones you want.</source>
        <translation>Narrow the filters to find the ones you want.</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Reset Columns</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CsvExportFlow</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Write the creators the filters show, or all of them, to a CSV file</source>
        <translation>Write the creators the filters show, or all of them, to a CSV file</translation>
    </message>
    <message>
        <source>%1-creators.csv</source>
        <translation>%1-creators.csv</translation>
    </message>
    <message>
        <source>Export Creators to CSV</source>
        <translation>Export Creators to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Exporting to “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting to “%1”… %2 of %3 creators</source>
        <translation>Exporting to “%1”… %2 of %3 creators</translation>
    </message>
    <message>
        <source>Exporting to “%1”… %2 creators</source>
        <translation>Exporting to “%1”… %2 creators</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln creator(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln creator to “%1”.</numerusform>
            <numerusform>Exported %Ln creators to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>The creators could not be exported to “%1”.</source>
        <translation>The creators could not be exported to “%1”.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CsvImportFlow</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Import creators from a CSV file (or drop the file on the window)</source>
        <translation>Import creators from a CSV file (or drop the file on the window)</translation>
    </message>
    <message>
        <source>Import Creators from CSV</source>
        <translation>Import Creators from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Saving %L1 rows from “%2”…</source>
        <translation>Saving %L1 rows from “%2”…</translation>
    </message>
    <message>
        <source>Importing “%1”… %2 rows read</source>
        <translation>Importing “%1”… %2 rows read</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import Cancelled</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”; the workspace is unchanged.</source>
        <translation>Nothing was imported from “%1”; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>Reading how “%1” writes its numbers… %2 rows read</source>
        <translation>Reading how “%1” writes its numbers… %2 rows read</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::DecimalQuestionPanel</name>
    <message>
        <source>Column %1 only has values such as %2: is that %3 or %4?</source>
        <translation>Column %1 only has values such as %2: is that %3 or %4?</translation>
    </message>
    <message>
        <source>%1 (%2 groups thousands, as in 1.234,5)</source>
        <translation>%1 (%2 groups thousands, as in 1.234,5)</translation>
    </message>
    <message>
        <source>%1 (%2 is a decimal comma, as in 1.234,5)</source>
        <translation>%1 (%2 is a decimal comma, as in 1.234,5)</translation>
    </message>
    <message>
        <source>%1 (%2 is a decimal point, as in 1,234.5)</source>
        <translation>%1 (%2 is a decimal point, as in 1,234.5)</translation>
    </message>
    <message>
        <source>%1 (%2 groups thousands, as in 1,234.5)</source>
        <translation>%1 (%2 groups thousands, as in 1,234.5)</translation>
    </message>
    <message>
        <source>Column %1 does not show which mark separates its decimals: how does it write numbers?</source>
        <translation>Column %1 does not show which mark separates its decimals: how does it write numbers?</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,5)</source>
        <translation>Decimal comma (1.234,5)</translation>
    </message>
    <message>
        <source>Decimal point (1,234.5)</source>
        <translation>Decimal point (1,234.5)</translation>
    </message>
    <message>
        <source>Several columns do not show their decimal mark. For all of them:</source>
        <translation>Several columns do not show their decimal mark. For all of them:</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::DeliverableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Due %1 and not published: %2</source>
        <translation>Due %1 and not published: %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” is not an amount in %2.</translation>
    </message>
    <message>
        <source>“%1” is not a count (a whole number, 0 or more).</source>
        <translation>“%1” is not a count (a whole number, 0 or more).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::DeliverablesPane</name>
    <message>
        <source>&amp;Add Deliverable</source>
        <translation>&amp;Add Deliverable</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Deliverables: choose a creator on the roster</source>
        <translation>Deliverables: choose a creator on the roster</translation>
    </message>
    <message>
        <source>Deliverables of %1</source>
        <translation>Deliverables of %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Import &amp;Results…</source>
        <translation>Import &amp;Results…</translation>
    </message>
    <message>
        <source>Read views, likes, clicks, revenue … of the campaign&apos;s deliverables from a CSV sheet</source>
        <translation>Read views, likes, clicks, revenue … of the campaign&apos;s deliverables from a CSV sheet</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::EmptyWorkspacePage</name>
    <message>
        <source>Your workspace is empty</source>
        <translation>Your workspace is empty</translation>
    </message>
    <message>
        <source>Bring in the creators you track — a CSV export from a spreadsheet or an influencer tool works — or explore Tierscope with a realistic sample of creators, shortlists and campaigns.</source>
        <translation>Bring in the creators you track — a CSV export from a spreadsheet or an influencer tool works — or explore Tierscope with a realistic sample of creators, shortlists and campaigns.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Create Sample Workspace</source>
        <translation>Create Sample Workspace</translation>
    </message>
    <message>
        <source>The sample has %L1 creators on Instagram, TikTok and YouTube, two shortlists and two campaigns.</source>
        <translation>The sample has %L1 creators on Instagram, TikTok and YouTube, two shortlists and two campaigns.</translation>
    </message>
    <message>
        <source>CSV import is coming soon</source>
        <translation>CSV import is coming soon</translation>
    </message>
    <message>
        <source>The workspace is read-only</source>
        <translation>The workspace is read-only</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ExportCsvDialog</name>
    <message>
        <source>Start the file with a &amp;byte-order mark (for Excel)</source>
        <translation>Start the file with a &amp;byte-order mark (for Excel)</translation>
    </message>
    <message>
        <source>Export Creators to CSV</source>
        <translation>Export Creators to CSV</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>The creators the current &amp;filters show (%1)</source>
        <translation>The creators the current &amp;filters show (%1)</translation>
    </message>
    <message>
        <source>&amp;All creators in the workspace (%1)</source>
        <translation>&amp;All creators in the workspace (%1)</translation>
    </message>
    <message>
        <source>Some spreadsheets need it to read accented letters correctly</source>
        <translation>Some spreadsheets need it to read accented letters correctly</translation>
    </message>
    <message>
        <source>Export which creators?</source>
        <translation>Export which creators?</translation>
    </message>
    <message>
        <source>The file is UTF-8 CSV with one row per creator; Tierscope imports it back to the same creators.</source>
        <translation>The file is UTF-8 CSV with one row per creator; Tierscope imports it back to the same creators.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ExportJob</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you may write to.</source>
        <translation>Cannot write “%1”: %2. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Cannot write “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::FillBudgetDialog</name>
    <message>
        <source>Any tier</source>
        <translation>Any tier</translation>
    </message>
    <message>
        <source>No tier-mix rule</source>
        <translation>No tier-mix rule</translation>
    </message>
    <message>
        <source>Fill the Budget — %1</source>
        <translation>Fill the Budget — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expected engagements</source>
        <translation>Expected engagements</translation>
    </message>
    <message>
        <source>Expected impressions</source>
        <translation>Expected impressions</translation>
    </message>
    <message>
        <source> per creator</source>
        <translation> per creator</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>at least </translation>
    </message>
    <message>
        <source>Candidates from</source>
        <translation>Candidates from</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Maximise</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Spend up to</source>
        <translation>Spend up to</translation>
    </message>
    <message>
        <source>Tiers allowed</source>
        <translation>Tiers allowed</translation>
    </message>
    <message>
        <source>of the spend on</source>
        <translation>of the spend on</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Tier mix</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Pick</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Cost per unit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggest</translation>
    </message>
    <message>
        <source>Add to Roster</source>
        <translation>Add to Roster</translation>
    </message>
    <message>
        <source>There are no shortlists yet: build one from the Creators page first.</source>
        <translation>There are no shortlists yet: build one from the Creators page first.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” is not an amount in %2.</translation>
    </message>
    <message>
        <source>Suggests %1 for %2 of %3: %4 expected %5.</source>
        <translation>Suggests %1 for %2 of %3: %4 expected %5.</translation>
    </message>
    <message>
        <source>%1 of the spend on the tier-mix tiers (at least %2 % asked).</source>
        <translation>%1 of the spend on the tier-mix tiers (at least %2 % asked).</translation>
    </message>
    <message>
        <source>%1 of %2 candidates could be used.</source>
        <translation>%1 of %2 candidates could be used.</translation>
    </message>
    <message>
        <source>Approximate: fees were rounded up to steps of %1 to keep the search small.</source>
        <translation>Approximate: fees were rounded up to steps of %1 to keep the search small.</translation>
    </message>
    <message>
        <source>Add %1 to Roster</source>
        <translation>Add %1 to Roster</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportDialog</name>
    <message>
        <source>Import Creators from CSV</source>
        <translation>Import Creators from CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>C&amp;hoose File…</translation>
    </message>
    <message>
        <source>None: each row says</source>
        <translation>None: each row says</translation>
    </message>
    <message>
        <source>Update them with the values in the file</source>
        <translation>Update them with the values in the file</translation>
    </message>
    <message>
        <source>Skip those rows and keep the creators as they are</source>
        <translation>Skip those rows and keep the creators as they are</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Platform of rows without one:</source>
        <translation>&amp;Platform of rows without one:</translation>
    </message>
    <message>
        <source>Creators already in the &amp;workspace:</source>
        <translation>Creators already in the &amp;workspace:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Choose a CSV file to import.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Show the cells as &amp;written in the file</source>
        <translation>Show the cells as &amp;written in the file</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,5</source>
        <translation>Decimal comma: 1.234,5</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.5</source>
        <translation>Decimal point: 1,234.5</translation>
    </message>
    <message>
        <source>How the file writes numbers whose columns do not show it, such as “1.200”. Columns whose values show their decimal mark (“12,5”, “1,234.5”) are read as they show.</source>
        <translation>How the file writes numbers whose columns do not show it, such as “1.200”. Columns whose values show their decimal mark (“12,5”, “1,234.5”) are read as they show.</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Numbers:</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored. Check what each column fills, and change it in the list above the column. Cells marked ⚠ cannot be read and are left unknown; refused rows are in italics. Point at a cell or a header for details.</source>
        <translation>The first rows of the file as they will be stored. Check what each column fills, and change it in the list above the column. Cells marked ⚠ cannot be read and are left unknown; refused rows are in italics. Point at a cell or a header for details.</translation>
    </message>
    <message>
        <source>The file does not say which platform its creators are on: it has no platform column and no profile URLs. Choose the platform of its rows above, or map a column to Platform.</source>
        <translation>The file does not say which platform its creators are on: it has no platform column and no profile URLs. Choose the platform of its rows above, or map a column to Platform.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) do not show how they write decimals (%1): answer the question above the table, or choose how the file writes numbers.</source>
        <translation>
            <numerusform>%n column does not show how it writes decimals (%1): answer the question above the table, or choose how the file writes numbers.</numerusform>
            <numerusform>%n columns do not show how they write decimals (%1): answer the question above the table, or choose how the file writes numbers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the platform…</source>
        <translation>Choose the platform…</translation>
    </message>
    <message>
        <source>How the columns write their numbers is read here from the first %1 rows; the import reads it from every row.</source>
        <translation>How the columns write their numbers is read here from the first %1 rows; the import reads it from every row.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportJob</name>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>The import was cancelled; the workspace is unchanged.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportMappingModel</name>
    <message>
        <source>What the column “%1” fills</source>
        <translation>What the column “%1” fills</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>Column %1 of the file: “%2”</source>
        <translation>Column %1 of the file: “%2”</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Choose what each column fills</source>
        <translation>Choose what each column fills</translation>
    </message>
    <message>
        <source>This row is refused: %1</source>
        <translation>This row is refused: %1</translation>
    </message>
    <message>
        <source>Left unknown: %1
The creator is imported without this field.</source>
        <translation>Left unknown: %1
The creator is imported without this field.</translation>
    </message>
    <message>
        <source>In the file: %1
Stored as: %2</source>
        <translation>In the file: %1
Stored as: %2</translation>
    </message>
    <message>
        <source>The file gives no rate here: it is computed from the likes, comments and shares.</source>
        <translation>The file gives no rate here: it is computed from the likes, comments and shares.</translation>
    </message>
    <message>
        <source>Read as your language settings write numbers until you answer how this column writes them (above the table).</source>
        <translation>Read as your language settings write numbers until you answer how this column writes them (above the table).</translation>
    </message>
    <message>
        <source>Line %1 of the file is refused: %2</source>
        <translation>Line %1 of the file is refused: %2</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 of the file: imported, with %n cell(s) left unknown</source>
        <translation>
            <numerusform>Line %1 of the file: imported, with %n cell left unknown</numerusform>
            <numerusform>Line %1 of the file: imported, with %n cells left unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Line %1 of the file</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <source>“%1” is imported.</source>
        <translation>“%1” is imported.</translation>
    </message>
    <message>
        <source>“%1” is imported, except the rejected rows.</source>
        <translation>“%1” is imported, except the rejected rows.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Already in the workspace and left as they were</source>
        <translation>Already in the workspace and left as they were</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Not imported: see the reasons below</source>
        <translation>Not imported: see the reasons below</translation>
    </message>
    <message>
        <source>of %1 rows read</source>
        <translation>of %1 rows read</translation>
    </message>
    <message>
        <source>Rejected rows (not imported):</source>
        <translation>Rejected rows (not imported):</translation>
    </message>
    <message>
        <source>Rejected rows (not imported); the first %1 of %2 are listed:</source>
        <translation>Rejected rows (not imported); the first %1 of %2 are listed:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Save Rejected Rows…</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Import of “%1”: %2 rows read, %3 new, %4 updated, %5 skipped, %6 rejected.</source>
        <translation>Import of “%1”: %2 rows read, %3 new, %4 updated, %5 skipped, %6 rejected.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>“%1” could not be written.</translation>
    </message>
    <message>
        <source>Cells left unknown</source>
        <translation>Cells left unknown</translation>
    </message>
    <message>
        <source>Cells that could not be read: their creators were imported without those fields (listed below)</source>
        <translation>Cells that could not be read: their creators were imported without those fields (listed below)</translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation>How the file was read:</translation>
    </message>
    <message>
        <source>To check, by line: rows refused (not imported), fields left unknown (the creator was imported without them) and rows that repeat a creator:</source>
        <translation>To check, by line: rows refused (not imported), fields left unknown (the creator was imported without them) and rows that repeat a creator:</translation>
    </message>
    <message>
        <source>The first %1 of each kind are listed.</source>
        <translation>The first %1 of each kind are listed.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Save List…</translation>
    </message>
    <message>
        <source>Column %1 does not show its decimal mark; it was read as the language settings write numbers.</source>
        <translation>Column %1 does not show its decimal mark; it was read as the language settings write numbers.</translation>
    </message>
    <message>
        <source>Not settled by the file: %1</source>
        <translation>Not settled by the file: %1</translation>
    </message>
    <message>
        <source>line %1 repeats @%2 from line %3</source>
        <translation>line %1 repeats @%2 from line %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a creator from earlier in the file (%1); the earlier values were kept.</source>
        <translation>
            <numerusform>%n row repeats a creator from earlier in the file (%1); the earlier values were kept.</numerusform>
            <numerusform>%n rows repeat a creator from earlier in the file (%1); the earlier values were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a creator from earlier in the file (%1); the later values were kept.</source>
        <translation>
            <numerusform>%n row repeats a creator from earlier in the file (%1); the later values were kept.</numerusform>
            <numerusform>%n rows repeat a creator from earlier in the file (%1); the later values were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) have more interactions than followers (real on video platforms): imported and flagged.</source>
        <translation>
            <numerusform>%n creator has more interactions than followers (real on video platforms): imported and flagged.</numerusform>
            <numerusform>%n creators have more interactions than followers (real on video platforms): imported and flagged.</numerusform>
        </translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>what happened</translation>
    </message>
    <message>
        <source>%1 cells left unknown.</source>
        <translation>%1 cells left unknown.</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>Save the List</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::InsightsView</name>
    <message>
        <source>&amp;Whole workspace</source>
        <translation>&amp;Whole workspace</translation>
    </message>
    <message>
        <source>Creators’ current &amp;filter</source>
        <translation>Creators’ current &amp;filter</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Reading the creators…</source>
        <translation>Reading the creators…</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>No workspace open.</translation>
    </message>
    <message>
        <source>The workspace settings could not be read: %1</source>
        <translation>The workspace settings could not be read: %1</translation>
    </message>
    <message>
        <source>The chart could not be built: %1</source>
        <translation>The chart could not be built: %1</translation>
    </message>
    <message>
        <source>Creators’ current filter</source>
        <translation>Creators’ current filter</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Whole workspace</translation>
    </message>
    <message>
        <source>(no filter set: every creator)</source>
        <translation>(no filter set: every creator)</translation>
    </message>
    <message>
        <source>1 creator</source>
        <translation>1 creator</translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation>%1 creators</translation>
    </message>
    <message>
        <source>%1 without a follower count (no tier)</source>
        <translation>%1 without a follower count (no tier)</translation>
    </message>
    <message>
        <source>Tiers and Benchmarks</source>
        <translation>Tiers and Benchmarks</translation>
    </message>
    <message>
        <source>The tiers and benchmarks could not be saved.</source>
        <translation>The tiers and benchmarks could not be saved.</translation>
    </message>
    <message>
        <source>Edit Tiers, Benchmarks and ER &amp;Basis…</source>
        <translation>Edit Tiers, Benchmarks and ER &amp;Basis…</translation>
    </message>
    <message>
        <source>ER Basis</source>
        <translation>ER Basis</translation>
    </message>
    <message>
        <source>The engagement rate basis could not be changed.</source>
        <translation>The engagement rate basis could not be changed.</translation>
    </message>
    <message>
        <source>Edit Tiers, Benchmarks and ER Basis</source>
        <translation>Edit Tiers, Benchmarks and ER Basis</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>C&amp;lear Filters</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Show &amp;Sidebar</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>Show &amp;Filters</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Show &amp;Details</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Tierscope</source>
        <translation>&amp;About Tierscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Cannot Open Workspace</translation>
    </message>
    <message>
        <source>Upgraded the workspace; the previous version was kept as %1</source>
        <translation>Upgraded the workspace; the previous version was kept as %1</translation>
    </message>
    <message>
        <source>That creator is not among the rows of the Creators page&apos;s current filter.</source>
        <translation>That creator is not among the rows of the Creators page&apos;s current filter.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>%1 creators · %2 shown</source>
        <translation>%1 creators · %2 shown</translation>
    </message>
    <message>
        <source>Creating %L1 sample creators…</source>
        <translation>Creating %L1 sample creators…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sample Workspace</source>
        <translation>Sample Workspace</translation>
    </message>
    <message>
        <source>The sample data could not be written.</source>
        <translation>The sample data could not be written.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>New Workspace</translation>
    </message>
    <message>
        <source>Tierscope workspaces (*.tierscope)</source>
        <translation>Tierscope workspaces (*.tierscope)</translation>
    </message>
    <message>
        <source>“%1” exists already.</source>
        <translation>“%1” exists already.</translation>
    </message>
    <message>
        <source>Choose another name, or open it with File › Open Workspace.</source>
        <translation>Choose another name, or open it with File › Open Workspace.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>Tierscope workspaces (*.tierscope);;All files (*)</source>
        <translation>Tierscope workspaces (*.tierscope);;All files (*)</translation>
    </message>
    <message>
        <source>About Tierscope</source>
        <translation>About Tierscope</translation>
    </message>
    <message>
        <source>Read-Only Workspace</source>
        <translation>Read-Only Workspace</translation>
    </message>
    <message>
        <source>Open it read-only to look at it and export from it?</source>
        <translation>Open it read-only to look at it and export from it?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Open Read-Only</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::MultiSelectButton</name>
    <message>
        <source>%1, %2 +%3</source>
        <translation>%1, %2 +%3</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::NavigationSidebar</name>
    <message>
        <source>%1 — %2. Drop creators here to add them.</source>
        <translation>%1 — %2. Drop creators here to add them.</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No Recent Workspaces</source>
        <translation>No Recent Workspaces</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RejectedRowsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>repeats @%1 from line %2; this row was skipped</source>
        <translation>repeats @%1 from line %2; this row was skipped</translation>
    </message>
    <message>
        <source>repeats @%1 from line %2; the later values were kept</source>
        <translation>repeats @%1 from line %2; the later values were kept</translation>
    </message>
    <message>
        <source>repeats @%1 from an earlier line; this row was skipped</source>
        <translation>repeats @%1 from an earlier line; this row was skipped</translation>
    </message>
    <message>
        <source>repeats @%1 from an earlier line; the later values were kept</source>
        <translation>repeats @%1 from an earlier line; the later values were kept</translation>
    </message>
    <message>
        <source>row refused</source>
        <translation>row refused</translation>
    </message>
    <message>
        <source>field left unknown</source>
        <translation>field left unknown</translation>
    </message>
    <message>
        <source>repeats a row</source>
        <translation>repeats a row</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ReportFlow</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Save the current campaign plan, shortlist or comparison as a PDF document</source>
        <translation>Save the current campaign plan, shortlist or comparison as a PDF document</translation>
    </message>
    <message>
        <source>Preview and print the current campaign plan, shortlist or comparison</source>
        <translation>Preview and print the current campaign plan, shortlist or comparison</translation>
    </message>
    <message>
        <source>Creator comparison</source>
        <translation>Creator comparison</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nothing to Export</translation>
    </message>
    <message>
        <source>Choose a campaign on the Campaigns page, a shortlist on the Shortlists page, or two or more creators on the Compare page.</source>
        <translation>Choose a campaign on the Campaigns page, a shortlist on the Shortlists page, or two or more creators on the Compare page.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Reading the data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing page 1 of %1…</source>
        <translation>Writing page 1 of %1…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Preview Failed</source>
        <translation>Preview Failed</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n page(s)).</source>
        <translation>
            <numerusform>Exported “%1” (%n page).</numerusform>
            <numerusform>Exported “%1” (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Preview</source>
        <translation>Nothing to Preview</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF on A4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF on US Letter paper (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>Choose a backup of “%1” to restore. The workspace is replaced by the backup; the current file is kept beside it as “%1.before-restore-…”, so nothing is lost.</source>
        <translation>Choose a backup of “%1” to restore. The workspace is replaced by the backup; the current file is kept beside it as “%1.before-restore-…”, so nothing is lost.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Open &amp;Folder</translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. Make one with File › Back Up Now, or turn on the daily backup in File › Backup Settings.</source>
        <translation>There are no backups of “%1” yet. Make one with File › Back Up Now, or turn on the daily backup in File › Backup Settings.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ResultsBars</name>
    <message>
        <source>Forecast against actual per creator</source>
        <translation>Forecast against actual per creator</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>engagements</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impressions</translation>
    </message>
    <message>
        <source>views</source>
        <translation>views</translation>
    </message>
    <message>
        <source>Forecast: %1 %2 for %3 deliverables</source>
        <translation>Forecast: %1 %2 for %3 deliverables</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Forecast: %1</translation>
    </message>
    <message>
        <source>Actual to date: %1 %2 from %3 of %4 deliverables</source>
        <translation>Actual to date: %1 %2 from %3 of %4 deliverables</translation>
    </message>
    <message>
        <source>Forecast for those deliverables: %1 (actual %2 of it)</source>
        <translation>Forecast for those deliverables: %1 (actual %2 of it)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ResultsChart</name>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Impressions and views</source>
        <translation>Impressions and views</translation>
    </message>
    <message>
        <source>Expected engagements against likes + comments + shares, or expected impressions against views</source>
        <translation>Expected engagements against likes + comments + shares, or expected impressions against views</translation>
    </message>
    <message>
        <source>Roster order</source>
        <translation>Roster order</translation>
    </message>
    <message>
        <source>Largest forecast first</source>
        <translation>Largest forecast first</translation>
    </message>
    <message>
        <source>Largest result first</source>
        <translation>Largest result first</translation>
    </message>
    <message>
        <source>Furthest below forecast first</source>
        <translation>Furthest below forecast first</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Compare:</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sort:</translation>
    </message>
    <message>
        <source>Forecast engagements</source>
        <translation>Forecast engagements</translation>
    </message>
    <message>
        <source>Forecast impressions</source>
        <translation>Forecast impressions</translation>
    </message>
    <message>
        <source>Actual engagements to date</source>
        <translation>Actual engagements to date</translation>
    </message>
    <message>
        <source>Actual views to date</source>
        <translation>Actual views to date</translation>
    </message>
    <message>
        <source>Add creators to the roster to set their forecast beside their results.</source>
        <translation>Add creators to the roster to set their forecast beside their results.</translation>
    </message>
    <message>
        <source>No entry has a forecast or results yet: plan deliverables on the roster.</source>
        <translation>No entry has a forecast or results yet: plan deliverables on the roster.</translation>
    </message>
    <message>
        <source>%1 engagements to date against %2 forecast for the same deliverables (%3)</source>
        <translation>%1 engagements to date against %2 forecast for the same deliverables (%3)</translation>
    </message>
    <message>
        <source>%1 views to date against %2 impressions forecast for the same deliverables (%3)</source>
        <translation>%1 views to date against %2 impressions forecast for the same deliverables (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 entries with results</source>
        <translation>%1 of %2 entries with results</translation>
    </message>
    <message>
        <source>1 entry without a forecast or results not shown</source>
        <translation>1 entry without a forecast or results not shown</translation>
    </message>
    <message>
        <source>%1 entries without a forecast or results not shown</source>
        <translation>%1 entries without a forecast or results not shown</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ResultsImportDialog</name>
    <message>
        <source>Import Results into “%1”</source>
        <translation>Import Results into “%1”</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>C&amp;hoose File…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Each row finds its deliverable by its deliverable ID, else by a post URL the deliverable already has, else by the creator&apos;s handle (with the platform and the kind when the creator has several deliverables). Empty cells leave the results as they are. Check what each column fills, and change it in the list above the column:</source>
        <translation>Each row finds its deliverable by its deliverable ID, else by a post URL the deliverable already has, else by the creator&apos;s handle (with the platform and the kind when the creator has several deliverables). Empty cells leave the results as they are. Check what each column fills, and change it in the list above the column:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Import Results</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (1 row shown)</source>
        <translation>%1 (1 row shown)</translation>
    </message>
    <message>
        <source>%1 (%2 rows shown)</source>
        <translation>%1 (%2 rows shown)</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Choose a campaign first.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>The workspace is read-only.</translation>
    </message>
    <message>
        <source>Choose the CSV file with the campaign&apos;s results.</source>
        <translation>Choose the CSV file with the campaign&apos;s results.</translation>
    </message>
    <message>
        <source>Import results from “%1”</source>
        <translation>Import results from “%1”</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RosterCardDelegate</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RosterModel</name>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 overdue)</translation>
    </message>
    <message>
        <source>Followers × the platform&apos;s default view rate (avg views unknown) × %1 deliverables</source>
        <translation>Followers × the platform&apos;s default view rate (avg views unknown) × %1 deliverables</translation>
    </message>
    <message>
        <source>Avg views × %1 deliverables</source>
        <translation>Avg views × %1 deliverables</translation>
    </message>
    <message>
        <source>Needs deliverables and followers</source>
        <translation>Needs deliverables and followers</translation>
    </message>
    <message>
        <source>Followers × ER × deliverables</source>
        <translation>Followers × ER × deliverables</translation>
    </message>
    <message>
        <source>Fee ÷ expected engagements</source>
        <translation>Fee ÷ expected engagements</translation>
    </message>
    <message>
        <source>Fee ÷ expected impressions × 1,000</source>
        <translation>Fee ÷ expected impressions × 1,000</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Mark %1 as %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” is not an amount in %2.</translation>
    </message>
    <message>
        <source>Set the fee of %1</source>
        <translation>Set the fee of %1</translation>
    </message>
    <message>
        <source>Edit the usage rights of %1</source>
        <translation>Edit the usage rights of %1</translation>
    </message>
    <message>
        <source>Edit the contact of %1</source>
        <translation>Edit the contact of %1</translation>
    </message>
    <message>
        <source>Edit the notes on %1</source>
        <translation>Edit the notes on %1</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Exp. impressions</source>
        <translation>Exp. impressions</translation>
    </message>
    <message>
        <source>Exp. engagements</source>
        <translation>Exp. engagements</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Actual ER</source>
        <translation>Actual ER</translation>
    </message>
    <message>
        <source>Actual CPE</source>
        <translation>Actual CPE</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>Usage rights</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RosterPane</name>
    <message>
        <source>Pipeline &amp;Board</source>
        <translation>Pipeline &amp;Board</translation>
    </message>
    <message>
        <source>Show the roster as a board, one column per stage</source>
        <translation>Show the roster as a board, one column per stage</translation>
    </message>
    <message>
        <source>&amp;Remove from Roster</source>
        <translation>&amp;Remove from Roster</translation>
    </message>
    <message>
        <source>&amp;Fill the Budget…</source>
        <translation>&amp;Fill the Budget…</translation>
    </message>
    <message>
        <source>Suggest creators from a shortlist that fit the money left</source>
        <translation>Suggest creators from a shortlist that fit the money left</translation>
    </message>
    <message>
        <source>Drag creators here from Creators or a shortlist</source>
        <translation>Drag creators here from Creators or a shortlist</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::SampleWorkspaceJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>Filter shortcuts…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Other Actions</source>
        <translation>Other Actions</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistChooser</name>
    <message>
        <source>Add %1 to:</source>
        <translation>Add %1 to:</translation>
    </message>
    <message>
        <source>&amp;New Shortlist…</source>
        <translation>&amp;New Shortlist…</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistEditor</name>
    <message>
        <source>Tierscope</source>
        <translation>Tierscope</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A shortlist needs a name.</source>
        <translation>A shortlist needs a name.</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists.</source>
        <translation>A shortlist named “%1” already exists.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Choose another name.</translation>
    </message>
    <message>
        <source>New Shortlist</source>
        <translation>New Shortlist</translation>
    </message>
    <message>
        <source>Name of the new shortlist:</source>
        <translation>Name of the new shortlist:</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>Rename Shortlist</source>
        <translation>Rename Shortlist</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Duplicate Shortlist</source>
        <translation>Duplicate Shortlist</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistEntriesPane</name>
    <message>
        <source>Cannot Read the Shortlist</source>
        <translation>Cannot Read the Shortlist</translation>
    </message>
    <message>
        <source>&amp;Remove from Shortlist</source>
        <translation>&amp;Remove from Shortlist</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Edit &amp;Note</translation>
    </message>
    <message>
        <source>Open in &amp;Compare</source>
        <translation>Open in &amp;Compare</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <source>No shortlist yet.

Create one with New Shortlist, or select creators on the Creators page and press %1.</source>
        <translation>No shortlist yet.

Create one with New Shortlist, or select creators on the Creators page and press %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” is empty.

On the Creators page, select creators and press %2, or drag them onto this shortlist in the sidebar.</source>
        <translation>“%1” is empty.

On the Creators page, select creators and press %2, or drag them onto this shortlist in the sidebar.</translation>
    </message>
    <message>
        <source>Select %1 to %2 creators to compare them side by side</source>
        <translation>Select %1 to %2 creators to compare them side by side</translation>
    </message>
    <message>
        <source>Available once the Compare view exists</source>
        <translation>Available once the Compare view exists</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Reset Columns</translation>
    </message>
    <message>
        <source>Export Shortlist</source>
        <translation>Export Shortlist</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” cannot be written.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Add to Cam&amp;paign…</source>
        <translation>Add to Cam&amp;paign…</translation>
    </message>
    <message>
        <source>Add the selected creators to a campaign&apos;s roster</source>
        <translation>Add the selected creators to a campaign&apos;s roster</translation>
    </message>
    <message>
        <source>Available once the Campaigns view exists</source>
        <translation>Available once the Campaigns view exists</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistEntryModel</name>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Place in the shortlist; drag rows to reorder</source>
        <translation>Place in the shortlist; drag rows to reorder</translation>
    </message>
    <message>
        <source>Undecided, yes, maybe or no</source>
        <translation>Undecided, yes, maybe or no</translation>
    </message>
    <message>
        <source>Your note on this creator for this shortlist</source>
        <translation>Your note on this creator for this shortlist</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists; choose another name.</source>
        <translation>A shortlist named “%1” already exists; choose another name.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistsView</name>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Rename, duplicate or delete the shortlist</source>
        <translation>Rename, duplicate or delete the shortlist</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <source>&amp;New Shortlist…</source>
        <translation>&amp;New Shortlist…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <source>&amp;Delete Shortlist</source>
        <translation>&amp;Delete Shortlist</translation>
    </message>
    <message>
        <source>Shortlist deleted. Undo with %1 to bring it back.</source>
        <translation>Shortlist deleted. Undo with %1 to bring it back.</translation>
    </message>
    <message>
        <source>This workspace is read-only: its shortlists cannot change.</source>
        <translation>This workspace is read-only: its shortlists cannot change.</translation>
    </message>
    <message>
        <source>Added %1 to a new shortlist</source>
        <translation>Added %1 to a new shortlist</translation>
    </message>
    <message>
        <source>Added %1 to “%2”</source>
        <translation>Added %1 to “%2”</translation>
    </message>
    <message>
        <source>Already on “%1”</source>
        <translation>Already on “%1”</translation>
    </message>
    <message>
        <source>All of them are on “%1” already</source>
        <translation>All of them are on “%1” already</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::TierChartWidget</name>
    <message>
        <source>No data yet.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::TierSummaryModel</name>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Median ER</source>
        <translation>Median ER</translation>
    </message>
    <message>
        <source>Middle half of ER</source>
        <translation>Middle half of ER</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Median vs benchmark</source>
        <translation>Median vs benchmark</translation>
    </message>
    <message>
        <source>Median followers</source>
        <translation>Median followers</translation>
    </message>
    <message>
        <source>Median fee</source>
        <translation>Median fee</translation>
    </message>
    <message>
        <source>Median est. CPE</source>
        <translation>Median est. CPE</translation>
    </message>
    <message>
        <source>Median authenticity</source>
        <translation>Median authenticity</translation>
    </message>
    <message>
        <source>Share of all matching creators (those of unknown followers have no tier)</source>
        <translation>Share of all matching creators (those of unknown followers have no tier)</translation>
    </message>
    <message>
        <source>Inter-quartile range: half of the tier&apos;s creators have an ER in it</source>
        <translation>Inter-quartile range: half of the tier&apos;s creators have an ER in it</translation>
    </message>
    <message>
        <source>Fees in %1 only: there are no exchange rates offline</source>
        <translation>Fees in %1 only: there are no exchange rates offline</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 +</source>
        <translation>%1 +</translation>
    </message>
    <message>
        <source>Over the %1 creators of this tier with a known ER</source>
        <translation>Over the %1 creators of this tier with a known ER</translation>
    </message>
    <message>
        <source>The tier&apos;s benchmark ER on each basis its creators&apos; ERs are on (by followers, by views)</source>
        <translation>The tier&apos;s benchmark ER on each basis its creators&apos; ERs are on (by followers, by views)</translation>
    </message>
    <message>
        <source>Median of each ER minus the tier&apos;s benchmark on the same basis (by followers or by views), in percentage points</source>
        <translation>Median of each ER minus the tier&apos;s benchmark on the same basis (by followers or by views), in percentage points</translation>
    </message>
    <message>
        <source>%1 by views</source>
        <translation>%1 by views</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Benchmark by followers: %1</source>
        <translation>Benchmark by followers: %1</translation>
    </message>
    <message>
        <source>Benchmark by views: %1</source>
        <translation>Benchmark by views: %1</translation>
    </message>
    <message>
        <source>%1 of the %2 known ERs are by views</source>
        <translation>%1 of the %2 known ERs are by views</translation>
    </message>
    <message>
        <source>Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) for an ER by views</source>
        <translation>Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) for an ER by views</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::UserGuideDialog</name>
    <message>
        <source>Tierscope User Guide</source>
        <translation>Tierscope User Guide</translation>
    </message>
</context>
</TS>
