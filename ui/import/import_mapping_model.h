// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/header_mapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace tierscope::ui {

// The import preview: one column per column of the file, headed by its header. Row 0 holds
// what each column fills (editable: a creator field, Extra or Ignore); the rows below are the
// first records of the file as text.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kMappingRow = 0;
    enum Role {
        TargetRole = Qt::UserRole + 1, // int(core::CreatorField), on every row
    };

    explicit ImportMappingModel(QObject *parent = nullptr);

    // The choices of the mapping row, in order: every creator field, then Extra and Ignore.
    static QList<core::CreatorField> choices();

    void setPreview(const QList<QStringList> &rows, const core::HeaderMapping &mapping);
    // A mapping for the same headers (a loaded one); ignored when the headers differ.
    void setMapping(const core::HeaderMapping &mapping);
    const core::HeaderMapping &mapping() const { return m_mapping; }
    int previewRowCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    void announceTargets(const core::HeaderMapping &before);

    QList<QStringList> m_rows;
    core::HeaderMapping m_mapping;
};

} // namespace tierscope::ui
