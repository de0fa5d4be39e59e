// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/campaign_plan.h"
#include "core/io/results_row_reader.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace tierscope::core {

// Finds the deliverable of one campaign that a results row is about. The rule, first that applies:
// 1. A deliverable ID: the deliverable with that ID, which must be in this campaign.
// 2. A URL that a deliverable of this campaign already has (compared without scheme, "www.",
//    trailing slash and tracking parameters such as utm_*, igshid or si): that deliverable.
// 3. The creator's handle, narrowed by the platform (platform column, else the host of the
//    handle or of the URL) and the deliverable kind when the row gives them. When the row has a
//    URL, deliverables that already hold another URL are other posts and are left out.
// Exactly one deliverable must remain: none, or several (a creator with two reels and no URLs
// yet), rejects the row with a reason that says what would tell them apart. Under rules 1 and 2,
// a handle, platform or kind on the row that contradicts the deliverable found rejects it too.
class DeliverableMatcher
{
    Q_DECLARE_TR_FUNCTIONS(DeliverableMatcher)
public:
    explicit DeliverableMatcher(const CampaignPlan &plan);

    // The deliverable's ID, or 0 with the reason in *why.
    qint64 find(const ResultsRow &row, QString *why) const;

    const Deliverable *deliverable(qint64 id) const;

    // The form under which two URLs of one post compare equal.
    static QString urlKey(const QString &url);

private:
    struct Candidate
    {
        const Deliverable *deliverable = nullptr;
        const Creator *creator = nullptr;
    };
    QString contradiction(const ResultsRow &row, const Candidate &c) const;
    QString describe(const Candidate &c) const;

    const CampaignPlan &m_plan;
    QList<Candidate> m_all;
    QHash<qint64, qsizetype> m_byId;              // deliverable id → index in m_all
    QMultiHash<QString, qsizetype> m_byUrl;       // urlKey → indexes in m_all
};

} // namespace tierscope::core
