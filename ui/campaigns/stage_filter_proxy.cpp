// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/stage_filter_proxy.h"

#include "ui/campaigns/roster_model.h"

namespace tierscope::ui {

StageFilterProxy::StageFilterProxy(core::Stage stage, QObject *parent)
    : QSortFilterProxyModel(parent), m_stage(stage)
{
    setDynamicSortFilter(true); // a stage edit moves the row to its new column at once
}

bool StageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(RosterModel::StageRole).toInt() == int(m_stage);
}

} // namespace tierscope::ui
