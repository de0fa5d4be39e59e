// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/pipeline_board.h"

#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/roster_card_delegate.h"
#include "ui/campaigns/roster_model.h"
#include "ui/campaigns/stage_column_view.h"
#include "ui/campaigns/stage_filter_proxy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tierscope::ui {

PipelineBoard::PipelineBoard(RosterModel *model, CampaignDocument *document,
                             CampaignEditor *editor, QWidget *parent)
    : QWidget(parent), m_model(model), m_document(document), m_editor(editor)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    for (core::Stage stage : core::allStages()) {
        auto *proxy = new StageFilterProxy(stage, this);
        proxy->setSourceModel(m_model);
        auto *view = new StageColumnView(stage, this);
        view->setObjectName(QStringLiteral("stage_") + core::stageKey(stage));
        view->setModel(proxy);
        view->setItemDelegate(new RosterCardDelegate(view));
        view->setMinimumWidth(view->fontMetrics().averageCharWidth() * 8);
        view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
        view->setDropHandler([this](const QList<qint64> &ids, core::Stage to) {
            return m_editor->moveToStage(ids, to);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (current.isValid() && view->hasFocus())
                        emit currentEntryChanged(current.data(RosterModel::EntryIdRole).toLongLong());
                });
        connect(view, &QListView::clicked, this, [this](const QModelIndex &i) {
            emit currentEntryChanged(i.data(RosterModel::EntryIdRole).toLongLong());
        });
        connect(view, &QListView::activated, this, [this](const QModelIndex &i) {
            emit entryActivated(i.data(RosterModel::EntryIdRole).toLongLong());
        });
        auto *heading = new QLabel(this);
        heading->setTextFormat(Qt::PlainText);
        heading->setWordWrap(true);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(heading);
        column->addWidget(view, 1);
        row->addLayout(column, 1);
        m_columns.insert(stage, view);
        m_headings.insert(stage, heading);
    }
    connect(m_document, &CampaignDocument::changed, this, &PipelineBoard::updateHeadings);
    updateHeadings();
}

QList<qint64> PipelineBoard::selectedEntryIds() const
{
    QList<qint64> ids;
    for (StageColumnView *view : m_columns) {
        for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
            ids << i.data(RosterModel::EntryIdRole).toLongLong();
    }
    return ids;
}

void PipelineBoard::updateHeadings()
{
    QHash<core::Stage, int> counts;
    QHash<core::Stage, qint64> fees;
    for (const core::RosterEntry &e : m_document->plan().roster) {
        ++counts[e.stage];
        if (e.fee)
            fees[e.stage] += e.fee->minor();
    }
    for (auto it = m_headings.cbegin(); it != m_headings.cend(); ++it) {
        QLabel *label = it.value();
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        const int n = counts.value(it.key());
        QString text = core::stageDisplayName(it.key()) + QStringLiteral(" · ") + QString::number(n);
        if (n > 0 && m_document->isLoaded())
            text += QLatin1Char('\n')
                + core::Money(fees.value(it.key()), m_document->currency()).format();
        else
            text += QLatin1Char('\n');
        label->setText(text);
    }
}

} // namespace tierscope::ui
