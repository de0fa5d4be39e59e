// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace tierscope::ui {

// The list of pages on the left of the main window.
class NavigationSidebar : public QListWidget
{
    Q_OBJECT
public:
    enum class Page { Creators, Shortlists, Compare, Campaigns, Insights };
    static constexpr int kPageCount = 5;

    explicit NavigationSidebar(QWidget *parent = nullptr);

    static QString title(Page page);
    Page currentPage() const;
    void setCurrentPage(Page page);
    QSize sizeHint() const override;

signals:
    void pageChanged(tierscope::ui::NavigationSidebar::Page page);
};

} // namespace tierscope::ui
