// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlist_entry_model.h"
#include "ui/common/plain_text.h"

#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "ui/common/creator_mime.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creator_text.h"
#include "ui/shortlists/shortlist_editor.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace tierscope::ui {

namespace {

QList<qint64> idsOf(const QList<ShortlistEntryModel::Row> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const auto &r : rows)
        ids << r.creator.id;
    return ids;
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

} // namespace

ShortlistEntryModel::ShortlistEntryModel(QObject *parent)
    : QAbstractTableModel(parent), m_scheme(core::TierScheme::defaults())
{
}

void ShortlistEntryModel::setWorkspace(core::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace->events(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_shortlistId = 0;
    if (m_workspace) {
        core::WorkspaceEvents *events = m_workspace->events();
        connect(events, &core::WorkspaceEvents::shortlistsChanged, this,
                &ShortlistEntryModel::scheduleReload);
        connect(events, &core::WorkspaceEvents::creatorsChanged, this,
                &ShortlistEntryModel::scheduleReload);
        connect(events, &core::WorkspaceEvents::creatorUpdated, this, [this](qint64 id) {
            if (rowOf(id) >= 0)
                scheduleReload();
        });
        connect(events, &core::WorkspaceEvents::settingsChanged, this, [this] {
            readScheme();
            scheduleReload();
        });
    }
    readScheme();
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ShortlistEntryModel::readScheme()
{
    m_scheme = core::TierScheme::defaults();
    if (!m_workspace)
        return;
    if (const auto scheme = core::SettingsRepository(m_workspace->database()).tierScheme())
        m_scheme = *scheme;
}

void ShortlistEntryModel::setShortlist(qint64 shortlistId)
{
    if (shortlistId == m_shortlistId)
        return;
    m_shortlistId = shortlistId;
    // Another list: its rows are no continuation of these.
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void ShortlistEntryModel::scheduleReload()
{
    // One edit can signal several times (an undo that removes and restores entries).
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void ShortlistEntryModel::reload()
{
    m_reloadPending = false;
    if (!m_workspace || m_shortlistId == 0) {
        applyRows({});
        return;
    }
    const auto entries = core::ShortlistRepository(m_workspace->database()).entries(m_shortlistId);
    if (!entries) {
        if (entries.error().code != core::Error::Code::NotFound) // deleted: no rows
            emit errorOccurred(entries.error().message);
        applyRows({});
        return;
    }
    QList<qint64> ids;
    ids.reserve(entries->size());
    for (const core::ShortlistEntry &e : *entries)
        ids << e.creatorId;
    const auto creators = core::CreatorRepository(m_workspace->database()).getMany(ids);
    if (!creators) {
        emit errorOccurred(creators.error().message);
        return;
    }
    QHash<qint64, const core::Creator *> byId;
    for (const core::Creator &c : *creators)
        byId.insert(c.id, &c);
    QList<Row> fresh;
    fresh.reserve(entries->size());
    for (const core::ShortlistEntry &e : *entries) {
        if (const core::Creator *c = byId.value(e.creatorId))
            fresh.append(Row{e, *c});
    }
    applyRows(std::move(fresh));
}

void ShortlistEntryModel::applyRows(QList<Row> fresh)
{
    if (idsOf(fresh) == idsOf(m_rows)) {
        setRowsInPlace(fresh);
        return;
    }
    if (applyAsRemovals(fresh) || applyAsInsertions(fresh) || applyAsMove(fresh))
        return;
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

void ShortlistEntryModel::setRowsInPlace(const QList<Row> &fresh)
{
    m_rows = fresh;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, kColumnCount - 1));
}

bool ShortlistEntryModel::applyAsRemovals(const QList<Row> &fresh)
{
    // The fresh rows are the current ones with some taken out, the rest in the same order.
    if (fresh.size() >= m_rows.size())
        return false;
    QList<int> gone;
    qsizetype j = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (j < fresh.size() && fresh[j].creator.id == m_rows[i].creator.id)
            ++j;
        else
            gone << int(i);
    }
    if (j != fresh.size())
        return false;
    // Contiguous runs, from the bottom so the rows above keep their numbers.
    for (qsizetype k = gone.size() - 1; k >= 0;) {
        const int last = gone[k];
        int first = last;
        while (k > 0 && gone[k - 1] == first - 1)
            first = gone[--k];
        --k;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    setRowsInPlace(fresh);
    return true;
}

bool ShortlistEntryModel::applyAsInsertions(const QList<Row> &fresh)
{
    // The current rows, in their order, are part of the fresh ones.
    if (fresh.size() <= m_rows.size())
        return false;
    const QList<qint64> current = idsOf(m_rows);
    qsizetype j = 0;
    for (qsizetype k = 0; k < fresh.size() && j < current.size(); ++k) {
        if (fresh[k].creator.id == current[j])
            ++j;
    }
    if (j != current.size())
        return false;
    j = 0;
    for (qsizetype k = 0; k < fresh.size();) {
        if (j < current.size() && fresh[k].creator.id == current[j]) {
            ++j;
            ++k;
            continue;
        }
        qsizetype end = k; // the run of new rows k … end − 1
        while (end < fresh.size() && (j >= current.size() || fresh[end].creator.id != current[j]))
            ++end;
        beginInsertRows({}, int(k), int(end - 1));
        for (qsizetype n = k; n < end; ++n)
            m_rows.insert(n, fresh[n]);
        endInsertRows();
        k = end;
    }
    setRowsInPlace(fresh);
    return true;
}

bool ShortlistEntryModel::applyAsMove(const QList<Row> &fresh)
{
    // The same creators in another order: a layout change, so selections follow their rows.
    if (fresh.size() != m_rows.size())
        return false;
    QHash<qint64, int> newRow;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        newRow.insert(fresh[i].creator.id, int(i));
    for (const Row &r : std::as_const(m_rows)) {
        if (!newRow.contains(r.creator.id))
            return false;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after << index(newRow.value(m_rows[i.row()].creator.id), i.column());
    m_rows = fresh;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    setRowsInPlace(fresh);
    return true;
}

const ShortlistEntryModel::Row *ShortlistEntryModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

qint64 ShortlistEntryModel::creatorIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->creator.id : 0;
}

int ShortlistEntryModel::rowOf(qint64 creatorId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].creator.id == creatorId)
            return int(i);
    }
    return -1;
}

QList<qint64> ShortlistEntryModel::creatorIds() const
{
    return idsOf(m_rows);
}

bool ShortlistEntryModel::canEdit() const
{
    return m_editor && m_editor->canEdit() && m_shortlistId > 0;
}

bool ShortlistEntryModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                   const QModelIndex &destinationParent, int destinationChild)
{
    if (!canEdit() || sourceParent.isValid() || destinationParent.isValid() || count <= 0
        || sourceRow < 0 || sourceRow + count > m_rows.size() || destinationChild < 0
        || destinationChild > m_rows.size())
        return false;
    // Onto itself (or just after itself) is no move; beginMoveRows() refuses those.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Row> moving = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(at + i, moving[i]);
    endMoveRows();
    // Stored as one undo step; if that fails, the reload after it puts the rows back.
    if (!m_editor->reorder(m_shortlistId, creatorIds()))
        scheduleReload();
    emit dataChanged(index(0, int(ShortlistColumn::Position)),
                     index(int(m_rows.size()) - 1, int(ShortlistColumn::Position)));
    return true;
}

bool ShortlistEntryModel::moveEntries(QList<int> rows, int destination)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (!canEdit() || rows.isEmpty() || rows.first() < 0 || rows.last() >= m_rows.size())
        return false;
    destination = std::clamp(destination, 0, int(m_rows.size()));
    if (rows.last() - rows.first() + 1 == rows.size())
        return moveRows({}, rows.first(), int(rows.size()), {}, destination);
    // Scattered rows: gather them before the destination, as a layout change.
    QList<Row> moving;
    QList<Row> staying;
    int before = 0; // moving rows above the destination
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (rows.contains(int(i))) {
            moving << m_rows[i];
            if (i < destination)
                ++before;
        } else {
            staying << m_rows[i];
        }
    }
    QList<Row> fresh = staying;
    const int at = destination - before;
    for (qsizetype i = 0; i < moving.size(); ++i)
        fresh.insert(at + i, moving[i]);
    if (idsOf(fresh) == idsOf(m_rows))
        return false;
    applyAsMove(fresh);
    if (!m_editor->reorder(m_shortlistId, creatorIds()))
        scheduleReload();
    return true;
}

int ShortlistEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShortlistEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ShortlistEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == CreatorTableModel::CreatorIdRole)
        return r.creator.id;
    if (index.column() < CreatorColumns::count)
        return creatorData(r, CreatorColumn(index.column()), role);
    return entryData(r, index.row(), ShortlistColumn(index.column()), role);
}

QVariant ShortlistEntryModel::creatorData(const Row &r, CreatorColumn column, int role) const
{
    const core::Creator &c = r.creator;
    switch (role) {
    case Qt::DisplayRole: return CreatorText::cell(c, column, m_scheme);
    case Qt::ToolTipRole: {
        const QString tip = CreatorText::toolTip(c, column, m_scheme);
        return tip.isEmpty() ? QVariant() : plainToolTip(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (CreatorColumns::isNumeric(column)
                                                           ? Qt::AlignRight
                                                           : Qt::AlignLeft));
    case CreatorTableModel::TierRole: {
        const auto t = CreatorText::tier(c, m_scheme);
        return t ? int(*t) : -1;
    }
    case CreatorTableModel::ErSourceRole: return int(c.erSource);
    case CreatorTableModel::QualityFlagsRole: return qint64(c.qualityFlags);
    case CreatorTableModel::UnknownRole: return CreatorText::isUnknown(c, column, m_scheme);
    case Qt::ForegroundRole: {
        // As in the Creators table: unknown muted, ER against the benchmark green or red.
        const QPalette pal = QGuiApplication::palette();
        if (CreatorText::isUnknown(c, column, m_scheme))
            return pal.color(QPalette::PlaceholderText);
        if (column == CreatorColumn::ErVsBenchmark) {
            const double d = *CreatorText::erVsBenchmark(c, m_scheme);
            const bool dark = isDark(pal);
            if (d > 0)
                return dark ? QColor(0x6d, 0xd0, 0x8f) : QColor(0x1b, 0x7a, 0x3d);
            if (d < 0)
                return dark ? QColor(0xf0, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
        }
        return {};
    }
    default: return {};
    }
}

QVariant ShortlistEntryModel::entryData(const Row &r, int row, ShortlistColumn column,
                                        int role) const
{
    const core::ShortlistEntry &e = r.entry;
    switch (column) {
    case ShortlistColumn::Position:
        if (role == Qt::DisplayRole)
            return QLocale().toString(row + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
        if (role == Qt::ToolTipRole && e.addedAt.isValid())
            return tr("Added %1").arg(QLocale().toString(e.addedAt.toLocalTime().date(),
                                                         QLocale::ShortFormat));
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case ShortlistColumn::Verdict:
        if (role == Qt::DisplayRole)
            return core::verdictDisplayName(e.verdict);
        if (role == Qt::EditRole)
            return int(e.verdict);
        return {};
    case ShortlistColumn::Note:
        if (role == Qt::DisplayRole) // one line in the table; all of it in the tooltip
            return e.note.section(u'\n', 0, 0);
        if (role == Qt::EditRole)
            return e.note;
        if (role == Qt::ToolTipRole && !e.note.isEmpty())
            return plainToolTip(e.note);
        return {};
    }
    return {};
}

bool ShortlistEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !canEdit()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[index.row()];
    bool changed = false;
    if (index.column() == int(ShortlistColumn::Note)) {
        const QString note = value.toString();
        changed = m_editor->setNote(m_shortlistId, r.creator.id, r.creator.handle, r.entry.note,
                                    note);
        if (changed)
            r.entry.note = note;
    } else if (index.column() == int(ShortlistColumn::Verdict)) {
        const int v = value.toInt();
        if (v < int(core::Verdict::Undecided) || v > int(core::Verdict::No))
            return false;
        changed = m_editor->setVerdict(m_shortlistId, {{r.creator.id, r.entry.verdict}},
                                       core::Verdict(v));
        if (changed)
            r.entry.verdict = core::Verdict(v);
    }
    // Shown at once; the reload after the change confirms it.
    if (changed)
        emit dataChanged(index, index);
    return changed;
}

QVariant ShortlistEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < CreatorColumns::count) {
        const auto column = CreatorColumn(section);
        switch (role) {
        case Qt::DisplayRole: return CreatorColumns::title(column);
        case Qt::ToolTipRole: return CreatorColumns::toolTip(column);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignVCenter | (CreatorColumns::isNumeric(column)
                                                               ? Qt::AlignRight
                                                               : Qt::AlignLeft));
        default: return {};
        }
    }
    const auto column = ShortlistColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ShortlistColumn::Position: return tr("#");
        case ShortlistColumn::Verdict: return tr("Verdict");
        case ShortlistColumn::Note: return tr("Note");
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case ShortlistColumn::Position: return tr("Place in the shortlist; drag rows to reorder");
        case ShortlistColumn::Verdict: return tr("Undecided, yes, maybe or no");
        case ShortlistColumn::Note: return tr("Your note on this creator for this shortlist");
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (column == ShortlistColumn::Position ? Qt::AlignRight
                                                                          : Qt::AlignLeft));
    default: return {};
    }
}

Qt::ItemFlags ShortlistEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // between rows: where drags land
        return canEdit() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (canEdit()
        && (index.column() == int(ShortlistColumn::Note)
            || index.column() == int(ShortlistColumn::Verdict)))
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList ShortlistEntryModel::mimeTypes() const
{
    return {CreatorMime::type()};
}

QMimeData *ShortlistEntryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> ids;
    QStringList handles;
    for (int row : std::as_const(rows)) {
        if (const Row *r = rowAt(row)) {
            ids << r->creator.id;
            handles << u'@' + r->creator.handle;
        }
    }
    return ids.isEmpty() ? nullptr : CreatorMime::toMimeData(ids, handles);
}

Qt::DropActions ShortlistEntryModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction; // move: within the list (ShortlistEntryTable)
}

Qt::DropActions ShortlistEntryModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool ShortlistEntryModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                          int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    return canEdit() && !parent.isValid() && CreatorMime::canDecode(data)
           && (action == Qt::CopyAction || action == Qt::MoveAction);
}

bool ShortlistEntryModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent)
{
    // Creators from elsewhere are appended; moves within the list are the table's.
    if (action != Qt::CopyAction || !canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = CreatorMime::ids(data);
    return !ids.isEmpty() && m_editor->addCreators(m_shortlistId, ids) > 0;
}

} // namespace tierscope::ui
