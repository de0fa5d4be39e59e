// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/navigation_sidebar.h"

#include <QFile>

namespace tierscope::ui {

namespace {

QString iconName(NavigationSidebar::Page page)
{
    switch (page) {
    case NavigationSidebar::Page::Creators: return QStringLiteral("creators");
    case NavigationSidebar::Page::Shortlists: return QStringLiteral("shortlists");
    case NavigationSidebar::Page::Compare: return QStringLiteral("compare");
    case NavigationSidebar::Page::Campaigns: return QStringLiteral("campaigns");
    case NavigationSidebar::Page::Insights: return QStringLiteral("insights");
    }
    return {};
}

} // namespace

NavigationSidebar::NavigationSidebar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setIconSize(QSize(18, 18));
    setSpacing(1);
    // The sidebar reads as part of the window chrome, not as a document.
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Window);
    // Rounded, inset selection as in the sidebars of desktop apps; colours stay the palette's.
    setStyleSheet(QStringLiteral(
        "QListWidget#navigationSidebar { padding-top: 6px; outline: 0; }"
        "QListWidget#navigationSidebar::item { padding: 0px 10px; margin: 1px 6px;"
        " border-radius: 5px; }"
        "QListWidget#navigationSidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
        "QListWidget#navigationSidebar::item:hover:!selected { background: palette(midlight); }"));
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = Page(i);
        // Icons come from the app's resources when present; the sidebar works without them.
        const QString iconPath = QStringLiteral(":/tierscope/icons/%1.svg").arg(iconName(page));
        auto *item = new QListWidgetItem(QFile::exists(iconPath) ? QIcon(iconPath) : QIcon(),
                                         title(page), this);
        item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit pageChanged(Page(row));
    });
}

QString NavigationSidebar::title(Page page)
{
    switch (page) {
    case Page::Creators: return tr("Creators");
    case Page::Shortlists: return tr("Shortlists");
    case Page::Compare: return tr("Compare");
    case Page::Campaigns: return tr("Campaigns");
    case Page::Insights: return tr("Insights");
    }
    return {};
}

NavigationSidebar::Page NavigationSidebar::currentPage() const
{
    return Page(std::max(0, currentRow()));
}

void NavigationSidebar::setCurrentPage(Page page)
{
    setCurrentRow(int(page));
}

QSize NavigationSidebar::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = std::max(width, fontMetrics().horizontalAdvance(item(i)->text()));
    return {width + iconSize().width() + 64, QListWidget::sizeHint().height()};
}

} // namespace tierscope::ui
