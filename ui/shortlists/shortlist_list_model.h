// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/shortlist.h"

#include <QAbstractListModel>
#include <QList>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class ShortlistEditor;

// The workspace's shortlists by name, with their entry counts. Renaming in place and dropping
// creators onto a shortlist go through the editor (undo steps); the list follows the
// workspace's shortlistsChanged() signal.
class ShortlistListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CountRole, // entries on the list
    };

    explicit ShortlistListModel(QObject *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    void setEditor(ShortlistEditor *editor) { m_editor = editor; }
    // Reads the list again now (it does so by itself, just after each change).
    void reload();

    const QList<core::Shortlist> &shortlists() const { return m_rows; }
    int rowOf(qint64 id) const; // -1 when absent
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    void scheduleReload();

    core::Workspace *m_workspace = nullptr;
    ShortlistEditor *m_editor = nullptr;
    QList<core::Shortlist> m_rows;
    bool m_reloadPending = false;
};

} // namespace tierscope::ui
