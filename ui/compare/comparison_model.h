// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/comparison_row.h"
#include "core/domain/creator.h"

#include <QAbstractTableModel>

namespace tierscope::ui {

// The Compare table: one column per creator, one row per compared field (core::Comparison).
// The best cell of a ranked row reads "★ value" on a tinted background, and its tooltip says
// why; the row header carries the rule (▲ higher is better, ▼ lower is better).
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        BestRole = Qt::UserRole + 1, // bool
        ValueRole,                   // the ranked value, invalid when unknown or not ranked
        CreatorIdRole,               // on cells and horizontal headers
        FieldRole,                   // int(core::ComparisonField), on cells and vertical headers
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(const QList<core::Creator> &creators,
                       const QList<core::ComparisonRow> &rows);
    const QList<core::Creator> &creators() const { return m_creators; }
    const QList<core::ComparisonRow> &rows() const { return m_rows; }
    int rowOf(core::ComparisonField field) const;

    static QString ruleMark(core::BetterWhen rule); // "▲", "▼" or empty
    static QString bestMark() { return QStringLiteral("★"); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::Creator> m_creators;
    QList<core::ComparisonRow> m_rows;
};

} // namespace tierscope::ui
