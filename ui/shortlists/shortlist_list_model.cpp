// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlist_list_model.h"
#include "ui/common/plain_text.h"

#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "ui/common/count_text.h"
#include "ui/common/creator_mime.h"
#include "ui/shortlists/shortlist_editor.h"

#include <QLocale>
#include <QTimer>

namespace tierscope::ui {

ShortlistListModel::ShortlistListModel(QObject *parent) : QAbstractListModel(parent) {}

void ShortlistListModel::setWorkspace(core::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace->events(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace->events(), &core::WorkspaceEvents::shortlistsChanged, this,
                &ShortlistListModel::scheduleReload);
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void ShortlistListModel::scheduleReload()
{
    // One change can signal several times (an undo that restores entries one list at a time).
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void ShortlistListModel::reload()
{
    m_reloadPending = false;
    QList<core::Shortlist> fresh;
    if (m_workspace) {
        auto listed = core::ShortlistRepository(m_workspace->database()).list();
        if (!listed) {
            emit errorOccurred(listed.error().message);
            return;
        }
        fresh = std::move(listed).value();
    }
    // Same shortlists in the same order: update in place, so selection and editors stay.
    bool sameIds = fresh.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < fresh.size(); ++i)
        sameIds = fresh[i].id == m_rows[i].id;
    if (sameIds) {
        m_rows = fresh;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size() - 1)));
        return;
    }
    beginResetModel();
    m_rows = fresh;
    endResetModel();
}

int ShortlistListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

qint64 ShortlistListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ShortlistListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ShortlistListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Shortlist &s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return s.name;
    case Qt::ToolTipRole: {
        const QString count = CountText::creators(s.entryCount);
        return plainToolTip(s.brief.isEmpty() ? tr("%1 — %2").arg(s.name, count)
                                              : tr("%1 — %2\n%3").arg(s.name, count, s.brief));
    }
    case IdRole: return s.id;
    case CountRole: return s.entryCount;
    default: return {};
    }
}

bool ShortlistListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    const core::Shortlist &s = m_rows[index.row()];
    if (name.isEmpty() || name == s.name)
        return false;
    if (!m_editor->isNameFree(name, s.id)) {
        emit errorOccurred(tr("A shortlist named “%1” already exists; choose another name.")
                               .arg(name));
        return false;
    }
    return m_editor->rename(s.id, name); // the list reloads after the change
}

Qt::ItemFlags ShortlistListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor && m_editor->canEdit())
        f |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    return f;
}

QStringList ShortlistListModel::mimeTypes() const
{
    return {CreatorMime::type()};
}

Qt::DropActions ShortlistListModel::supportedDropActions() const
{
    return Qt::CopyAction; // creators are added; nothing leaves where they came from
}

bool ShortlistListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                         int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    // Only onto a shortlist, not between two.
    return action == Qt::CopyAction && parent.isValid() && CreatorMime::canDecode(data)
           && flags(parent).testFlag(Qt::ItemIsDropEnabled);
}

bool ShortlistListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = CreatorMime::ids(data);
    return !ids.isEmpty() && m_editor->addCreators(idAt(parent.row()), ids) > 0;
}

} // namespace tierscope::ui
