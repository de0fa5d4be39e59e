// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;

// The roster of the campaign in a CampaignDocument, one row per entry (roster order), for the
// table and — through a stage filter — the pipeline board. Stage, fee, payment, usage rights,
// contact and notes are editable; each edit is an undo step through the CampaignEditor. Rows
// drag as roster entry ids; creators dropped on it join the roster.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Creator, Platform, Tier, Followers, Er, Stage, Fee, Payment, Deliverables, NextDue,
        Impressions, Engagements, Cpe, Cpm, ActualEr, ActualCpe, Roi, UsageRights, Contact, Notes,
        ColumnCount
    };
    static constexpr int EntryIdRole = Qt::UserRole + 1;
    static constexpr int StageRole = Qt::UserRole + 2;     // int(core::Stage)
    static constexpr int OverdueRole = Qt::UserRole + 3;   // overdue deliverables of the entry
    static constexpr int TierRole = Qt::UserRole + 4;      // int(core::Tier), or invalid
    static constexpr int FeeTextRole = Qt::UserRole + 5;   // "$420.00" or "no fee"
    static constexpr int SummaryRole = Qt::UserRole + 6;   // a card's second line

    RosterModel(CampaignDocument *document, CampaignEditor *editor, QObject *parent = nullptr);

    static QString mimeType(); // roster entry ids
    static QList<qint64> entryIds(const QMimeData *data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    qint64 entryIdAt(int row) const;
    int rowOf(qint64 entryId) const;

private:
    QVariant display(int row, int column) const;
    QString toolTip(int row, int column) const;

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
};

} // namespace tierscope::ui
