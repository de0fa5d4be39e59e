// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/add_creator_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

AddCreatorCommand::AddCreatorCommand(core::Workspace &workspace, const core::Creator &creator,
                                     ErrorHandler onError, QUndoCommand *parent)
    : CreatorCommand(workspace, std::move(onError), parent), m_creator(creator)
{
    m_creator.id = 0;
    setText(QCoreApplication::translate("AddCreatorCommand", "Add @%1")
                .arg(core::Creator::normaliseHandle(creator.handle)));
}

void AddCreatorCommand::redo()
{
    core::CreatorRepository repo = creators();
    if (m_creator.id > 0) {
        succeeded(repo.restore(m_creator));
        return;
    }
    const auto id = repo.insert(m_creator);
    if (!succeeded(id ? core::Status{} : id.error()))
        return;
    // Keep the stored form (normalised handle, times) so a later redo restores it exactly.
    if (auto stored = repo.get(*id))
        m_creator = std::move(stored).value();
    else
        m_creator.id = *id;
}

void AddCreatorCommand::undo()
{
    succeeded(creators().remove(m_creator.id));
}

} // namespace tierscope::ui
