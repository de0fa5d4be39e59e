// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/campaign_status.h"
#include "core/domain/campaign.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// The workspace's campaigns (by name): status, dates and how much of the budget is committed.
// Re-reads itself when the workspace says campaigns changed.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, Dates, Budget, Committed, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int OverBudgetRole = Qt::UserRole + 2;

    explicit CampaignListModel(QObject *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const core::Campaign *campaignAt(int row) const;
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        core::Campaign campaign;
        qint64 committedMinor = 0;
        qint64 plannedMinor = 0;
        int entries = 0;
    };
    QString datesText(const core::Campaign &c) const;

    core::Workspace *m_workspace = nullptr;
    QList<Row> m_rows;
    bool m_showArchived = false;
    QDate m_today;
};

} // namespace tierscope::ui
