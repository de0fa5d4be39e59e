// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/shortlist.h"

#include <QListWidget>

namespace tierscope::ui {

// The list of pages on the left of the main window, with the workspace's shortlists (and their
// counts) under "Shortlists". Creators dropped on a shortlist are announced for adding.
class NavigationSidebar : public QListWidget
{
    Q_OBJECT
public:
    enum class Page { Creators, Shortlists, Compare, Campaigns, Insights };
    static constexpr int kPageCount = 5;
    // Item data: the page an item opens; for a shortlist, its id and entry count.
    static constexpr int PageRole = Qt::UserRole + 1;
    static constexpr int ShortlistIdRole = Qt::UserRole + 2;
    static constexpr int CountRole = Qt::UserRole + 3;

    explicit NavigationSidebar(QWidget *parent = nullptr);

    static QString title(Page page);
    Page currentPage() const;
    void setCurrentPage(Page page);
    QSize sizeHint() const override;

    // The shortlists listed under "Shortlists" (the current one stays current).
    void setShortlists(const QList<core::Shortlist> &shortlists);
    qint64 currentShortlistId() const; // 0 unless a shortlist is current
    void setCurrentShortlist(qint64 id);
    int rowOfShortlist(qint64 id) const; // -1 when not listed

signals:
    void pageChanged(tierscope::ui::NavigationSidebar::Page page);
    void shortlistSelected(qint64 shortlistId);
    void creatorsDropped(qint64 shortlistId, const QList<qint64> &creatorIds);

protected:
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool dropMimeData(int index, const QMimeData *data, Qt::DropAction action) override;
    void dragMoveEvent(QDragMoveEvent *event) override;

private:
    int rowOf(Page page) const;
};

} // namespace tierscope::ui
