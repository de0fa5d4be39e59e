// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/campaign_document.h"

#include "core/campaigns/campaign_plan_loader.h"
#include "core/common/clock.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"

namespace tierscope::ui {

CampaignDocument::CampaignDocument(QObject *parent) : QObject(parent) {}

void CampaignDocument::setWorkspace(core::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace->events(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_wanted = 0;
    if (m_workspace) {
        core::WorkspaceEvents *events = m_workspace->events();
        connect(events, &core::WorkspaceEvents::campaignsChanged, this, &CampaignDocument::reload);
        connect(events, &core::WorkspaceEvents::creatorsChanged, this, &CampaignDocument::reload);
        connect(events, &core::WorkspaceEvents::creatorUpdated, this, &CampaignDocument::reload);
        connect(events, &core::WorkspaceEvents::settingsChanged, this, &CampaignDocument::reload);
    }
    load(true);
}

void CampaignDocument::setClock(const core::Clock *clock)
{
    m_clock = clock;
    emit changed();
}

QDate CampaignDocument::today() const
{
    return (m_clock ? *m_clock : core::Clock::system()).today();
}

void CampaignDocument::setCampaign(qint64 campaignId)
{
    if (campaignId == m_wanted && campaignId == m_plan.campaign.id)
        return;
    m_wanted = campaignId;
    load(true);
}

void CampaignDocument::reload()
{
    load(false);
}

void CampaignDocument::load(bool forceReset)
{
    QList<qint64> before;
    for (const core::RosterEntry &e : std::as_const(m_plan.roster))
        before << e.id;
    const qint64 beforeCampaign = m_plan.campaign.id;

    core::CampaignPlan plan;
    if (m_workspace && m_wanted > 0) {
        auto loaded = core::loadCampaignPlan(m_workspace->database(), m_wanted);
        if (loaded) {
            plan = std::move(loaded).value();
        } else if (loaded.error().code != core::Error::Code::NotFound) {
            emit errorOccurred(loaded.error().message);
        }
        const auto scheme = core::SettingsRepository(m_workspace->database()).tierScheme();
        m_scheme = scheme ? *scheme : core::TierScheme::defaults();
    }
    m_plan = std::move(plan);
    m_forecast = core::forecastCampaign(m_plan);
    m_budget = core::summarizeBudget(m_plan, m_scheme);

    QList<qint64> after;
    for (const core::RosterEntry &e : std::as_const(m_plan.roster))
        after << e.id;
    if (forceReset || before != after || beforeCampaign != m_plan.campaign.id)
        emit rosterReset();
    emit changed();
}

const core::RosterEntry *CampaignDocument::entry(qint64 entryId) const
{
    for (const core::RosterEntry &e : m_plan.roster) {
        if (e.id == entryId)
            return &e;
    }
    return nullptr;
}

const core::Creator *CampaignDocument::creatorOf(qint64 entryId) const
{
    const core::RosterEntry *e = entry(entryId);
    return e ? m_plan.creatorOf(*e) : nullptr;
}

QString CampaignDocument::handleOf(qint64 entryId) const
{
    const core::Creator *c = creatorOf(entryId);
    return c ? QStringLiteral("@") + c->handle : tr("(deleted creator)");
}

QList<core::Deliverable> CampaignDocument::deliverables(qint64 entryId) const
{
    return m_plan.deliverables.value(entryId);
}

int CampaignDocument::overdueCount(qint64 entryId) const
{
    // A declined entry left the pipeline: its deliverables are no longer expected.
    const core::RosterEntry *e = entry(entryId);
    if (!e || !core::inPipeline(e->stage))
        return 0;
    const QDate day = today();
    int n = 0;
    for (const core::Deliverable &d : m_plan.deliverables.value(entryId)) {
        if (d.isOverdue(day))
            ++n;
    }
    return n;
}

int CampaignDocument::overdueCount() const
{
    int n = 0;
    for (const core::RosterEntry &e : m_plan.roster)
        n += overdueCount(e.id);
    return n;
}

} // namespace tierscope::ui
