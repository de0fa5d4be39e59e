// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/campaign_list_model.h"

#include "core/analytics/checked_arithmetic.h"
#include "core/common/display_format.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/workspace.h"
#include "ui/campaigns/campaign_text.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace tierscope::ui {

CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{
}

void CampaignListModel::setWorkspace(core::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace->events(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace->events(), &core::WorkspaceEvents::campaignsChanged, this,
                &CampaignListModel::reload);
    reload();
}

void CampaignListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

void CampaignListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

void CampaignListModel::reload()
{
    QList<Row> rows;
    if (m_workspace) {
        const core::CampaignRepository repo(m_workspace->database());
        const auto campaigns = repo.list(m_showArchived);
        if (!campaigns) {
            emit errorOccurred(campaigns.error().message);
        } else {
            for (const core::Campaign &c : *campaigns) {
                Row row{c, 0, 0, 0};
                if (const auto entries = repo.entries(c.id)) {
                    for (const core::RosterEntry &e : *entries) {
                        if (!core::inPipeline(e.stage))
                            continue;
                        ++row.entries;
                        const qint64 fee = e.fee ? e.fee->minor() : 0;
                        // Held at the end rather than wrapped (checked_arithmetic.h).
                        row.plannedMinor = core::checked::add(row.plannedMinor, fee);
                        if (core::isCommitted(e.stage))
                            row.committedMinor = core::checked::add(row.committedMinor, fee);
                    }
                }
                rows << row;
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::datesText(const core::Campaign &c) const
{
    const QLocale locale;
    const auto day = [&](const QDate &d) -> QString {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QStringLiteral("…");
    };
    if (!c.startsOn.isValid() && !c.endsOn.isValid())
        return tr("No dates");
    return day(c.startsOn) + QStringLiteral(" – ") + day(c.endsOn);
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const core::Campaign &c = row.campaign;
    const bool over = row.committedMinor > c.budget.minor();
    if (role == IdRole)
        return c.id;
    if (role == OverBudgetRole)
        return over;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return c.brand.isEmpty() ? c.name : c.name + QStringLiteral(" · ") + c.brand;
        case Status: {
            QString status = core::campaignStatusDisplayName(core::campaignStatus(c, m_today));
            if (!status.isEmpty())
                status[0] = status.at(0).toUpper();
            return status;
        }
        case Dates:
            return datesText(c);
        case Budget:
            return c.budget.format();
        case Committed: {
            if (core::checked::isTooLarge(row.committedMinor))
                return core::checked::tooLargeText();
            if (c.budget.minor() <= 0)
                return core::Money(row.committedMinor, c.currency()).format();
            return core::format::percent(double(row.committedMinor) / double(c.budget.minor()), 0);
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        const auto amount = [&c](qint64 minor) {
            return core::checked::isTooLarge(minor) ? core::checked::tooLargeText()
                                                    : core::Money(minor, c.currency()).format();
        };
        QString tip = tr("%1 committed and %2 planned of %3, %4 on the roster")
                          .arg(amount(row.committedMinor), amount(row.plannedMinor),
                               c.budget.format())
                          .arg(row.entries);
        if (over && !core::checked::isTooLarge(row.committedMinor))
            tip += QLatin1Char('\n')
                + tr("Over budget by %1")
                      .arg(core::Money(row.committedMinor - c.budget.minor(), c.currency())
                               .format());
        return tip;
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Committed && over)
            return QBrush(CampaignText::alertColor());
        if (c.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Budget || index.column() == Committed))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Campaign");
    case Status: return tr("Status");
    case Dates: return tr("Dates");
    case Budget: return tr("Budget");
    case Committed: return tr("Committed");
    }
    return {};
}

qint64 CampaignListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).campaign.id : 0;
}

int CampaignListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).campaign.id == id)
            return i;
    }
    return -1;
}

const core::Campaign *CampaignListModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).campaign : nullptr;
}

} // namespace tierscope::ui
