// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/navigation_sidebar.h"

#include "ui/common/count_delegate.h"
#include "ui/common/count_text.h"
#include "ui/common/creator_mime.h"

#include <QDragMoveEvent>
#include <QFile>
#include <QPixmap>
#include <QSignalBlocker>

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
        item->setData(PageRole, i);
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        emit pageChanged(currentPage());
        if (const qint64 id = currentShortlistId())
            emit shortlistSelected(id);
    });
    // Shortlists take creators dropped on them; the counts sit right-aligned.
    setItemDelegate(new CountDelegate(CountRole, this));
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDragDropOverwriteMode(true);
    setDropIndicatorShown(true);
    setDefaultDropAction(Qt::CopyAction);
}

int NavigationSidebar::rowOf(Page page) const
{
    for (int r = 0; r < count(); ++r) {
        const QListWidgetItem *it = item(r);
        if (it->data(PageRole).toInt() == int(page) && !it->data(ShortlistIdRole).isValid())
            return r;
    }
    return 0;
}

int NavigationSidebar::rowOfShortlist(qint64 id) const
{
    for (int r = 0; r < count(); ++r) {
        if (const QVariant v = item(r)->data(ShortlistIdRole); v.isValid() && v.toLongLong() == id)
            return r;
    }
    return -1;
}

qint64 NavigationSidebar::currentShortlistId() const
{
    const QListWidgetItem *it = currentItem();
    return it ? it->data(ShortlistIdRole).toLongLong() : 0;
}

void NavigationSidebar::setCurrentShortlist(qint64 id)
{
    const int row = rowOfShortlist(id);
    if (row >= 0 && row != currentRow())
        setCurrentRow(row);
}

void NavigationSidebar::setShortlists(const QList<core::Shortlist> &shortlists)
{
    const qint64 currentId = currentShortlistId();
    const Page page = currentPage();
    // Rebuilt quietly: the page shown does not change under the user.
    const QSignalBlocker blocker(this);
    for (int r = count() - 1; r >= 0; --r) {
        if (item(r)->data(ShortlistIdRole).isValid())
            delete takeItem(r);
    }
    // Under "Shortlists", their names lined up with the page titles (a blank icon's width in).
    QPixmap blank(iconSize());
    blank.fill(Qt::transparent);
    const QIcon indent(blank);
    int row = rowOf(Page::Shortlists) + 1;
    for (const core::Shortlist &s : shortlists) {
        auto *it = new QListWidgetItem(indent, s.name);
        it->setData(PageRole, int(Page::Shortlists));
        it->setData(ShortlistIdRole, s.id);
        it->setData(CountRole, s.entryCount);
        it->setToolTip(tr("%1 — %2. Drop creators here to add them.")
                           .arg(s.name, CountText::creators(s.entryCount)));
        it->setFlags(it->flags() | Qt::ItemIsDropEnabled);
        it->setSizeHint(QSize(0, fontMetrics().height() + 12));
        insertItem(row++, it);
    }
    const int again = currentId ? rowOfShortlist(currentId) : -1;
    setCurrentRow(again >= 0 ? again : rowOf(page));
}

QStringList NavigationSidebar::mimeTypes() const
{
    return {CreatorMime::type()};
}

Qt::DropActions NavigationSidebar::supportedDropActions() const
{
    return Qt::CopyAction;
}

void NavigationSidebar::dragMoveEvent(QDragMoveEvent *event)
{
    QListWidget::dragMoveEvent(event);
    // Only onto a shortlist: not onto a page, nor into the empty space below.
    const QListWidgetItem *it = itemAt(event->position().toPoint());
    if (!it || !it->data(ShortlistIdRole).isValid())
        event->ignore();
}

bool NavigationSidebar::dropMimeData(int index, const QMimeData *data, Qt::DropAction action)
{
    Q_UNUSED(action)
    const QListWidgetItem *it = item(index);
    const QList<qint64> ids = CreatorMime::ids(data);
    if (!it || !it->data(ShortlistIdRole).isValid() || ids.isEmpty())
        return false;
    emit creatorsDropped(it->data(ShortlistIdRole).toLongLong(), ids);
    return true;
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
    const QListWidgetItem *it = currentItem();
    return it ? Page(it->data(PageRole).toInt()) : Page::Creators;
}

void NavigationSidebar::setCurrentPage(Page page)
{
    if (currentPage() != page)
        setCurrentRow(rowOf(page));
}

QSize NavigationSidebar::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i) {
        if (!item(i)->data(ShortlistIdRole).isValid()) // shortlist names elide
            width = std::max(width, fontMetrics().horizontalAdvance(item(i)->text()));
    }
    return {width + iconSize().width() + 64, QListWidget::sizeHint().height()};
}

} // namespace tierscope::ui
