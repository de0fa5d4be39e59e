// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/campaign_repository.h"

#include <QUndoCommand>

#include <functional>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Base of the undoable campaign edits (brief, roster, deliverables): the workspace's campaign
// repository and one way to fail. A step that fails reports its error and marks the command
// obsolete, so the undo stack drops it instead of keeping a step that did not happen.
class CampaignCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const core::Error &)>;

protected:
    CampaignCommand(core::Workspace &workspace, ErrorHandler onError, QUndoCommand *parent);

    core::Workspace &workspace() const { return m_workspace; }
    core::CampaignRepository campaigns() const;
    bool succeeded(const core::Status &status);
    template<typename T>
    bool succeeded(const core::Result<T> &result)
    {
        return succeeded(result ? core::Status{} : result.error());
    }

private:
    core::Workspace &m_workspace;
    ErrorHandler m_onError;
};

} // namespace tierscope::ui
