// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_table_model.h"
#include "ui/common/plain_text.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "ui/creators/creator_column.h"
#include "ui/creators/creator_snapshot_builder.h"
#include "ui/creators/creator_text.h"

#include <QCursor>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace tierscope::ui {

namespace {

core::CreatorPage reversed(core::CreatorPage page)
{
    std::reverse(page.rows.begin(), page.rows.end());
    std::reverse(page.keys.begin(), page.keys.end());
    return page;
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

} // namespace

CreatorTableModel::CreatorTableModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_sortColumn(int(CreatorColumn::Followers)),
      m_builder(new CreatorSnapshotBuilder(this)),
      m_cache(kCachedPages)
{
    connect(m_builder, &CreatorSnapshotBuilder::built, this, &CreatorTableModel::onBuilt);
}

CreatorTableModel::~CreatorTableModel() = default;

void CreatorTableModel::setWorkspace(core::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace->events(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_builder->setWorkspace(workspace);
    m_total = -1;
    m_repo.reset();
    m_scheme = core::TierScheme::defaults();
    m_bases = {};
    if (m_workspace) {
        m_repo.emplace(m_workspace->database(), m_workspace->events());
        if (const auto scheme = core::SettingsRepository(m_workspace->database()).tierScheme())
            m_scheme = *scheme;
        if (const auto bases = core::SettingsRepository(m_workspace->database()).erBases())
            m_bases = *bases;
        core::WorkspaceEvents *events = m_workspace->events();
        connect(events, &core::WorkspaceEvents::creatorsChanged, this,
                &CreatorTableModel::scheduleRefresh);
        connect(events, &core::WorkspaceEvents::creatorUpdated, this,
                &CreatorTableModel::onCreatorUpdated);
        connect(events, &core::WorkspaceEvents::settingsChanged, this,
                &CreatorTableModel::onSettingsChanged);
    }
    reload();
}

void CreatorTableModel::setFilter(const core::CreatorFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CreatorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= CreatorColumns::count)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

core::CreatorSort CreatorTableModel::creatorSort() const
{
    return {CreatorColumns::sortColumn(CreatorColumn(m_sortColumn)),
            m_sortOrder == Qt::DescendingOrder};
}

bool CreatorTableModel::readCounts()
{
    m_failedPages.clear();
    m_errorReported = false;
    if (!m_repo) {
        m_total = m_shown = 0;
        return true;
    }
    ++m_stats.countQueries;
    const auto total = m_repo->totalCount();
    const auto shown = m_filter.isEmpty() ? total : m_repo->count(m_filter, m_scheme);
    if (!total || !shown) {
        reportError((total ? shown.error() : total.error()).message);
        m_total = total ? *total : 0;
        m_shown = 0;
        return false;
    }
    m_total = *total;
    // A view addresses rows with int; more than 2^31 creators is beyond a laptop's workspace.
    m_shown = std::min<qint64>(*shown, std::numeric_limits<int>::max());
    return true;
}

void CreatorTableModel::reload()
{
    // The first page of a slow sort can take a moment; say so.
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    beginResetModel();
    m_cache.clear();
    m_refreshPending = false;
    m_builder->cancel();
    m_snapshot = {};
    m_hasSnapshot = false;
    ++m_generation;
    if (!m_async || !m_repo) {
        m_counting = false;
        readCounts();
    } else {
        m_failedPages.clear();
        m_errorReported = false;
        // Show the first page at once; a short one is the whole count already.
        m_shown = kPageSize;
        const core::CreatorPage *first = page(0);
        m_shown = first ? first->rows.size() : 0;
        requestSnapshot();
    }
    endResetModel();
    QGuiApplication::restoreOverrideCursor();
    emit countsChanged(m_total, m_counting && m_shown == kPageSize ? -1 : m_shown);
}

void CreatorTableModel::requestSnapshot()
{
    m_snapshot = {};
    m_hasSnapshot = false;
    ++m_generation;
    m_counting = true;
    ++m_stats.countQueries;
    m_builder->request(m_generation, m_filter, m_scheme, creatorSort(), m_snapshotsEnabled);
}

void CreatorTableModel::onBuilt(quint64 generation, qint64 total, qint64 shown,
                                const QList<qint64> &ids, const QString &error)
{
    if (generation != m_generation)
        return; // an older filter's, sort's or data's
    m_counting = false;
    if (!error.isEmpty())
        reportError(error);
    if (total >= 0)
        m_total = total;
    if (shown >= 0) {
        // The snapshot walks the order the pages came in, so the cached pages stay valid.
        if (m_snapshotsEnabled && shown == ids.size()) {
            m_snapshot = ids;
            m_hasSnapshot = true;
        }
        setShown(std::min<qint64>(shown, std::numeric_limits<int>::max()));
    }
    emit countsChanged(m_total, m_shown);
}

void CreatorTableModel::setShown(qint64 shown)
{
    const qint64 before = m_shown;
    if (shown < before) {
        beginRemoveRows({}, int(shown), int(before - 1));
        m_shown = shown;
        endRemoveRows();
    } else if (shown > before) {
        beginInsertRows({}, int(before), int(shown - 1));
        m_shown = shown;
        // The last page was cut at the old count: read it again with the rows it gains.
        if (before % kPageSize != 0)
            m_cache.remove(before / kPageSize);
        endInsertRows();
    }
}

void CreatorTableModel::scheduleRefresh()
{
    // Many changes in a row (a multi-row delete, its undo) become one refresh.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refresh();
    });
}

void CreatorTableModel::refresh()
{
    m_refreshPending = false;
    m_cache.clear();
    m_failedPages.clear();
    m_errorReported = false;
    m_builder->cancel();
    m_snapshot = {};
    m_hasSnapshot = false;
    if (m_async && m_repo) {
        // Rows stay where they are; the count, and with it rows at the end, follows with a new
        // snapshot. Until then pages come from the sorted query, over the changed data.
        requestSnapshot();
        if (m_shown > 0)
            emit dataChanged(index(0, 0), index(int(m_shown - 1), CreatorColumns::count - 1));
        return;
    }
    const qint64 before = m_shown;
    readCounts();
    const qint64 after = m_shown;
    m_shown = before;
    setShown(after);
    if (m_shown > 0)
        emit dataChanged(index(0, 0), index(int(m_shown - 1), CreatorColumns::count - 1));
    emit countsChanged(m_total, m_shown);
}

void CreatorTableModel::onCreatorUpdated(qint64 id)
{
    if (m_refreshPending || !m_repo)
        return;
    qint64 pageIndex = 0;
    int rowInPage = 0;
    if (!m_cache.locate(id, &pageIndex, &rowInPage))
        return;
    const auto fresh = m_repo->get(id);
    if (!fresh) {
        scheduleRefresh();
        return;
    }
    m_cache.replace(*fresh, &pageIndex, &rowInPage);
    // The row stays where it is until the next refresh, even if its sort value moved: a row
    // that jumps away while being edited is worse than a briefly stale order. The snapshot
    // keeps it there too, and its set of ids only changes with a filter (below).
    const int row = int(pageIndex * kPageSize + rowInPage);
    emit dataChanged(index(row, 0), index(row, CreatorColumns::count - 1));
    // A changed filtered value may change the count.
    if (!m_filter.isEmpty())
        scheduleRefresh();
}

void CreatorTableModel::onSettingsChanged()
{
    if (!m_workspace)
        return;
    if (const auto bases = core::SettingsRepository(m_workspace->database()).erBases();
        bases && *bases != m_bases) {
        m_bases = *bases;
        // The rates themselves change with creatorsChanged; the header says the new bases.
        emit headerDataChanged(Qt::Horizontal, int(CreatorColumn::EngagementRate),
                               int(CreatorColumn::EngagementRate));
    }
    const auto scheme = core::SettingsRepository(m_workspace->database()).tierScheme();
    if (!scheme || *scheme == m_scheme)
        return;
    m_scheme = *scheme;
    reload(); // tiers and benchmarks feed filters and sort keys
}

int CreatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown);
}

int CreatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CreatorColumns::count;
}

void CreatorTableModel::reportError(const QString &message) const
{
    if (m_errorReported)
        return;
    m_errorReported = true;
    // Queued: data() may be running inside a paint event.
    QMetaObject::invokeMethod(const_cast<CreatorTableModel *>(this),
                              [self = const_cast<CreatorTableModel *>(this), message] {
                                  emit self->errorOccurred(message);
                              },
                              Qt::QueuedConnection);
}

core::Result<core::CreatorPage> CreatorTableModel::fetch(qint64 pageIndex) const
{
    const qint64 start = pageIndex * kPageSize;
    const int n = int(std::min<qint64>(kPageSize, m_shown - start));
    if (m_hasSnapshot) { // any page by its ids: no sort, no OFFSET
        ++m_stats.snapshotPages;
        auto rows = m_repo->getMany(m_snapshot.mid(start, n));
        if (!rows)
            return rows.error();
        core::CreatorPage page;
        page.rows = std::move(rows).value(); // keys are for continuations, which need none here
        return page;
    }
    const core::CreatorSort sort = creatorSort();
    const core::CreatorSort reverse{sort.column, !sort.descending};

    // Scrolling down: continue after the last key of the page above.
    if (const core::CreatorPage *above = m_cache.peek(pageIndex - 1);
        above && above->keys.size() == kPageSize) {
        ++m_stats.keysetPages;
        return m_repo->pageAfter(m_filter, m_scheme, sort, above->keys.constLast(), n);
    }
    // Scrolling up: continue before the first key of the page below, in the reversed order.
    if (const core::CreatorPage *below = m_cache.peek(pageIndex + 1);
        below && !below->keys.isEmpty()) {
        ++m_stats.keysetPages;
        auto page = m_repo->pageAfter(m_filter, m_scheme, reverse, below->keys.constFirst(), n);
        return page ? core::Result<core::CreatorPage>(reversed(std::move(page).value())) : page;
    }
    // A jump: OFFSET from whichever end is nearer.
    const qint64 fromEnd = m_shown - (start + n);
    if (fromEnd < start) {
        ++m_stats.reversedPages;
        auto page = m_repo->page(m_filter, m_scheme, reverse, fromEnd, n);
        return page ? core::Result<core::CreatorPage>(reversed(std::move(page).value())) : page;
    }
    ++m_stats.offsetPages;
    return m_repo->page(m_filter, m_scheme, sort, start, n);
}

const core::CreatorPage *CreatorTableModel::page(qint64 pageIndex) const
{
    if (const core::CreatorPage *cached = m_cache.find(pageIndex))
        return cached;
    if (!m_repo || m_failedPages.contains(pageIndex))
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    auto fetched = fetch(pageIndex);
    m_stats.lastFetchNs = timer.nsecsElapsed();
    if (!fetched) {
        m_failedPages.insert(pageIndex);
        reportError(fetched.error().message);
        return nullptr;
    }
    m_cache.insert(pageIndex, std::move(fetched).value());
    return m_cache.find(pageIndex);
}

const core::Creator *CreatorTableModel::creatorAt(int row) const
{
    if (row < 0 || row >= m_shown)
        return nullptr;
    const core::CreatorPage *p = page(row / kPageSize);
    const int i = row % kPageSize;
    return p && i < p->rows.size() ? &p->rows[i] : nullptr;
}

qint64 CreatorTableModel::idAt(int row) const
{
    const core::Creator *c = creatorAt(row);
    return c ? c->id : 0;
}

int CreatorTableModel::rowOfCachedId(qint64 id) const
{
    qint64 pageIndex = 0;
    int rowInPage = 0;
    return m_cache.locate(id, &pageIndex, &rowInPage) ? int(pageIndex * kPageSize + rowInPage)
                                                      : -1;
}

int CreatorTableModel::rowOfId(qint64 id) const
{
    const int cached = rowOfCachedId(id);
    if (cached >= 0 || !m_hasSnapshot)
        return cached;
    const qsizetype at = m_snapshot.indexOf(id);
    return at >= 0 && at < rowCount() ? int(at) : -1;
}

QVariant CreatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = CreatorColumn(index.column());
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (CreatorColumns::isNumeric(column) ? Qt::AlignRight
                                                                        : Qt::AlignLeft));
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case CreatorIdRole:
    case TierRole:
    case ErSourceRole:
    case UnknownRole:
    case QualityFlagsRole:
        break;
    default:
        return {};
    }
    const core::Creator *c = creatorAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole: return CreatorText::cell(*c, column, m_scheme);
    case Qt::ToolTipRole: {
        const QString tip = CreatorText::toolTip(*c, column, m_scheme);
        return tip.isEmpty() ? QVariant() : plainToolTip(tip);
    }
    case CreatorIdRole: return c->id;
    case TierRole: {
        const auto t = CreatorText::tier(*c, m_scheme);
        return t ? int(*t) : -1;
    }
    case ErSourceRole: return int(c->erSource);
    case UnknownRole: return CreatorText::isUnknown(*c, column, m_scheme);
    case QualityFlagsRole: return qint64(c->qualityFlags);
    case Qt::ForegroundRole: {
        const QPalette pal = QGuiApplication::palette();
        if (CreatorText::isUnknown(*c, column, m_scheme))
            return pal.color(QPalette::PlaceholderText);
        if (column == CreatorColumn::ErVsBenchmark) {
            const double d = *CreatorText::erVsBenchmark(*c, m_scheme);
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

QVariant CreatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= CreatorColumns::count)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = CreatorColumn(section);
    switch (role) {
    case Qt::DisplayRole: return CreatorColumns::title(column);
    case Qt::ToolTipRole: return CreatorColumns::toolTip(column, &m_bases);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (CreatorColumns::isNumeric(column) ? Qt::AlignRight
                                                                        : Qt::AlignLeft));
    case Qt::InitialSortOrderRole:
        return int(CreatorColumns::sortsDescendingFirst(column) ? Qt::DescendingOrder
                                                                : Qt::AscendingOrder);
    default: return {};
    }
}

} // namespace tierscope::ui
