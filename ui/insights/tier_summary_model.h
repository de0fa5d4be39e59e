// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_statistics.h"
#include "core/domain/tier_scheme.h"

#include <QAbstractTableModel>

namespace tierscope::ui {

// The Insights table: one row per tier (emerging … mega), statistics over every matching
// creator. ValueRole gives the raw number behind a cell (fractions, minor units) or an invalid
// QVariant when unknown.
class TierSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TierColumn,
        RangeColumn,
        CountColumn,
        ShareColumn,
        MedianErColumn,
        IqrColumn,
        BenchmarkColumn,
        ErVsBenchmarkColumn,
        MedianFollowersColumn,
        MedianFeeColumn,
        MedianCpeColumn,
        MedianAuthenticityColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, TierRole };

    explicit TierSummaryModel(QObject *parent = nullptr);

    void setStatistics(const core::TierStatistics &statistics, const core::TierScheme &scheme);
    void clear();
    const core::TierStatistics &statistics() const { return m_stats; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const core::TierSummary &t, int column) const;
    QVariant value(const core::TierSummary &t, int column) const;
    QString toolTip(const core::TierSummary &t, int column) const;

    core::TierStatistics m_stats;
    core::TierScheme m_scheme;
};

} // namespace tierscope::ui
