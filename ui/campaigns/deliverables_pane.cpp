// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/deliverables_pane.h"

#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/choice_delegate.h"
#include "ui/campaigns/deliverable_model.h"
#include "ui/campaigns/results_import_dialog.h"
#include "ui/common/message_box.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tierscope::ui {

DeliverablesPane::DeliverablesPane(CampaignDocument *document, CampaignEditor *editor,
                                   QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_editor(editor),
      m_model(new DeliverableModel(document, editor, this)),
      m_heading(new QLabel(this)),
      m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add Deliverable"), this)),
      m_remove(new QPushButton(tr("Remove"), this)),
      m_importResults(new QPushButton(tr("Import &Results…"), this))
{
    m_importResults->setToolTip(
        tr("Read views, likes, clicks, revenue … of the campaign's deliverables from a CSV sheet"));
    m_heading->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("deliverablesTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QList<std::pair<int, QString>> kinds, statuses;
    for (core::DeliverableKind k : core::allDeliverableKinds())
        kinds.append({int(k), core::deliverableKindDisplayName(k)});
    for (core::DeliverableStatus s : core::allDeliverableStatuses())
        statuses.append({int(s), core::deliverableStatusDisplayName(s)});
    m_table->setItemDelegateForColumn(DeliverableModel::Kind, new ChoiceDelegate(kinds, m_table));
    m_table->setItemDelegateForColumn(DeliverableModel::Status,
                                      new ChoiceDelegate(statuses, m_table));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addWidget(m_importResults);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &DeliverablesPane::addDeliverable);
    connect(m_remove, &QPushButton::clicked, this, &DeliverablesPane::removeSelected);
    connect(m_importResults, &QPushButton::clicked, this, &DeliverablesPane::openResultsImport);
    connect(m_model, &DeliverableModel::invalidInput, this,
            [this](const QString &message) { MessageBox::warning(this, tr("Deliverables"), message); });
    connect(m_document, &CampaignDocument::changed, this, &DeliverablesPane::updateHeading);
    connect(m_document, &CampaignDocument::rosterReset, this, [this] {
        if (!m_document->entry(m_model->entryId()))
            setEntry(0);
    });
    setEntry(0);
}

void DeliverablesPane::setEntry(qint64 entryId)
{
    m_model->setEntry(entryId);
    updateHeading();
}

void DeliverablesPane::updateHeading()
{
    const qint64 id = m_model->entryId();
    const bool chosen = m_document->entry(id) != nullptr;
    if (!chosen) {
        m_heading->setText(tr("Deliverables: choose a creator on the roster"));
    } else {
        const int late = m_document->overdueCount(id);
        QString text = tr("Deliverables of %1").arg(m_document->handleOf(id));
        if (late > 0)
            text += QStringLiteral(" — ") + tr("%1 overdue").arg(late);
        m_heading->setText(text);
    }
    m_add->setEnabled(chosen && m_editor->canEdit());
    m_remove->setEnabled(chosen && m_editor->canEdit() && m_model->rowCount() > 0);
    m_importResults->setEnabled(m_document->isLoaded() && m_editor->canEdit());
}

ResultsImportDialog *DeliverablesPane::openResultsImport()
{
    if (!m_importResults->isEnabled())
        return nullptr;
    auto *dialog = new ResultsImportDialog(m_document, m_editor, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DeliverablesPane::addDeliverable()
{
    const core::Campaign &c = m_document->plan().campaign;
    core::Deliverable d;
    d.rosterEntryId = m_model->entryId();
    // The most common ask by platform; due a week from today, within the campaign when it can.
    if (const core::Creator *creator = m_document->creatorOf(d.rosterEntryId)) {
        d.kind = creator->platform == core::Platform::YouTube ? core::DeliverableKind::Video
                 : creator->platform == core::Platform::TikTok ? core::DeliverableKind::Short
                                                                : core::DeliverableKind::Reel;
    }
    QDate due = m_document->today().addDays(7);
    if (c.endsOn.isValid() && due > c.endsOn)
        due = c.endsOn;
    if (c.startsOn.isValid() && due < c.startsOn)
        due = c.startsOn;
    d.dueOn = due;
    if (const qint64 id = m_editor->addDeliverable(d)) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->deliverableAt(r)->id == id) {
                m_table->setCurrentIndex(m_model->index(r, DeliverableModel::Kind));
                break;
            }
        }
    }
}

void DeliverablesPane::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const core::Deliverable *d = m_model->deliverableAt(current.isValid() ? current.row() : 0);
    if (d)
        m_editor->removeDeliverable(d->id);
}

} // namespace tierscope::ui
