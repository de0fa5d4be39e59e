// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlist_editor.h"

#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "ui/commands/add_to_shortlist_command.h"
#include "ui/commands/create_shortlist_command.h"
#include "ui/commands/delete_shortlist_command.h"
#include "ui/commands/duplicate_shortlist_command.h"
#include "ui/commands/remove_from_shortlist_command.h"
#include "ui/commands/rename_shortlist_command.h"
#include "ui/commands/reorder_shortlist_command.h"
#include "ui/commands/set_shortlist_note_command.h"
#include "ui/commands/set_shortlist_verdict_command.h"
#include "ui/common/message_box.h"

#include <QInputDialog>
#include <QUndoStack>
#include <QWidget>

namespace tierscope::ui {

ShortlistEditor::ShortlistEditor(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
    m_prompt = [this](const QString &title, const QString &label,
                      const QString &suggestion) -> std::optional<QString> {
        bool ok = false;
        const QString name = QInputDialog::getText(m_dialogParent, title, label,
                                                   QLineEdit::Normal, suggestion, &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    };
}

void ShortlistEditor::setWorkspace(core::Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
}

bool ShortlistEditor::canEdit() const
{
    return m_workspace && m_undoStack && !m_workspace->isReadOnly();
}

void ShortlistEditor::report(const core::Error &error)
{
    // Queued: a failure can happen inside an undo step.
    QMetaObject::invokeMethod(this, [this, error] {
        MessageBox::warning(m_dialogParent, tr("Tierscope"), error.message);
    }, Qt::QueuedConnection);
}

bool ShortlistEditor::push(ShortlistCommand *command)
{
    // A command whose first step fails (or changes nothing) makes itself obsolete and the
    // stack drops it.
    const int before = m_undoStack->count();
    const int index = m_undoStack->index();
    m_undoStack->push(command);
    return m_undoStack->count() != before || m_undoStack->index() != index;
}

QString ShortlistEditor::nameOf(qint64 id) const
{
    const auto s = core::ShortlistRepository(m_workspace->database()).get(id);
    return s ? s->name : QString();
}

bool ShortlistEditor::isNameFree(const QString &name, qint64 exceptId) const
{
    if (!m_workspace)
        return false;
    // The repository's rule: unique ignoring case, compared in Qt (not ASCII-only NOCASE).
    const auto all = core::ShortlistRepository(m_workspace->database()).list();
    if (!all)
        return true; // the write will say what is wrong
    for (const core::Shortlist &s : *all) {
        if (s.id != exceptId && s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

QString ShortlistEditor::freeName(const QString &base) const
{
    if (isNameFree(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = tr("%1 %2").arg(base).arg(n);
        if (isNameFree(name))
            return name;
    }
}

qint64 ShortlistEditor::create(const QString &name)
{
    if (!canEdit())
        return 0;
    return createWithCreators(name, {});
}

bool ShortlistEditor::rename(qint64 id, const QString &name)
{
    if (!canEdit())
        return false;
    const QString before = nameOf(id);
    if (name.trimmed() == before)
        return false;
    return push(new RenameShortlistCommand(*m_workspace, id, before, name,
                                           [this](const core::Error &e) { report(e); }));
}

qint64 ShortlistEditor::duplicate(qint64 id, const QString &newName)
{
    if (!canEdit())
        return 0;
    auto *command = new DuplicateShortlistCommand(*m_workspace, id, newName,
                                                  [this](const core::Error &e) { report(e); });
    if (!push(command))
        return 0;
    return command->copyId();
}

bool ShortlistEditor::remove(qint64 id)
{
    if (!canEdit())
        return false;
    return push(new DeleteShortlistCommand(*m_workspace, id, nameOf(id),
                                           [this](const core::Error &e) { report(e); }));
}

int ShortlistEditor::addCreators(qint64 shortlistId, const QList<qint64> &creatorIds)
{
    if (!canEdit() || creatorIds.isEmpty())
        return 0;
    auto *command = new AddToShortlistCommand(*m_workspace, shortlistId, nameOf(shortlistId),
                                              creatorIds,
                                              [this](const core::Error &e) { report(e); });
    if (!push(command))
        return 0;
    return command->addedCount();
}

qint64 ShortlistEditor::createWithCreators(const QString &name, const QList<qint64> &creatorIds)
{
    if (!canEdit())
        return 0;
    auto *command = new CreateShortlistCommand(*m_workspace, name, creatorIds,
                                               [this](const core::Error &e) { report(e); });
    if (!push(command))
        return 0;
    return command->shortlistId();
}

bool ShortlistEditor::removeCreators(qint64 shortlistId, const QList<qint64> &creatorIds)
{
    if (!canEdit() || creatorIds.isEmpty())
        return false;
    return push(new RemoveFromShortlistCommand(*m_workspace, shortlistId, nameOf(shortlistId),
                                               creatorIds,
                                               [this](const core::Error &e) { report(e); }));
}

bool ShortlistEditor::reorder(qint64 shortlistId, const QList<qint64> &order)
{
    if (!canEdit())
        return false;
    return push(new ReorderShortlistCommand(*m_workspace, shortlistId, nameOf(shortlistId), order,
                                            [this](const core::Error &e) { report(e); }));
}

bool ShortlistEditor::setNote(qint64 shortlistId, qint64 creatorId, const QString &handle,
                              const QString &before, const QString &after)
{
    if (!canEdit() || before == after)
        return false;
    return push(new SetShortlistNoteCommand(*m_workspace, shortlistId, creatorId, handle, before,
                                            after, [this](const core::Error &e) { report(e); }));
}

bool ShortlistEditor::setVerdict(qint64 shortlistId, const QHash<qint64, core::Verdict> &before,
                                 core::Verdict after)
{
    if (!canEdit())
        return false;
    QHash<qint64, core::Verdict> changing;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.value() != after)
            changing.insert(it.key(), it.value());
    }
    if (changing.isEmpty())
        return false;
    return push(new SetShortlistVerdictCommand(*m_workspace, shortlistId, changing, after,
                                               [this](const core::Error &e) { report(e); }));
}

std::optional<QString> ShortlistEditor::askName(const QString &title, const QString &label,
                                                const QString &suggestion, qint64 exceptId)
{
    QString name = suggestion;
    for (;;) {
        const auto answer = m_prompt(title, label, name);
        if (!answer)
            return std::nullopt;
        name = answer->trimmed();
        if (name.isEmpty()) {
            MessageBox::warning(m_dialogParent, title, tr("A shortlist needs a name."));
            name = suggestion;
            continue;
        }
        if (isNameFree(name, exceptId))
            return name;
        MessageBox::warning(m_dialogParent, title,
                            tr("A shortlist named “%1” already exists.").arg(name),
                            tr("Choose another name."));
    }
}

qint64 ShortlistEditor::createInteractive(const QList<qint64> &creatorIds)
{
    if (!canEdit())
        return 0;
    const auto name = askName(tr("New Shortlist"), tr("Name of the new shortlist:"),
                              freeName(tr("Shortlist")), 0);
    return name ? createWithCreators(*name, creatorIds) : 0;
}

bool ShortlistEditor::renameInteractive(qint64 id)
{
    if (!canEdit())
        return false;
    const auto name = askName(tr("Rename Shortlist"), tr("New name:"), nameOf(id), id);
    return name && rename(id, *name);
}

qint64 ShortlistEditor::duplicateInteractive(qint64 id)
{
    if (!canEdit())
        return 0;
    const auto name = askName(tr("Duplicate Shortlist"), tr("Name of the copy:"),
                              freeName(tr("%1 (copy)").arg(nameOf(id))), 0);
    return name ? duplicate(id, *name) : 0;
}

} // namespace tierscope::ui
