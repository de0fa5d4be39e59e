// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/creator_repository.h"

#include <QHash>

namespace tierscope::ui {

// A bounded cache of creator pages, by page index; the least recently used page goes first.
class CreatorPageCache
{
public:
    explicit CreatorPageCache(int capacity);

    // The page, marking it as used; nullptr when not cached.
    const core::CreatorPage *find(qint64 pageIndex);
    // The page without touching its use (for choosing how to fetch a neighbour).
    const core::CreatorPage *peek(qint64 pageIndex) const;
    void insert(qint64 pageIndex, core::CreatorPage page);
    void remove(qint64 pageIndex);
    void clear();

    // Replaces a cached creator by id; returns its page index and row in the page, or false.
    bool replace(const core::Creator &creator, qint64 *pageIndex, int *rowInPage);
    // Where a creator is cached, if it is.
    bool locate(qint64 creatorId, qint64 *pageIndex, int *rowInPage) const;

    int size() const { return int(m_pages.size()); }
    int capacity() const { return m_capacity; }

private:
    struct Entry
    {
        core::CreatorPage page;
        quint64 lastUse = 0;
    };

    int m_capacity;
    quint64 m_clock = 0;
    QHash<qint64, Entry> m_pages;
};

} // namespace tierscope::ui
