// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/deliverable_model.h"

#include "core/common/display_format.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/campaign_text.h"

#include <QBrush>
#include <QLocale>

namespace tierscope::ui {

DeliverableModel::DeliverableModel(CampaignDocument *document, CampaignEditor *editor,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_editor(editor)
{
    connect(m_document, &CampaignDocument::changed, this, &DeliverableModel::refresh);
}

void DeliverableModel::setEntry(qint64 entryId)
{
    beginResetModel();
    m_entryId = entryId;
    m_rows = m_document->entry(entryId) ? m_document->deliverables(entryId)
                                         : QList<core::Deliverable>();
    endResetModel();
}

void DeliverableModel::refresh()
{
    const QList<core::Deliverable> now = m_document->entry(m_entryId)
                                             ? m_document->deliverables(m_entryId)
                                             : QList<core::Deliverable>();
    bool sameIds = now.size() == m_rows.size();
    for (int i = 0; sameIds && i < now.size(); ++i)
        sameIds = now[i].id == m_rows[i].id;
    if (!sameIds) {
        beginResetModel();
        m_rows = now;
        endResetModel();
        return;
    }
    m_rows = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const core::Deliverable *DeliverableModel::deliverableAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliverableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliverableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<qint64> *DeliverableModel::count(core::Deliverable &d, int column) const
{
    core::DeliverableActuals &a = d.actuals;
    switch (column) {
    case Views: return &a.views;
    case Likes: return &a.likes;
    case Comments: return &a.comments;
    case Shares: return &a.shares;
    case Saves: return &a.saves;
    case Clicks: return &a.clicks;
    case Conversions: return &a.conversions;
    default: return nullptr;
    }
}

QVariant DeliverableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    core::Deliverable d = m_rows.at(index.row());
    const bool overdue = d.isOverdue(m_document->today());
    const int column = index.column();
    if (role == OverdueRole)
        return overdue;
    if (role == IdRole)
        return d.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case Kind:
            return edit ? QVariant(int(d.kind)) : core::deliverableKindDisplayName(d.kind);
        case Quantity:
            return d.quantity;
        case Due:
            if (edit)
                return d.dueOn.isValid() ? d.dueOn : m_document->today();
            return overdue ? tr("%1 (overdue)").arg(CampaignText::date(d.dueOn))
                           : CampaignText::date(d.dueOn);
        case Status:
            return edit ? QVariant(int(d.status)) : core::deliverableStatusDisplayName(d.status);
        case Url:
            return d.url;
        case Published:
            if (edit)
                return d.publishedOn.isValid() ? d.publishedOn : m_document->today();
            return CampaignText::date(d.publishedOn);
        case Revenue:
            if (edit)
                return d.actuals.revenue ? d.actuals.revenue->toDecimalString() : QString();
            return d.actuals.revenue ? d.actuals.revenue->format() : core::format::unknown();
        default:
            if (const auto *n = count(d, column)) {
                if (edit)
                    return *n ? QString::number(**n) : QString();
                return core::format::count(*n);
            }
        }
    }
    if (role == Qt::ForegroundRole && overdue && (column == Due || column == Status))
        return QBrush(CampaignText::alertColor());
    if (role == Qt::ToolTipRole && overdue)
        return tr("Due %1 and not published: %2")
            .arg(CampaignText::date(d.dueOn),
                 CampaignText::overdueBy(int(d.dueOn.daysTo(m_document->today()))));
    if (role == Qt::TextAlignmentRole && (column == Quantity || column >= Views))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool DeliverableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    core::Deliverable d = m_rows.at(index.row());
    const int column = index.column();
    const QString typed = value.toString().trimmed();
    switch (column) {
    case Kind: d.kind = core::DeliverableKind(value.toInt()); break;
    case Quantity: d.quantity = value.toInt(); break;
    case Due: d.dueOn = value.toDate(); break;
    case Status:
        d.status = core::DeliverableStatus(value.toInt());
        if (d.status == core::DeliverableStatus::Published && !d.publishedOn.isValid())
            d.publishedOn = m_document->today();
        break;
    case Url: d.url = typed; break;
    case Published: d.publishedOn = value.toDate(); break;
    case Revenue:
        if (typed.isEmpty()) {
            d.actuals.revenue.reset();
        } else {
            const auto m = core::Money::parse(typed, m_document->currency());
            if (!m) {
                emit invalidInput(tr("“%1” is not an amount in %2.").arg(typed, m_document->currency()));
                return false;
            }
            d.actuals.revenue = m;
        }
        break;
    default: {
        auto *n = count(d, column);
        if (!n)
            return false;
        if (typed.isEmpty()) {
            n->reset();
        } else {
            bool ok = false;
            const qint64 v = QLocale().toLongLong(typed, &ok);
            const qint64 plain = ok ? v : typed.toLongLong(&ok);
            if (!ok || plain < 0) {
                emit invalidInput(tr("“%1” is not a count (a whole number, 0 or more).").arg(typed));
                return false;
            }
            *n = plain;
        }
    }
    }
    return m_editor->updateDeliverable(d);
}

QVariant DeliverableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Kind: return tr("Type");
    case Quantity: return tr("Qty");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Url: return tr("URL");
    case Published: return tr("Published");
    case Views: return tr("Views");
    case Likes: return tr("Likes");
    case Comments: return tr("Comments");
    case Shares: return tr("Shares");
    case Saves: return tr("Saves");
    case Clicks: return tr("Clicks");
    case Conversions: return tr("Conversions");
    case Revenue: return tr("Revenue");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags DeliverableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editor->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace tierscope::ui
