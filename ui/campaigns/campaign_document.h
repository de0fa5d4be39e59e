// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/budget_summary.h"
#include "core/campaigns/campaign_plan.h"
#include "core/campaigns/forecast.h"
#include "core/domain/tier_scheme.h"

#include <QDate>
#include <QObject>

namespace tierscope::core {
class Clock;
class Workspace;
}

namespace tierscope::ui {

// The campaign shown on the Campaigns page, loaded whole (brief, roster, deliverables, creators,
// constants) with its budget and forecast worked out. Reloads when the workspace says campaigns,
// creators or settings changed; the roster table, the board, the deliverables and the budget
// panel all read from here, so they always agree.
class CampaignDocument : public QObject
{
    Q_OBJECT
public:
    explicit CampaignDocument(QObject *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    core::Workspace *workspace() const { return m_workspace; }
    // The clock that says what "today" is, for overdue deliverables (tests fix it).
    void setClock(const core::Clock *clock);
    QDate today() const;

    void setCampaign(qint64 campaignId); // 0: none
    qint64 campaignId() const { return m_plan.campaign.id; }
    bool isLoaded() const { return m_plan.campaign.id > 0; }
    void reload();

    const core::CampaignPlan &plan() const { return m_plan; }
    const core::CampaignForecast &forecast() const { return m_forecast; }
    const core::BudgetSummary &budget() const { return m_budget; }
    const core::TierScheme &scheme() const { return m_scheme; }
    const QString &currency() const { return m_plan.campaign.currency(); }

    // Roster entry by id (nullptr when not on the roster) and its creator.
    const core::RosterEntry *entry(qint64 entryId) const;
    const core::Creator *creatorOf(qint64 entryId) const;
    QString handleOf(qint64 entryId) const; // "@anna.fit"
    QList<core::Deliverable> deliverables(qint64 entryId) const;
    int overdueCount(qint64 entryId) const;
    int overdueCount() const; // whole campaign

signals:
    // The roster changed in membership or order: views reset.
    void rosterReset();
    // Same entries, new values (stage, fee, deliverables, brief …).
    void changed();
    void errorOccurred(const QString &message);

private:
    void load(bool forceReset);

    core::Workspace *m_workspace = nullptr;
    const core::Clock *m_clock = nullptr;
    qint64 m_wanted = 0;
    core::CampaignPlan m_plan;
    core::CampaignForecast m_forecast;
    core::BudgetSummary m_budget;
    core::TierScheme m_scheme;
};

} // namespace tierscope::ui
