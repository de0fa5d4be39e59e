// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlist_entry_delegate.h"

#include "core/domain/shortlist.h"
#include "ui/shortlists/shortlist_entry_model.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QPainterPath>

namespace tierscope::ui {

namespace {

constexpr int kPillPadding = 8;

bool isVerdict(const QModelIndex &index)
{
    return index.column() == int(ShortlistColumn::Verdict);
}

// Yes green, maybe amber, no red; pale fills on light palettes, deep ones on dark.
void verdictColors(core::Verdict v, const QPalette &palette, QColor *fill, QColor *text)
{
    int hue = 0;
    switch (v) {
    case core::Verdict::Yes: hue = 135; break;
    case core::Verdict::Maybe: hue = 40; break;
    case core::Verdict::No: hue = 0; break;
    case core::Verdict::Undecided: break;
    }
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    *fill = dark ? QColor::fromHsl(hue, 110, 60) : QColor::fromHsl(hue, 190, 225);
    *text = dark ? QColor::fromHsl(hue, 200, 210) : QColor::fromHsl(hue, 190, 60);
}

} // namespace

void ShortlistEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (isVerdict(index))
        paintVerdict(painter, option, index);
    else
        CreatorItemDelegate::paint(painter, option, index);
}

void ShortlistEntryDelegate::paintVerdict(QPainter *painter, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const auto verdict = core::Verdict(index.data(Qt::EditRole).toInt());
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (verdict == core::Verdict::Undecided) {
        // Undecided is the usual state: plain and muted, so the decided ones stand out.
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QColor fill;
    QColor textColor;
    verdictColors(verdict, opt.palette, &fill, &textColor);
    QFont font = opt.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int height = std::min(opt.rect.height() - 4, fm.height() + 4);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QRectF pill(textRect.left() + 1, opt.rect.center().y() - height / 2.0 + 0.5,
                      fm.horizontalAdvance(text) + 2 * kPillPadding, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setFont(font);
    painter->setPen(textColor);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize ShortlistEntryDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize size = CreatorItemDelegate::sizeHint(option, index);
    if (isVerdict(index))
        size.rwidth() += 2 * kPillPadding;
    return size;
}

QWidget *ShortlistEntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    if (!isVerdict(index))
        return CreatorItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (core::Verdict v : core::allVerdicts())
        combo->addItem(core::verdictDisplayName(v), int(v));
    // A choice is the whole edit: commit it at once. (commitData is a signal: not const.)
    auto *self = const_cast<ShortlistEntryDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ShortlistEntryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && isVerdict(index)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    CreatorItemDelegate::setEditorData(editor, index);
}

void ShortlistEntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                          const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && isVerdict(index)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    CreatorItemDelegate::setModelData(editor, model, index);
}

} // namespace tierscope::ui
