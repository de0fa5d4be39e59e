// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creators_view.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "ui/common/app_settings.h"
#include "ui/common/creator_drag_table_view.h"
#include "ui/common/message_box.h"
#include "ui/creators/creator_column.h"
#include "ui/creators/creator_detail_pane.h"
#include "ui/creators/creator_dialog.h"
#include "ui/creators/creator_editor.h"
#include "ui/creators/creator_filter_codec.h"
#include "ui/creators/creator_filter_panel.h"
#include "ui/creators/creator_item_delegate.h"
#include "ui/creators/creator_table_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tierscope::ui {

CreatorsView::CreatorsView(AppSettings &settings, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_model(new CreatorTableModel(this)),
      m_filters(new CreatorFilterPanel(this)),
      m_table(new CreatorDragTableView(this)),
      m_detail(new CreatorDetailPane(this)),
      m_editor(new CreatorEditor(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_filters);
    leftLayout->addWidget(m_table, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({900, 330});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setUpTable();
    createActions();

    connect(m_filters, &CreatorFilterPanel::filterChanged, this,
            [this](const core::CreatorFilter &filter) {
                m_model->setFilter(filter);
                m_settings.setValue(settings::creatorsFilter, CreatorFilterCodec::toMap(filter));
            });
    connect(m_model, &CreatorTableModel::countsChanged, this,
            [this](qint64 total, qint64 shown) {
                m_filters->setCounts(total, shown);
                emit countsChanged(total, shown);
            });
    connect(m_model, &CreatorTableModel::errorOccurred, this,
            [this](const QString &message) {
                MessageBox::warning(this, tr("Cannot Read Creators"), message);
            });
    // A new filter or order starts on its first creator, so the detail pane is never blank.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            selectRow(0);
        else
            updateDetail();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CreatorsView::updateDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_table->currentIndex().row();
                if (row >= from.row() && row <= to.row())
                    updateDetail();
            });
    connect(m_detail, &CreatorDetailPane::editRequested, this, &CreatorsView::editCurrentInteractive);
    connect(m_detail, &CreatorDetailPane::addToShortlistRequested, this,
            [this] { announceSelection(&CreatorsView::addToShortlistRequested); });
    connect(m_detail, &CreatorDetailPane::notesEdited, m_editor, &CreatorEditor::setNotes);
    restoreState();
    updateActions();
}

CreatorsView::~CreatorsView() = default;

void CreatorsView::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CreatorItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(40);
    applyDefaultColumnWidths();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CreatorsView::showColumnMenu);
    header->setSortIndicator(int(CreatorColumn::Followers), Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // A dragged selection (onto a shortlist in the sidebar) carries the creators' ids.
    if (auto *drag = qobject_cast<CreatorDragTableView *>(m_table))
        drag->setDragIds([this] { return selectedIds(); });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CreatorsView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreatorsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &CreatorsView::editCurrentInteractive);
    connect(m_table, &QTableView::customContextMenuRequested, this, &CreatorsView::showContextMenu);
}

void CreatorsView::createActions()
{
    const auto make = [this](const QString &text, const QString &icon, void (CreatorsView::*slot)()) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_add = make(tr("&New Creator…"), QStringLiteral("list-add"), &CreatorsView::addCreatorInteractive);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = make(tr("&Edit Creator…"), QStringLiteral("document-edit"),
                  &CreatorsView::editCurrentInteractive);
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_delete = make(tr("&Delete Creator…"), QStringLiteral("edit-delete"),
                    &CreatorsView::deleteSelectedInteractive);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_copy = make(tr("&Copy Handles"), QStringLiteral("edit-copy"), &CreatorsView::copyHandles);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_edit);
    m_table->addAction(m_delete);
    m_table->addAction(m_copy);

    m_toShortlist = new QAction(tr("Add to &Shortlist…"), this);
    m_toShortlist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_toComparison = new QAction(tr("Add to Co&mparison"), this);
    m_toComparison->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_toCampaign = new QAction(tr("Add to Cam&paign…"), this);
    connect(m_toShortlist, &QAction::triggered, this,
            [this] { announceSelection(&CreatorsView::addToShortlistRequested); });
    connect(m_toComparison, &QAction::triggered, this,
            [this] { announceSelection(&CreatorsView::addToComparisonRequested); });
    connect(m_toCampaign, &QAction::triggered, this,
            [this] { announceSelection(&CreatorsView::addToCampaignRequested); });
    // Until the shortlist, compare and campaign views exist nobody receives these.
    setCollectActionsEnabled(false, false, false);
}

QList<QAction *> CreatorsView::collectActions() const
{
    return {m_toShortlist, m_toComparison, m_toCampaign};
}

void CreatorsView::setCollectActionsEnabled(bool shortlist, bool comparison, bool campaign)
{
    m_toShortlist->setProperty("routed", shortlist);
    m_toComparison->setProperty("routed", comparison);
    m_toCampaign->setProperty("routed", campaign);
    const QString later = tr("Available once the view exists");
    for (QAction *a : collectActions())
        a->setToolTip(a->property("routed").toBool() ? QString() : later);
    updateActions();
}

void CreatorsView::setWorkspace(core::Workspace *workspace, QUndoStack *undoStack)
{
    m_detail->setCreator(nullptr, m_model->tierScheme());
    m_workspace = workspace;
    m_editor->setWorkspace(workspace, undoStack);
    m_model->setWorkspace(workspace);
    reloadChoices();
    m_detail->setReadOnly(!workspace || workspace->isReadOnly());
    updateActions();
}

void CreatorsView::reloadChoices()
{
    if (!m_workspace) {
        m_filters->setChoices({}, {});
        return;
    }
    const core::CreatorRepository repo(m_workspace->database());
    const auto countries = repo.distinctCountries();
    const auto languages = repo.distinctLanguages();
    m_filters->setChoices(countries ? *countries : QStringList(),
                          languages ? *languages : QStringList());
}

void CreatorsView::restoreState()
{
    const QByteArray header = m_settings.value(settings::creatorsHeader);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = m_settings.value(settings::creatorsSplitter);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_filters->setFilter(CreatorFilterCodec::fromMap(m_settings.value(settings::creatorsFilter)));
    // The header's restored sort indicator is the model's sort.
    const QHeaderView *h = m_table->horizontalHeader();
    m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    m_filters->setVisible(m_settings.value(settings::creatorsFiltersShown));
    m_detail->setVisible(m_settings.value(settings::creatorsDetailShown));
}

void CreatorsView::saveState()
{
    m_detail->commitNotes();
    m_settings.setValue(settings::creatorsHeader, m_table->horizontalHeader()->saveState());
    m_settings.setValue(settings::creatorsSplitter, m_splitter->saveState());
    m_settings.setValue(settings::creatorsFilter, CreatorFilterCodec::toMap(m_filters->filter()));
}

void CreatorsView::setFiltersVisible(bool visible)
{
    m_filters->setVisible(visible);
    m_settings.setValue(settings::creatorsFiltersShown, visible);
}

void CreatorsView::setDetailVisible(bool visible)
{
    m_detail->setVisible(visible);
    m_settings.setValue(settings::creatorsDetailShown, visible);
}

void CreatorsView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->setCreator(current.isValid() ? m_model->creatorAt(current.row()) : nullptr,
                         m_model->tierScheme());
    updateActions();
}

void CreatorsView::updateActions()
{
    const bool writable = m_editor->canEdit();
    const bool any = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && m_table->currentIndex().isValid());
    m_delete->setEnabled(writable && any);
    m_copy->setEnabled(any);
    for (QAction *a : collectActions())
        a->setEnabled(any && a->property("routed").toBool());
    m_detail->setAddToShortlistEnabled(m_toShortlist->isEnabled());
}

void CreatorsView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool CreatorsView::showCreator(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

QList<int> CreatorsView::selectedRows(int max) const
{
    // Ranges, not selectedRows(): a select-all over a million rows stays cheap.
    const QItemSelection selection = m_table->selectionModel()->selection();
    qint64 count = 0;
    for (const QItemSelectionRange &range : selection)
        count += range.height();
    QList<int> rows;
    if (count > max)
        return rows;
    for (const QItemSelectionRange &range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<qint64> CreatorsView::selectedIds()
{
    const QList<int> rows = selectedRows(kMaxSelection);
    if (rows.isEmpty() && m_table->selectionModel()->hasSelection()) {
        MessageBox::information(this, tr("Too Many Creators Selected"),
                                tr("Select at most %L1 creators for this.").arg(kMaxSelection),
                                tr("Narrow the filters to find the ones you want."));
        return {};
    }
    QList<qint64> ids;
    for (int r : rows) {
        if (const qint64 id = m_model->idAt(r))
            ids << id;
    }
    return ids;
}

void CreatorsView::announceSelection(void (CreatorsView::*signal)(const QList<qint64> &))
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        emit(this->*signal)(ids);
}

void CreatorsView::addCreatorInteractive()
{
    if (!m_add->isEnabled())
        return;
    CreatorDialog dialog(this);
    if (const auto currency = core::SettingsRepository(m_workspace->database()).defaultCurrency())
        dialog.setDefaultCurrency(*currency);
    if (const auto bases = core::SettingsRepository(m_workspace->database()).erBases())
        dialog.setErBases(*bases);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Creator creator = dialog.creator();
    if (m_editor->add(creator)) {
        m_filters->clear(); // so the new creator is found; then show it
        const auto stored = core::CreatorRepository(m_workspace->database())
                                .findByHandle(creator.platform, creator.handle);
        if (stored)
            m_filters->searchField()->setText(stored->handle);
        reloadChoices();
    }
}

void CreatorsView::editCurrentInteractive()
{
    if (!m_edit->isEnabled())
        return;
    const core::Creator *current = m_model->creatorAt(m_table->currentIndex().row());
    if (!current)
        return;
    m_detail->commitNotes();
    const core::Creator before = *m_model->creatorAt(m_table->currentIndex().row());
    CreatorDialog dialog(this);
    if (const auto bases = core::SettingsRepository(m_workspace->database()).erBases())
        dialog.setErBases(*bases);
    dialog.setCreator(before);
    if (dialog.exec() == QDialog::Accepted && m_editor->edit(before, dialog.creator()))
        reloadChoices();
}

void CreatorsView::deleteSelectedInteractive()
{
    if (m_delete->isEnabled())
        m_editor->remove(selectedIds());
}

void CreatorsView::copyHandles()
{
    QStringList handles;
    for (int row : selectedRows(kMaxSelection)) {
        if (const core::Creator *c = m_model->creatorAt(row))
            handles << u'@' + c->handle;
    }
    if (!handles.isEmpty())
        QApplication::clipboard()->setText(handles.join(u'\n'));
}

void CreatorsView::focusSearch()
{
    if (!m_filters->isVisible())
        setFiltersVisible(true);
    m_filters->focusSearch();
}

void CreatorsView::clearFilters()
{
    m_filters->clear();
}

void CreatorsView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < CreatorColumns::count; ++c) {
        QAction *a = menu.addAction(CreatorColumns::title(CreatorColumn(c)));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The handle identifies a row: it stays.
        a->setEnabled(CreatorColumn(c) != CreatorColumn::Handle);
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this] {
        m_settings.reset(settings::creatorsHeader);
        QHeaderView *h = m_table->horizontalHeader();
        for (int c = 0; c < CreatorColumns::count; ++c) {
            h->setSectionHidden(c, false);
            h->moveSection(h->visualIndex(c), c);
        }
        applyDefaultColumnWidths();
    });
    menu.exec(header->mapToGlobal(pos));
}

void CreatorsView::applyDefaultColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const int widths[CreatorColumns::count] = {12, 10, 7, 6, 8, 6, 6, 8, 11, 5, 4, 6, 6, 9, 6, 7};
    for (int c = 0; c < CreatorColumns::count; ++c)
        header->resizeSection(c, widths[c] * em);
}

void CreatorsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_edit);
    menu.addAction(m_copy);
    menu.addSeparator();
    menu.addActions(collectActions());
    menu.addSeparator();
    menu.addAction(m_add);
    menu.addAction(m_delete);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace tierscope::ui
