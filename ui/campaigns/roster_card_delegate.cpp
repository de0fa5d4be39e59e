// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/roster_card_delegate.h"

#include "core/domain/tier.h"
#include "ui/campaigns/campaign_text.h"
#include "ui/campaigns/roster_model.h"
#include "ui/creators/tier_colors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace tierscope::ui {

QSize RosterCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    // Narrow on purpose: a list in one column stretches its items to the column's width.
    return {option.fontMetrics.averageCharWidth() * 12, line * 2 + 14};
}

void RosterCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight).lighter(170)
                                     : pal.color(QPalette::Base));
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 1));
    painter->drawPath(path);

    const QFontMetrics fm = option.fontMetrics;
    const QRect inner = option.rect.adjusted(8, 6, -8, -6);
    const int overdue = index.data(RosterModel::OverdueRole).toInt();
    if (overdue > 0) { // a red stripe on the left edge
        painter->fillRect(QRectF(card.left(), card.top() + 4, 3, card.height() - 8),
                          CampaignText::alertColor());
    }

    // First line: handle (bold) … fee (right).
    QFont bold = option.font;
    bold.setBold(true);
    const QString fee = index.data(RosterModel::FeeTextRole).toString();
    const int feeWidth = fm.horizontalAdvance(fee) + 4;
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QRect top(inner.left(), inner.top(), inner.width(), fm.height());
    const QString handle = index.data(Qt::DisplayRole).toString();
    painter->drawText(top.adjusted(0, 0, -feeWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(handle, Qt::ElideRight,
                                                    top.width() - feeWidth));
    painter->setFont(option.font);
    painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, fee);

    // Second line: tier badge, summary, overdue count.
    QRect bottom(inner.left(), inner.bottom() - fm.height() + 1, inner.width(), fm.height());
    const QVariant tier = index.data(RosterModel::TierRole);
    if (tier.isValid()) {
        const auto t = core::Tier(tier.toInt());
        const TierColors colors = TierColors::of(t, pal);
        const QString name = core::tierDisplayName(t);
        const QRect badge(bottom.left(), bottom.top(), fm.horizontalAdvance(name) + 10,
                          bottom.height());
        painter->setPen(colors.border);
        painter->setBrush(colors.fill);
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(colors.text);
        painter->drawText(badge, Qt::AlignCenter, name);
        bottom.setLeft(badge.right() + 6);
    }
    QString alert;
    if (overdue > 0)
        alert = tr("%1 overdue").arg(overdue);
    const int alertWidth = alert.isEmpty() ? 0 : fm.horizontalAdvance(alert) + 6;
    painter->setPen(pal.color(QPalette::Disabled, QPalette::Text).darker(120));
    painter->drawText(bottom.adjusted(0, 0, -alertWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(RosterModel::SummaryRole).toString(),
                                    Qt::ElideRight, bottom.width() - alertWidth));
    if (!alert.isEmpty()) {
        painter->setPen(CampaignText::alertColor());
        painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, alert);
    }
    painter->restore();
}

} // namespace tierscope::ui
