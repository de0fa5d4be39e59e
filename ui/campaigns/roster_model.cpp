// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/roster_model.h"
#include "ui/common/plain_text.h"

#include "core/common/display_format.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/campaign_text.h"
#include "ui/common/creator_mime.h"

#include <QBrush>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace tierscope::ui {

RosterModel::RosterModel(CampaignDocument *document, CampaignEditor *editor, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_editor(editor)
{
    connect(m_document, &CampaignDocument::rosterReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_document, &CampaignDocument::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

QString RosterModel::mimeType()
{
    return QStringLiteral("application/x-tierscope-roster-entries");
}

QList<qint64> RosterModel::entryIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QByteArray bytes = data->data(mimeType());
    QDataStream in(&bytes, QIODevice::ReadOnly);
    in >> ids;
    return ids;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->plan().roster.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RosterModel::entryIdAt(int row) const
{
    const auto &roster = m_document->plan().roster;
    return row >= 0 && row < roster.size() ? roster.at(row).id : 0;
}

int RosterModel::rowOf(qint64 entryId) const
{
    const auto &roster = m_document->plan().roster;
    for (int i = 0; i < roster.size(); ++i) {
        if (roster.at(i).id == entryId)
            return i;
    }
    return -1;
}

QVariant RosterModel::display(int row, int column) const
{
    const core::RosterEntry &e = m_document->plan().roster.at(row);
    const core::Creator *c = m_document->plan().creatorOf(e);
    const core::EntryForecast *f = m_document->forecast().entry(e.id);
    const QString &currency = m_document->currency();
    using namespace core;
    switch (Column(column)) {
    case Creator:
        return m_document->handleOf(e.id);
    case Platform:
        return c ? platformDisplayName(c->platform) : format::unknown();
    case Tier: {
        const auto t = c ? m_document->scheme().tier(c->followers) : std::nullopt;
        return t ? tierDisplayName(*t) : format::unknown();
    }
    case Followers:
        return format::count(c ? c->followers : std::nullopt);
    case Er:
        return format::percent(c ? c->engagementRate : std::nullopt);
    case Stage:
        return stageDisplayName(e.stage);
    case Fee:
        return e.fee ? e.fee->format() : CampaignText::noFee();
    case Payment:
        return paymentStateDisplayName(e.paymentState);
    case Deliverables: {
        const int n = m_document->plan().deliverableCount(e.id);
        const int late = m_document->overdueCount(e.id);
        return late > 0 ? tr("%1 (%2 overdue)").arg(n).arg(late) : QString::number(n);
    }
    case NextDue:
        return CampaignText::date(CampaignText::nextDue(m_document->deliverables(e.id)));
    case Impressions:
        return format::compactCount(f ? f->expectedImpressions : std::nullopt);
    case Engagements:
        return format::compactCount(f ? f->expectedEngagements : std::nullopt);
    case Cpe:
        return CampaignText::moneyRatio(f ? f->cpeMinor : std::nullopt, currency);
    case Cpm:
        return CampaignText::moneyRatio(f ? f->cpmMinor : std::nullopt, currency);
    case ActualEr:
        return format::percent(f ? f->actualEr : std::nullopt);
    case ActualCpe:
        return CampaignText::moneyRatio(f ? f->actualCpeMinor : std::nullopt, currency);
    case Roi:
        return format::percent(f ? f->roi : std::nullopt, 0);
    case UsageRights:
        return e.usageRights;
    case Contact:
        return e.contact;
    case Notes:
        return e.notes.section(QLatin1Char('\n'), 0, 0);
    case ColumnCount:
        break;
    }
    return {};
}

QString RosterModel::toolTip(int row, int column) const
{
    const core::RosterEntry &e = m_document->plan().roster.at(row);
    const core::EntryForecast *f = m_document->forecast().entry(e.id);
    switch (Column(column)) {
    case Deliverables:
    case NextDue:
        return CampaignText::deliverablesTip(m_document->deliverables(e.id), m_document->today());
    case Impressions:
        if (f && f->impressionsFromDefaultRate)
            return tr("Followers × the platform's default view rate (avg views unknown) × %1 "
                      "deliverables").arg(f->deliverables);
        return f && f->expectedImpressions ? tr("Avg views × %1 deliverables").arg(f->deliverables)
                                           : tr("Needs deliverables and followers");
    case Engagements:
        return tr("Followers × ER × deliverables");
    case Cpe:
        return tr("Fee ÷ expected engagements");
    case Cpm:
        return tr("Fee ÷ expected impressions × 1,000");
    case Notes:
        return e.notes;
    default:
        return {};
    }
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const core::RosterEntry &e = m_document->plan().roster.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case Stage: return int(e.stage);
        case Payment: return int(e.paymentState);
        case Fee: return e.fee ? e.fee->toDecimalString() : QString();
        case Notes: return e.notes;
        default: return display(row, index.column());
        }
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(row, index.column()));
    case Qt::ForegroundRole:
        if (index.column() == Deliverables && m_document->overdueCount(e.id) > 0)
            return QBrush(CampaignText::alertColor());
        if (!core::inPipeline(e.stage))
            return QBrush(CampaignText::mutedColor());
        if (index.column() == Fee && !e.fee)
            return QBrush(CampaignText::mutedColor());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Followers || index.column() == Er || index.column() == Fee
            || (index.column() >= Impressions && index.column() <= Roi))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryIdRole:
        return e.id;
    case StageRole:
        return int(e.stage);
    case OverdueRole:
        return m_document->overdueCount(e.id);
    case TierRole: {
        const core::Creator *c = m_document->plan().creatorOf(e);
        const auto t = c ? m_document->scheme().tier(c->followers) : std::nullopt;
        return t ? QVariant(int(*t)) : QVariant();
    }
    case FeeTextRole:
        return display(row, Fee);
    case SummaryRole: {
        const core::Creator *c = m_document->plan().creatorOf(e);
        QStringList parts;
        if (c) {
            parts << core::platformDisplayName(c->platform)
                  << core::format::compactCount(c->followers ? std::optional<double>(*c->followers)
                                                             : std::nullopt);
        }
        parts << core::paymentStateDisplayName(e.paymentState);
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

bool RosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    core::RosterEntry e = m_document->plan().roster.at(index.row());
    const QString who = m_document->handleOf(e.id);
    QString text;
    switch (index.column()) {
    case Stage:
        return m_editor->moveToStage({e.id}, core::Stage(value.toInt()));
    case Payment:
        e.paymentState = core::PaymentState(value.toInt());
        text = tr("Mark %1 as %2").arg(who, core::paymentStateDisplayName(e.paymentState).toLower());
        break;
    case Fee: {
        const QString typed = value.toString().trimmed();
        if (typed.isEmpty()) {
            e.fee.reset();
        } else {
            const auto fee = core::Money::parse(typed, m_document->currency());
            if (!fee || fee->minor() < 0) {
                emit m_document->errorOccurred(
                    tr("“%1” is not an amount in %2.").arg(typed, m_document->currency()));
                return false;
            }
            e.fee = fee;
        }
        text = tr("Set the fee of %1").arg(who);
        break;
    }
    case UsageRights:
        e.usageRights = value.toString();
        text = tr("Edit the usage rights of %1").arg(who);
        break;
    case Contact:
        e.contact = value.toString();
        text = tr("Edit the contact of %1").arg(who);
        break;
    case Notes:
        e.notes = value.toString();
        text = tr("Edit the notes on %1").arg(who);
        break;
    default:
        return false;
    }
    return m_editor->editEntries({e}, text);
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= Impressions && section <= Roi)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Creator: return tr("Creator");
    case Platform: return tr("Platform");
    case Tier: return tr("Tier");
    case Followers: return tr("Followers");
    case Er: return tr("ER");
    case Stage: return tr("Stage");
    case Fee: return tr("Fee");
    case Payment: return tr("Payment");
    case Deliverables: return tr("Deliverables");
    case NextDue: return tr("Next due");
    case Impressions: return tr("Exp. impressions");
    case Engagements: return tr("Exp. engagements");
    case Cpe: return tr("CPE");
    case Cpm: return tr("CPM");
    case ActualEr: return tr("Actual ER");
    case ActualCpe: return tr("Actual CPE");
    case Roi: return tr("ROI");
    case UsageRights: return tr("Usage rights");
    case Contact: return tr("Contact");
    case Notes: return tr("Notes");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDragEnabled;
    if (m_editor->canEdit()) {
        switch (index.column()) {
        case Stage: case Fee: case Payment: case UsageRights: case Contact: case Notes:
            f |= Qt::ItemIsEditable;
            break;
        default:
            break;
        }
    }
    return f;
}

QStringList RosterModel::mimeTypes() const
{
    return {mimeType(), CreatorMime::type()};
}

QMimeData *RosterModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QStringList handles;
    for (const QModelIndex &i : indexes) {
        const qint64 id = entryIdAt(i.row());
        if (id > 0 && !ids.contains(id)) {
            ids << id;
            handles << m_document->handleOf(id);
        }
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    data->setData(mimeType(), bytes);
    data->setText(handles.join(QLatin1Char('\n')));
    return data;
}

Qt::DropActions RosterModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions RosterModel::supportedDragActions() const
{
    // A card dropped on another column is reported as a copy (see StageColumnView): the move
    // is a stage change, and the view must not remove the row itself.
    return Qt::MoveAction | Qt::CopyAction;
}

bool RosterModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                  const QModelIndex &) const
{
    return m_editor->canEdit() && m_document->isLoaded() && CreatorMime::canDecode(data);
}

bool RosterModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return m_editor->addCreators(m_document->campaignId(), CreatorMime::ids(data)) > 0;
}

} // namespace tierscope::ui
