// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlists_view.h"

#include "core/storage/workspace.h"
#include "ui/common/app_settings.h"
#include "ui/common/count_delegate.h"
#include "ui/common/count_text.h"
#include "ui/common/message_box.h"
#include "ui/shortlists/shortlist_chooser.h"
#include "ui/shortlists/shortlist_editor.h"
#include "ui/shortlists/shortlist_entries_pane.h"
#include "ui/shortlists/shortlist_list_model.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace tierscope::ui {

ShortlistsView::ShortlistsView(AppSettings &settings, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_editor(new ShortlistEditor(this)),
      m_listModel(new ShortlistListModel(this)),
      m_list(new QListView(this)),
      m_entries(new ShortlistEntriesPane(settings, m_editor, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_listModel->setEditor(m_editor);
    m_list->setObjectName(QStringLiteral("shortlistList"));
    m_list->setModel(m_listModel);
    m_list->setItemDelegate(new CountDelegate(ShortlistListModel::CountRole, m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Creators dropped on a shortlist are added to it.
    m_list->setAcceptDrops(true);
    m_list->setDragDropMode(QAbstractItemView::DropOnly);
    m_list->setDragDropOverwriteMode(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 22);

    createActions();

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_list, 1);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 6);
    auto *newButton = new QToolButton(left);
    newButton->setDefaultAction(m_new);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *more = new QToolButton(left);
    more->setText(tr("More"));
    more->setToolTip(tr("Rename, duplicate or delete the shortlist"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addActions({m_rename, m_duplicate, m_delete});
    more->setMenu(moreMenu);
    bar->addWidget(newButton);
    bar->addWidget(more);
    bar->addStretch(1);
    leftLayout->addLayout(bar);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_entries);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({m_list->fontMetrics().averageCharWidth() * 30, 1000});
    const QByteArray splitter = m_settings.value(settings::shortlistsSplitter);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_listModel, &QAbstractItemModel::modelReset, this, &ShortlistsView::onListReset);
    connect(m_listModel, &QAbstractItemModel::dataChanged, this, [this] {
        // Renamed or recounted: the heading follows; the sidebar too.
        const int row = m_listModel->rowOf(m_currentId);
        if (row >= 0)
            m_entries->setShortlist(m_listModel->shortlists().at(row));
        emit shortlistsChanged();
    });
    connect(m_listModel, &ShortlistListModel::errorOccurred, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Shortlists"), message);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ShortlistsView::onCurrentRowChanged);
    connect(m_list, &QListView::customContextMenuRequested, this, &ShortlistsView::showListMenu);
    connect(m_entries, &ShortlistEntriesPane::compareRequested, this,
            &ShortlistsView::compareRequested);
    connect(m_entries, &ShortlistEntriesPane::addToCampaignRequested, this,
            &ShortlistsView::addToCampaignRequested);
    connect(m_entries, &ShortlistEntriesPane::statusMessage, this, &ShortlistsView::statusMessage);
    updateActions();
}

ShortlistsView::~ShortlistsView() = default;

void ShortlistsView::createActions()
{
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Shortlist…"), this);
    connect(m_new, &QAction::triggered, this, &ShortlistsView::createInteractive);
    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    connect(m_rename, &QAction::triggered, this, [this] {
        if (m_rename->isEnabled())
            m_list->edit(m_list->currentIndex()); // in place; the model makes it an undo step
    });
    m_duplicate = new QAction(tr("D&uplicate…"), this);
    connect(m_duplicate, &QAction::triggered, this, &ShortlistsView::duplicateInteractive);
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Shortlist"),
                           this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &ShortlistsView::deleteCurrent);
    m_list->addActions({m_rename, m_delete});
}

void ShortlistsView::setWorkspace(core::Workspace *workspace, QUndoStack *undoStack)
{
    if (m_chooser)
        m_chooser->close();
    m_editor->setWorkspace(workspace, undoStack);
    m_currentId = 0;
    m_currentRow = -1;
    m_entries->setWorkspace(workspace);
    m_listModel->setWorkspace(workspace); // resets: onListReset() picks the first
    updateActions();
}

const QList<core::Shortlist> &ShortlistsView::shortlists() const
{
    return m_listModel->shortlists();
}

void ShortlistsView::setCurrentShortlist(qint64 id)
{
    const int row = m_listModel->rowOf(id);
    if (row < 0) {
        m_currentId = id; // not read yet (just created): chosen once the list has it
        return;
    }
    m_list->setCurrentIndex(m_listModel->index(row));
}

void ShortlistsView::onListReset()
{
    // The same shortlist stays chosen; a deleted one passes to its neighbour.
    int row = m_listModel->rowOf(m_currentId);
    if (row < 0 && m_listModel->rowCount() > 0)
        row = std::clamp(m_currentRow, 0, m_listModel->rowCount() - 1);
    if (row >= 0)
        m_list->setCurrentIndex(m_listModel->index(row));
    else
        onCurrentRowChanged();
    emit shortlistsChanged();
}

void ShortlistsView::onCurrentRowChanged()
{
    const int row = m_list->currentIndex().row();
    const qint64 id = m_listModel->idAt(row);
    m_currentRow = row;
    const bool changed = id != m_currentId || id == 0;
    m_currentId = id;
    m_entries->setShortlist(row >= 0 ? m_listModel->shortlists().at(row) : core::Shortlist{});
    updateActions();
    if (changed)
        emit currentShortlistChanged(id);
}

void ShortlistsView::updateActions()
{
    const bool writable = m_editor->canEdit();
    const bool chosen = m_listModel->idAt(m_list->currentIndex().row()) > 0;
    m_new->setEnabled(writable);
    m_rename->setEnabled(writable && chosen);
    m_duplicate->setEnabled(writable && chosen);
    m_delete->setEnabled(writable && chosen);
}

void ShortlistsView::showListMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_new);
    menu.addSeparator();
    menu.addActions({m_rename, m_duplicate, m_delete});
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ShortlistsView::createInteractive()
{
    if (const qint64 id = m_editor->createInteractive())
        setCurrentShortlist(id);
}

void ShortlistsView::duplicateInteractive()
{
    if (!m_duplicate->isEnabled())
        return;
    if (const qint64 id = m_editor->duplicateInteractive(m_currentId))
        setCurrentShortlist(id);
}

void ShortlistsView::deleteCurrent()
{
    // No question asked: Edit › Undo brings it back, entries and all.
    if (m_delete->isEnabled() && m_editor->remove(m_currentId))
        emit statusMessage(tr("Shortlist deleted. Undo with %1 to bring it back.")
                               .arg(QKeySequence(QKeySequence::Undo)
                                        .toString(QKeySequence::NativeText)));
}

void ShortlistsView::addCreatorsInteractive(const QList<qint64> &creatorIds)
{
    if (creatorIds.isEmpty())
        return;
    if (!m_editor->canEdit()) {
        if (m_editor->workspace())
            emit statusMessage(tr("This workspace is read-only: its shortlists cannot change."));
        return;
    }
    if (m_chooser)
        m_chooser->close();
    m_chooser = new ShortlistChooser(m_listModel->shortlists(), int(creatorIds.size()),
                                     m_currentId, this);
    connect(m_chooser, &ShortlistChooser::shortlistChosen, this,
            [this, creatorIds](qint64 id) { addCreators(id, creatorIds); });
    connect(m_chooser, &ShortlistChooser::newShortlistChosen, this, [this, creatorIds] {
        if (const qint64 id = m_editor->createInteractive(creatorIds)) {
            setCurrentShortlist(id);
            emit statusMessage(tr("Added %1 to a new shortlist")
                                   .arg(CountText::creators(creatorIds.size())));
        }
    });
    m_chooser->popup(ShortlistChooser::defaultPosition());
}

ShortlistChooser *ShortlistsView::chooser() const
{
    return m_chooser;
}

int ShortlistsView::addCreators(qint64 shortlistId, const QList<qint64> &creatorIds)
{
    const int row = m_listModel->rowOf(shortlistId);
    const QString name = row >= 0 ? m_listModel->shortlists().at(row).name : QString();
    const int added = m_editor->addCreators(shortlistId, creatorIds);
    if (added > 0)
        emit statusMessage(tr("Added %1 to “%2”").arg(CountText::creators(added), name));
    else if (m_editor->canEdit())
        emit statusMessage(creatorIds.size() == 1
                               ? tr("Already on “%1”").arg(name)
                               : tr("All of them are on “%1” already").arg(name));
    return added;
}

void ShortlistsView::setCompareAvailable(bool available)
{
    m_entries->setCompareAvailable(available);
}

void ShortlistsView::setCampaignAvailable(bool available)
{
    m_entries->setCampaignAvailable(available);
}

void ShortlistsView::saveState()
{
    m_entries->saveState();
    m_settings.setValue(settings::shortlistsSplitter, m_splitter->saveState());
}

} // namespace tierscope::ui
