// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparison_model.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tierscope::ui {

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setComparison(const QList<core::Creator> &creators,
                                    const QList<core::ComparisonRow> &rows)
{
    beginResetModel();
    m_creators = creators;
    m_rows = rows;
    endResetModel();
}

int ComparisonModel::rowOf(core::ComparisonField field) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].field == field)
            return i;
    }
    return -1;
}

QString ComparisonModel::ruleMark(core::BetterWhen rule)
{
    switch (rule) {
    case core::BetterWhen::Higher: return QStringLiteral("▲");
    case core::BetterWhen::Lower: return QStringLiteral("▼");
    case core::BetterWhen::NotRanked: break;
    }
    return {};
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_creators.size());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ComparisonRow &row = m_rows.at(index.row());
    if (index.column() >= row.cells.size())
        return {};
    const core::ComparisonCell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // The mark is text, so the best value never rests on colour alone.
        return cell.best ? QString(bestMark() + u' ' + cell.text) : cell.text;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (cell.best)
            lines << tr("Best in this row (%1)").arg(core::ComparisonRow::ruleText(row.rule).toLower());
        if (!cell.note.isEmpty())
            lines << cell.note;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::BackgroundRole:
        if (cell.best) {
            const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
            return QBrush(dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd9, 0xf2, 0xdf));
        }
        break;
    case Qt::FontRole:
        if (cell.best) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((cell.value ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    case BestRole: return cell.best;
    case ValueRole: return cell.value ? QVariant(*cell.value) : QVariant();
    case CreatorIdRole: return m_creators.value(index.column()).id;
    case FieldRole: return int(row.field);
    default: break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_creators.size())
            return {};
        const core::Creator &c = m_creators.at(section);
        switch (role) {
        case Qt::DisplayRole: return QString(u'@' + c.handle);
        case Qt::ToolTipRole:
            return c.displayName.isEmpty() ? QVariant()
                                           : QVariant(tr("%1 on %2").arg(
                                                 c.displayName, core::platformDisplayName(c.platform)));
        case CreatorIdRole: return c.id;
        default: return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const core::ComparisonRow &row = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole: {
        const QString mark = ruleMark(row.rule);
        return mark.isEmpty() ? row.label : QString(row.label + u' ' + mark);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        const QString rule = core::ComparisonRow::ruleText(row.rule);
        lines << (rule.isEmpty() ? tr("Not ranked") : rule);
        if (!row.note.isEmpty())
            lines << row.note;
        if (!row.markingNote.isEmpty())
            lines << row.markingNote;
        return lines.join(u'\n');
    }
    case FieldRole: return int(row.field);
    default: break;
    }
    return {};
}

} // namespace tierscope::ui
