// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_page_cache.h"

namespace tierscope::ui {

CreatorPageCache::CreatorPageCache(int capacity) : m_capacity(qMax(1, capacity))
{
    m_pages.reserve(m_capacity + 1);
}

const core::CreatorPage *CreatorPageCache::find(qint64 pageIndex)
{
    const auto it = m_pages.find(pageIndex);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_clock;
    return &it->page;
}

const core::CreatorPage *CreatorPageCache::peek(qint64 pageIndex) const
{
    const auto it = m_pages.constFind(pageIndex);
    return it == m_pages.cend() ? nullptr : &it->page;
}

void CreatorPageCache::insert(qint64 pageIndex, core::CreatorPage page)
{
    m_pages.insert(pageIndex, Entry{std::move(page), ++m_clock});
    // A linear scan is fine: the cache holds a few dozen pages.
    while (m_pages.size() > m_capacity) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void CreatorPageCache::remove(qint64 pageIndex)
{
    m_pages.remove(pageIndex);
}

void CreatorPageCache::clear()
{
    m_pages.clear();
}

bool CreatorPageCache::locate(qint64 creatorId, qint64 *pageIndex, int *rowInPage) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const QList<core::Creator> &rows = it->page.rows;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].id == creatorId) {
                *pageIndex = it.key();
                *rowInPage = i;
                return true;
            }
        }
    }
    return false;
}

bool CreatorPageCache::replace(const core::Creator &creator, qint64 *pageIndex, int *rowInPage)
{
    if (!locate(creator.id, pageIndex, rowInPage))
        return false;
    m_pages[*pageIndex].page.rows[*rowInPage] = creator;
    return true;
}

} // namespace tierscope::ui
