// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/engagement.h"

#include <QUndoCommand>

#include <functional>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Changes the workspace's ER basis per platform; undo puts the previous bases back. Either way
// the computed ERs of the platforms that change are recomputed with the setting, in one
// transaction (core::SettingsRepository::setErBases), so the rates always match the setting.
// A recompute takes seconds at a million creators: `apply` runs it (ErBasisJob: on a worker,
// with progress); without one it runs here. A redo may be cancelled: then, or when a step
// fails, nothing changed and the command is obsolete; a failure is reported.
class SetErBasesCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const core::Error &)>;
    // Stores the bases and recomputes; `cancellable` is false for undo, which must not stop
    // halfway in the stack's history.
    using Apply = std::function<core::Status(const core::ErBases &bases, bool cancellable)>;

    SetErBasesCommand(core::Workspace &workspace, core::ErBases before, core::ErBases after,
                      Apply apply = {}, ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const core::ErBases &bases, bool cancellable);

    core::Workspace &m_workspace;
    core::ErBases m_before;
    core::ErBases m_after;
    Apply m_apply;
    ErrorHandler m_onError;
};

} // namespace tierscope::ui
