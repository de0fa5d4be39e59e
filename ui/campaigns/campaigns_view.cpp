// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/campaigns_view.h"

#include "core/campaigns/campaign_status.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "ui/campaigns/budget_panel.h"
#include "ui/campaigns/campaign_brief_form.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/campaign_list_model.h"
#include "ui/campaigns/campaign_text.h"
#include "ui/campaigns/fill_budget_dialog.h"
#include "ui/campaigns/roster_pane.h"
#include "ui/common/count_text.h"
#include "ui/common/message_box.h"
#include "ui/common/palette_follower.h"

#include <QAction>
#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tierscope::ui {

CampaignsView::CampaignsView(QWidget *parent)
    : QWidget(parent),
      m_document(new CampaignDocument(this)),
      m_editor(new CampaignEditor(this)),
      m_listModel(new CampaignListModel(this)),
      m_list(new QTreeView(this)),
      m_showArchived(new QCheckBox(tr("Show archived"), this)),
      m_heading(new QLabel(this)),
      m_subheading(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_brief(new CampaignBriefForm(this)),
      m_roster(new RosterPane(m_document, m_editor, this)),
      m_budget(new BudgetPanel(m_document, this))
{
    m_list->setObjectName(QStringLiteral("campaignList"));
    m_list->setModel(m_listModel);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CampaignListModel::Name, QHeaderView::Stretch);
    for (int c = CampaignListModel::Status; c < CampaignListModel::ColumnCount; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->hideColumn(CampaignListModel::Dates);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 20);

    createActions();

    auto *left = new QWidget(this);
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
    more->setToolTip(tr("Duplicate, archive or delete the campaign"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addActions({m_duplicate, m_archive, m_delete});
    more->setMenu(moreMenu);
    bar->addWidget(newButton);
    bar->addWidget(more);
    bar->addStretch(1);
    bar->addWidget(m_showArchived);
    leftLayout->addLayout(bar);

    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setObjectName(QStringLiteral("campaignHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setWordWrap(true);
    onPaletteChange(m_subheading, [this] { updateHeading(); }); // its alert red follows the theme
    m_tabs->addTab(m_roster, tr("Roster"));
    m_tabs->addTab(m_budget, tr("Budget && Forecast"));
    m_tabs->addTab(m_brief, tr("Brief"));
    m_tabs->setDocumentMode(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(10, 8, 8, 4);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_subheading);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({m_list->fontMetrics().averageCharWidth() * 44, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_listModel, &QAbstractItemModel::modelReset, this, &CampaignsView::onListReset);
    connect(m_listModel, &CampaignListModel::errorOccurred, this,
            [this](const QString &message) { MessageBox::warning(this, tr("Campaigns"), message); });
    connect(m_document, &CampaignDocument::errorOccurred, this,
            [this](const QString &message) { MessageBox::warning(this, tr("Campaigns"), message); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsView::onCurrentRowChanged);
    connect(m_list, &QTreeView::customContextMenuRequested, this, &CampaignsView::showListMenu);
    connect(m_showArchived, &QCheckBox::toggled, m_listModel, &CampaignListModel::setShowArchived);
    connect(m_document, &CampaignDocument::changed, this, [this] {
        m_brief->setCampaign(m_document->plan().campaign);
        updateHeading();
        updateActions();
    });
    connect(m_brief, &CampaignBriefForm::saveRequested, this,
            [this](const core::Campaign &c) {
                if (m_editor->updateBrief(c))
                    emit statusMessage(tr("Brief saved"));
            });
    connect(m_roster, &RosterPane::fillRequested, this, &CampaignsView::openFillDialog);
    updateHeading();
    updateActions();
}

CampaignsView::~CampaignsView() = default;

void CampaignsView::createActions()
{
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Campaign"), this);
    connect(m_new, &QAction::triggered, this, &CampaignsView::createCampaign);
    m_duplicate = new QAction(tr("D&uplicate"), this);
    connect(m_duplicate, &QAction::triggered, this, &CampaignsView::duplicateCurrent);
    m_archive = new QAction(tr("&Archive"), this);
    connect(m_archive, &QAction::triggered, this, &CampaignsView::toggleArchived);
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Campaign"),
                           this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &CampaignsView::deleteCurrent);
    m_list->addAction(m_delete);
}

void CampaignsView::setWorkspace(core::Workspace *workspace, QUndoStack *undoStack)
{
    m_editor->setWorkspace(workspace, undoStack);
    m_currentId = 0;
    m_currentRow = -1;
    m_document->setWorkspace(workspace);
    m_brief->setEditable(m_editor->canEdit());
    m_listModel->setToday(m_document->today());
    m_listModel->setWorkspace(workspace); // resets: onListReset() picks the first
    updateActions();
}

void CampaignsView::setClock(const core::Clock *clock)
{
    m_document->setClock(clock);
    m_listModel->setToday(m_document->today());
}

qint64 CampaignsView::currentCampaignId() const
{
    return m_currentId;
}

void CampaignsView::setCurrentCampaign(qint64 id)
{
    const int row = m_listModel->rowOf(id);
    if (row < 0) {
        m_currentId = id; // chosen once the list has it
        return;
    }
    m_list->setCurrentIndex(m_listModel->index(row, 0));
}

void CampaignsView::onListReset()
{
    int row = m_listModel->rowOf(m_currentId);
    if (row < 0 && m_listModel->rowCount() > 0)
        row = std::clamp(m_currentRow, 0, m_listModel->rowCount() - 1);
    if (row >= 0)
        m_list->setCurrentIndex(m_listModel->index(row, 0));
    else
        onCurrentRowChanged();
}

void CampaignsView::onCurrentRowChanged()
{
    const int row = m_list->currentIndex().row();
    m_currentRow = row;
    m_currentId = m_listModel->idAt(row);
    m_document->setCampaign(m_currentId);
    m_brief->setCampaign(m_document->plan().campaign);
    updateHeading();
    updateActions();
}

void CampaignsView::updateHeading()
{
    if (!m_document->isLoaded()) {
        m_heading->setText(m_editor->workspace() ? tr("No campaign") : QString());
        m_subheading->setText(m_editor->canEdit()
                                  ? tr("Create a campaign with New Campaign, then add creators "
                                       "from Creators or a shortlist.")
                                  : QString());
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    const core::Campaign &c = m_document->plan().campaign;
    m_heading->setText(c.brand.isEmpty() ? c.name : c.name + QStringLiteral(" — ") + c.brand);
    QStringList parts;
    QString status = core::campaignStatusDisplayName(core::campaignStatus(c, m_document->today()));
    if (!status.isEmpty())
        status[0] = status.at(0).toUpper();
    parts << status << core::objectiveDisplayName(c.objective);
    if (c.startsOn.isValid() || c.endsOn.isValid())
        parts << CampaignText::date(c.startsOn) + QStringLiteral(" – ")
                     + CampaignText::date(c.endsOn);
    parts << tr("%1 on the roster").arg(CountText::creators(m_document->plan().roster.size()));
    if (const int late = m_document->overdueCount(); late > 0)
        parts << CampaignText::deliverablesOverdue(late);
    const core::BudgetSummary &b = m_document->budget();
    if (b.committedOverBudget())
        parts << tr("over budget by %1")
                     .arg(core::Money(b.committedOverMinor(), b.currency).format());
    m_subheading->setText(parts.join(QStringLiteral(" · ")));
    QPalette pal = m_subheading->palette();
    pal.setColor(QPalette::WindowText, b.committedOverBudget() || m_document->overdueCount() > 0
                                           ? CampaignText::alertColor()
                                           : palette().color(QPalette::WindowText));
    m_subheading->setPalette(pal);
}

void CampaignsView::updateActions()
{
    const bool writable = m_editor->canEdit();
    const bool chosen = m_currentId > 0 && m_document->isLoaded();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && chosen);
    m_archive->setEnabled(writable && chosen);
    m_delete->setEnabled(writable && chosen);
    m_archive->setText(chosen && m_document->plan().campaign.archived ? tr("Restore from &Archive")
                                                                      : tr("&Archive"));
    m_brief->setEditable(writable);
    m_roster->updateActions();
}

void CampaignsView::showListMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_new);
    menu.addSeparator();
    menu.addActions({m_duplicate, m_archive, m_delete});
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void CampaignsView::createCampaign()
{
    if (!m_editor->canEdit())
        return;
    core::Campaign c;
    c.name = m_editor->freeName(tr("New campaign"));
    const auto currency = core::SettingsRepository(m_editor->workspace()->database()).defaultCurrency();
    c.budget = core::Money(0, currency ? *currency : QStringLiteral("USD"));
    if (const qint64 id = m_editor->create(c)) {
        setCurrentCampaign(id);
        // Straight to the brief, name selected for typing over.
        m_tabs->setCurrentWidget(m_brief);
        m_brief->nameEdit()->setFocus();
        m_brief->nameEdit()->selectAll();
    }
}

void CampaignsView::duplicateCurrent()
{
    if (!m_duplicate->isEnabled())
        return;
    const QString name = m_editor->freeName(
        tr("%1 (copy)").arg(m_document->plan().campaign.name));
    if (const qint64 id = m_editor->duplicate(m_currentId, name)) {
        setCurrentCampaign(id);
        emit statusMessage(tr("Duplicated as “%1”: stages back to prospect, payments unpaid.")
                               .arg(name));
    }
}

void CampaignsView::toggleArchived()
{
    if (!m_archive->isEnabled())
        return;
    const bool archive = !m_document->plan().campaign.archived;
    if (m_editor->setArchived(m_currentId, archive) && archive && !m_listModel->showArchived())
        emit statusMessage(tr("Campaign archived: tick “Show archived” to see it."));
}

void CampaignsView::deleteCurrent()
{
    // No question asked: Edit › Undo brings it back, roster, deliverables and all.
    if (m_delete->isEnabled() && m_editor->remove(m_currentId))
        emit statusMessage(tr("Campaign deleted. Undo with %1 to bring it back.")
                               .arg(QKeySequence(QKeySequence::Undo)
                                        .toString(QKeySequence::NativeText)));
}

void CampaignsView::openFillDialog()
{
    if (!m_document->isLoaded())
        return;
    FillBudgetDialog dialog(m_document, m_editor, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Added the suggestion to the roster. Undo with %1.")
                               .arg(QKeySequence(QKeySequence::Undo)
                                        .toString(QKeySequence::NativeText)));
}

void CampaignsView::addCreatorsInteractive(const QList<qint64> &creatorIds)
{
    if (creatorIds.isEmpty())
        return;
    if (!m_editor->canEdit()) {
        if (m_editor->workspace())
            emit statusMessage(tr("This workspace is read-only: its campaigns cannot change."));
        return;
    }
    QMenu menu(this);
    menu.setTitle(tr("Add to Campaign"));
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        const core::Campaign *c = m_listModel->campaignAt(row);
        if (!c || c->archived)
            continue;
        QAction *a = menu.addAction(c->name);
        const qint64 id = c->id;
        connect(a, &QAction::triggered, this, [this, id, creatorIds] { addCreators(id, creatorIds); });
    }
    if (menu.isEmpty()) {
        emit statusMessage(tr("There is no campaign yet: create one on the Campaigns page."));
        return;
    }
    menu.exec(QCursor::pos());
}

int CampaignsView::addCreators(qint64 campaignId, const QList<qint64> &creatorIds)
{
    const int row = m_listModel->rowOf(campaignId);
    const QString name = row >= 0 ? m_listModel->campaignAt(row)->name : QString();
    const int added = m_editor->addCreators(campaignId, creatorIds);
    if (added > 0)
        emit statusMessage(tr("Added %1 to “%2”").arg(CountText::creators(added), name));
    else if (m_editor->canEdit())
        emit statusMessage(creatorIds.size() == 1 ? tr("Already on “%1”").arg(name)
                                                  : tr("All of them are on “%1” already").arg(name));
    return added;
}

} // namespace tierscope::ui
