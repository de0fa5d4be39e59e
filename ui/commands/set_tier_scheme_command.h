// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/tier_scheme.h"

#include <QUndoCommand>

#include <functional>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Replaces the workspace's tier scheme (thresholds, benchmarks and their sources, per-platform
// benchmarks); undo puts the previous one back exactly. Saving emits settingsChanged, so tiers,
// tables and charts follow at once. A failed step reports its error and makes the command
// obsolete.
class SetTierSchemeCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const core::Error &)>;

    SetTierSchemeCommand(core::Workspace &workspace, core::TierScheme before,
                         core::TierScheme after, ErrorHandler onError = {},
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const core::TierScheme &scheme);

    core::Workspace &m_workspace;
    core::TierScheme m_before;
    core::TierScheme m_after;
    ErrorHandler m_onError;
};

} // namespace tierscope::ui
