// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_er_bases_command.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>

namespace tierscope::ui {

SetErBasesCommand::SetErBasesCommand(core::Workspace &workspace, core::ErBases before,
                                     core::ErBases after, Apply apply, ErrorHandler onError,
                                     QUndoCommand *parent)
    : QUndoCommand(parent),
      m_workspace(workspace),
      m_before(before),
      m_after(after),
      m_apply(std::move(apply)),
      m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("SetErBasesCommand", "Change ER Basis"));
}

void SetErBasesCommand::redo()
{
    apply(m_after, true);
}

void SetErBasesCommand::undo()
{
    apply(m_before, false);
}

void SetErBasesCommand::apply(const core::ErBases &bases, bool cancellable)
{
    const core::Status s =
        m_apply ? m_apply(bases, cancellable)
                : core::SettingsRepository(m_workspace.database(), m_workspace.events())
                      .setErBases(bases);
    if (!s)
        return;
    setObsolete(true);
    if (m_onError && s.code != core::Error::Code::Cancelled)
        m_onError(s);
}

} // namespace tierscope::ui
