// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"
#include "core/storage/creator_repository.h"
#include "ui/creators/creator_page_cache.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>
#include <optional>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class CreatorSnapshotBuilder;

// A virtual table over the workspace's creators: rows are fetched in pages on demand into a
// bounded LRU cache. Sorting and filtering run in SQL. After each change of filter, sort or data
// a worker thread lists every matching id in page order (the snapshot, 8 bytes a row): it gives
// the count, and once it is there any page is read by its ids. Until then pages come from the
// sorted query: the first page at once, keyset continuation from a neighbouring cached page,
// OFFSET for jumps, the reversed order for jumps near the end. Both walk the same order, so rows
// already shown stay where they are when the snapshot arrives.
class CreatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CreatorIdRole = Qt::UserRole + 1,
        TierRole,     // int(core::Tier), or -1 when followers are unknown
        ErSourceRole, // int(core::ErSource)
        UnknownRole,  // true when the cell shows "—"
        QualityFlagsRole, // core::QualityFlags of the creator (a bit set; 0: none)
    };

    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 40;

    // How pages were fetched since the last reset of the statistics.
    struct FetchStats
    {
        int keysetPages = 0;   // continued from a neighbour's key (either direction)
        int offsetPages = 0;   // OFFSET from the start
        int reversedPages = 0; // OFFSET from the end, in the reversed order
        int snapshotPages = 0; // read by the ids of the snapshot
        int countQueries = 0;  // snapshots (or counts) requested
        qint64 lastFetchNs = 0;
        int pages() const { return keysetPages + offsetPages + reversedPages + snapshotPages; }
    };

    explicit CreatorTableModel(QObject *parent = nullptr);
    ~CreatorTableModel() override;

    void setWorkspace(core::Workspace *workspace); // nullptr: no rows
    core::Workspace *workspace() const { return m_workspace; }
    // Counting on a worker thread (the default) shows the first rows at once and the rest when
    // counted; off, every change counts before it returns and no snapshot is made (benchmarks,
    // simple tests).
    void setCountsAsync(bool async) { m_async = async; }
    // Off, the worker only counts and every page comes from the sorted query (tests and
    // benchmarks of that path). Applies from the next change.
    void setSnapshotsEnabled(bool enabled) { m_snapshotsEnabled = enabled; }
    bool isCounting() const { return m_counting; } // the count (and snapshot) is being made
    bool hasSnapshot() const { return m_hasSnapshot; }

    void setFilter(const core::CreatorFilter &filter);
    const core::CreatorFilter &filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const core::TierScheme &tierScheme() const { return m_scheme; }
    const core::ErBases &erBases() const { return m_bases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 totalCount() const { return m_total; } // -1 until counted
    qint64 shownCount() const { return m_shown; }
    // The creator on a row, fetching its page if needed; nullptr when out of range or on error.
    const core::Creator *creatorAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfCachedId(qint64 id) const; // -1 when the creator is not in a cached page
    // The row of a creator among the matching ones: the cache, else the id snapshot (one scan
    // of 8-byte ids); -1 when it does not match the filter or is not known yet.
    int rowOfId(qint64 id) const;

    const FetchStats &fetchStats() const { return m_stats; }
    void resetFetchStats() { m_stats = {}; }
    int cachedPages() const { return m_cache.size(); }

    // Re-reads the counts and drops the cache, keeping rows where they are (after edits).
    void refresh();

signals:
    // -1 for a count still being made.
    void countsChanged(qint64 total, qint64 shown);
    void errorOccurred(const QString &message);

private:
    void reload(); // full reset: new filter, sort or workspace
    bool readCounts();
    void requestSnapshot(); // drops the current one
    void onBuilt(quint64 generation, qint64 total, qint64 shown, const QList<qint64> &ids,
                 const QString &error);
    void setShown(qint64 shown); // inserts or removes rows at the end
    void scheduleRefresh();
    void onCreatorUpdated(qint64 id);
    void onSettingsChanged();
    const core::CreatorPage *page(qint64 pageIndex) const;
    core::Result<core::CreatorPage> fetch(qint64 pageIndex) const;
    core::CreatorSort creatorSort() const;
    void reportError(const QString &message) const;

    core::Workspace *m_workspace = nullptr;
    std::optional<core::CreatorRepository> m_repo;
    core::TierScheme m_scheme;
    core::ErBases m_bases; // for the ER column's header: which basis each platform is on
    core::CreatorFilter m_filter;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_total = -1;
    qint64 m_shown = 0;
    bool m_refreshPending = false;
    bool m_async = true;
    bool m_counting = false;
    bool m_snapshotsEnabled = true;
    bool m_hasSnapshot = false;
    QList<qint64> m_snapshot; // every matching id in page order, when m_hasSnapshot
    quint64 m_generation = 0;
    CreatorSnapshotBuilder *m_builder;
    mutable CreatorPageCache m_cache;
    mutable FetchStats m_stats;
    mutable QSet<qint64> m_failedPages; // not retried until the next refresh
    mutable bool m_errorReported = false;
};

} // namespace tierscope::ui
