// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/roster_pane.h"

#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/choice_delegate.h"
#include "ui/campaigns/deliverables_pane.h"
#include "ui/campaigns/pipeline_board.h"
#include "ui/campaigns/roster_model.h"
#include "ui/campaigns/stage_column_view.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tierscope::ui {

RosterPane::RosterPane(CampaignDocument *document, CampaignEditor *editor, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_editor(editor),
      m_model(new RosterModel(document, editor, this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_board(new PipelineBoard(m_model, document, editor, this)),
      m_deliverables(new DeliverablesPane(document, editor, this))
{
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Creators dragged from Creators or a shortlist join the roster.
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropOverwriteMode(true);
    QList<std::pair<int, QString>> stages, payments;
    for (core::Stage s : core::allStages())
        stages.append({int(s), core::stageDisplayName(s)});
    for (core::PaymentState p : core::allPaymentStates())
        payments.append({int(p), core::paymentStateDisplayName(p)});
    m_table->setItemDelegateForColumn(RosterModel::Stage, new ChoiceDelegate(stages, m_table));
    m_table->setItemDelegateForColumn(RosterModel::Payment, new ChoiceDelegate(payments, m_table));
    const int ch = m_table->fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths = {
        {RosterModel::Creator, 18}, {RosterModel::Platform, 10}, {RosterModel::Tier, 8},
        {RosterModel::Followers, 10}, {RosterModel::Er, 7}, {RosterModel::Stage, 13},
        {RosterModel::Fee, 11}, {RosterModel::Payment, 9}, {RosterModel::Deliverables, 14},
        {RosterModel::NextDue, 10}, {RosterModel::Impressions, 15}, {RosterModel::Engagements, 15},
        {RosterModel::Cpe, 8}, {RosterModel::Cpm, 9}, {RosterModel::ActualEr, 8},
        {RosterModel::ActualCpe, 9}, {RosterModel::Roi, 7}};
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, ch * chars + 16);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_board);

    m_showBoard = new QAction(tr("Pipeline &Board"), this);
    m_showBoard->setCheckable(true);
    m_showBoard->setToolTip(tr("Show the roster as a board, one column per stage"));
    connect(m_showBoard, &QAction::toggled, this, [this](bool on) { showBoard(on); });
    m_remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                           tr("&Remove from Roster"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_remove->isEnabled())
            m_editor->removeEntries(selectedEntryIds());
    });
    m_fill = new QAction(tr("&Fill the Budget…"), this);
    m_fill->setToolTip(tr("Suggest creators from a shortlist that fit the money left"));
    connect(m_fill, &QAction::triggered, this, &RosterPane::fillRequested);
    addAction(m_remove);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const auto button = [this](QAction *a) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    bar->addWidget(button(m_showBoard));
    bar->addWidget(button(m_fill));
    bar->addWidget(button(m_remove));
    auto *hint = new QLabel(tr("Drag creators here from Creators or a shortlist"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // gives way when narrow
    bar->addStretch(1);
    bar->addWidget(hint);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_stack, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_deliverables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                setCurrentEntry(m_model->entryIdAt(current.row()));
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RosterPane::updateActions);
    connect(m_board, &PipelineBoard::currentEntryChanged, this, &RosterPane::setCurrentEntry);
    connect(m_document, &CampaignDocument::changed, this, &RosterPane::updateActions);
    updateActions();
}

bool RosterPane::isBoardShown() const
{
    return m_stack->currentWidget() == m_board;
}

void RosterPane::showBoard(bool board)
{
    m_stack->setCurrentWidget(board ? static_cast<QWidget *>(m_board) : m_table);
    if (m_showBoard->isChecked() != board)
        m_showBoard->setChecked(board);
    updateActions();
}

QList<qint64> RosterPane::selectedEntryIds() const
{
    if (isBoardShown())
        return m_board->selectedEntryIds();
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->entryIdAt(i.row());
    return ids;
}

void RosterPane::setCurrentEntry(qint64 entryId)
{
    m_deliverables->setEntry(entryId);
    updateActions();
}

void RosterPane::updateActions()
{
    const bool editable = m_editor->canEdit() && m_document->isLoaded();
    m_fill->setEnabled(editable);
    m_remove->setEnabled(editable && !selectedEntryIds().isEmpty());
}

} // namespace tierscope::ui
