// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/roster.h"

#include <QSortFilterProxyModel>

namespace tierscope::ui {

// The roster entries at one stage: one column of the pipeline board over the roster model.
class StageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    StageFilterProxy(core::Stage stage, QObject *parent = nullptr);
    core::Stage stage() const { return m_stage; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    core::Stage m_stage;
};

} // namespace tierscope::ui
