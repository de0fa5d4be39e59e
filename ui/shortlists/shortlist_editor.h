// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/shortlist.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class ShortlistCommand;

// Makes the edits of shortlists as undo steps on the workspace's stack; the Shortlists view,
// the chooser, the sidebar and tests use it. Failures are reported through MessageBox.
class ShortlistEditor : public QObject
{
    Q_OBJECT
public:
    // Asks for a name (title, label, suggestion); nullopt when cancelled. Tests replace it.
    using NamePrompt = std::function<std::optional<QString>(const QString &title,
                                                            const QString &label,
                                                            const QString &suggestion)>;

    explicit ShortlistEditor(QWidget *dialogParent);

    void setWorkspace(core::Workspace *workspace, QUndoStack *undoStack);
    core::Workspace *workspace() const { return m_workspace; }
    bool canEdit() const;
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }

    // Each is one undo step; 0 / false / nothing when nothing was changed.
    qint64 create(const QString &name);
    bool rename(qint64 id, const QString &name);
    qint64 duplicate(qint64 id, const QString &newName);
    bool remove(qint64 id);
    int addCreators(qint64 shortlistId, const QList<qint64> &creatorIds); // how many were added
    qint64 createWithCreators(const QString &name, const QList<qint64> &creatorIds);
    bool removeCreators(qint64 shortlistId, const QList<qint64> &creatorIds);
    bool reorder(qint64 shortlistId, const QList<qint64> &order);
    bool setNote(qint64 shortlistId, qint64 creatorId, const QString &handle,
                 const QString &before, const QString &after);
    bool setVerdict(qint64 shortlistId, const QHash<qint64, core::Verdict> &before,
                    core::Verdict after);

    // Asking first, through the name prompt; a taken name is said and asked again.
    qint64 createInteractive(const QList<qint64> &creatorIds = {});
    bool renameInteractive(qint64 id);
    qint64 duplicateInteractive(qint64 id);

    // "Shortlist", "Shortlist 2", …: the first name not taken (ignoring case).
    QString freeName(const QString &base) const;
    bool isNameFree(const QString &name, qint64 exceptId = 0) const;

private:
    bool push(ShortlistCommand *command);
    void report(const core::Error &error);
    QString nameOf(qint64 id) const;
    std::optional<QString> askName(const QString &title, const QString &label,
                                   const QString &suggestion, qint64 exceptId);

    QWidget *m_dialogParent;
    core::Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    NamePrompt m_prompt;
};

} // namespace tierscope::ui
