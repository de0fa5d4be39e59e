// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deliverable.h"

#include <QAbstractTableModel>

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;

// The deliverables of one roster entry: what, how many, when, its status, and the results once
// published (manual entry). Overdue ones are flagged in red against the document's clock. Each
// edit is an undo step.
class DeliverableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Kind, Quantity, Due, Status, Url, Published, Views, Likes, Comments, Shares, Saves,
        Clicks, Conversions, Revenue, ColumnCount
    };
    static constexpr int OverdueRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    DeliverableModel(CampaignDocument *document, CampaignEditor *editor, QObject *parent = nullptr);

    void setEntry(qint64 entryId);
    qint64 entryId() const { return m_entryId; }
    const core::Deliverable *deliverableAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void invalidInput(const QString &message);

private:
    void refresh();
    std::optional<qint64> *count(core::Deliverable &d, int column) const;

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    qint64 m_entryId = 0;
    QList<core::Deliverable> m_rows;
};

} // namespace tierscope::ui
