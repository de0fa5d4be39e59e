// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_tier_scheme_command.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>

namespace tierscope::ui {

SetTierSchemeCommand::SetTierSchemeCommand(core::Workspace &workspace, core::TierScheme before,
                                           core::TierScheme after, ErrorHandler onError,
                                           QUndoCommand *parent)
    : QUndoCommand(parent),
      m_workspace(workspace),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("SetTierSchemeCommand", "Edit Tiers and Benchmarks"));
}

void SetTierSchemeCommand::redo()
{
    apply(m_after);
}

void SetTierSchemeCommand::undo()
{
    apply(m_before);
}

void SetTierSchemeCommand::apply(const core::TierScheme &scheme)
{
    const core::Status s =
        core::SettingsRepository(m_workspace.database(), m_workspace.events()).setTierScheme(scheme);
    if (!s)
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(s);
}

} // namespace tierscope::ui
