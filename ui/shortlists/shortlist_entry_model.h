// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/domain/shortlist.h"
#include "core/domain/tier_scheme.h"
#include "ui/creators/creator_column.h"

#include <QAbstractTableModel>
#include <QList>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class ShortlistEditor;

// The columns a shortlist adds after the Creators columns. The Creators columns keep their
// indices (so CreatorItemDelegate paints them); the view shows these first.
enum class ShortlistColumn {
    Position = CreatorColumns::count,
    Verdict,
    Note,
};

// The entries of one shortlist in its order, with the creators' columns as in the Creators
// table plus position, verdict and note. A shortlist is small, so it is read whole (one query for
// the entries, one for their creators). Edits (note, verdict, moves, drops) become undo steps
// through the editor; the rows follow the workspace's change signals, keeping rows that did not
// change (moves are layout changes, removals and insertions are row removals and insertions).
class ShortlistEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kColumnCount = int(ShortlistColumn::Note) + 1;

    struct Row
    {
        core::ShortlistEntry entry;
        core::Creator creator;
    };

    explicit ShortlistEntryModel(QObject *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    void setEditor(ShortlistEditor *editor) { m_editor = editor; }
    void setShortlist(qint64 shortlistId); // 0: no rows
    qint64 shortlistId() const { return m_shortlistId; }
    // Reads the shortlist again now (it does so by itself, just after each change).
    void reload();

    const Row *rowAt(int row) const;
    qint64 creatorIdAt(int row) const;
    int rowOf(qint64 creatorId) const; // -1 when absent
    QList<qint64> creatorIds() const;  // in the list's order
    const core::TierScheme &tierScheme() const { return m_scheme; }

    // Moves the rows given (any set, kept in their order) before `destination`, as one undo
    // step. The rows move at once; false when nothing moved.
    bool moveEntries(QList<int> rows, int destination);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    void scheduleReload();
    void readScheme();
    bool canEdit() const;
    QVariant creatorData(const Row &r, CreatorColumn column, int role) const;
    QVariant entryData(const Row &r, int row, ShortlistColumn column, int role) const;
    void applyRows(QList<Row> fresh);
    bool applyAsRemovals(const QList<Row> &fresh);
    bool applyAsInsertions(const QList<Row> &fresh);
    bool applyAsMove(const QList<Row> &fresh);
    void setRowsInPlace(const QList<Row> &fresh);

    core::Workspace *m_workspace = nullptr;
    ShortlistEditor *m_editor = nullptr;
    qint64 m_shortlistId = 0;
    core::TierScheme m_scheme;
    QList<Row> m_rows;
    bool m_reloadPending = false;
};

} // namespace tierscope::ui
