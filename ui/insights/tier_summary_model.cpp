// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/tier_summary_model.h"

#include "core/analytics/campaign_math.h"
#include "core/common/display_format.h"
#include "ui/creators/creator_text.h"
#include "ui/creators/tier_colors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace tierscope::ui {

namespace fmt = core::format;

namespace {

QString money(std::optional<double> minor, const QString &currency, const QLocale &locale)
{
    const auto rounded = core::roundedMoney(minor, currency);
    if (!rounded)
        return fmt::unknown();
    // A CPE below one cent reads "< $0.01", not "$0.00".
    if (rounded->minor() == 0 && *minor > 0.0)
        return QStringLiteral("< ") + core::Money(1, currency).format(locale);
    return rounded->format(locale);
}

QVariant optionalValue(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

TierSummaryModel::TierSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void TierSummaryModel::setStatistics(const core::TierStatistics &statistics,
                                     const core::TierScheme &scheme)
{
    beginResetModel();
    m_stats = statistics;
    m_scheme = scheme;
    endResetModel();
}

void TierSummaryModel::clear()
{
    beginResetModel();
    m_stats = {};
    endResetModel();
}

int TierSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stats.tiers.size());
}

int TierSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TierColumn: return tr("Tier");
        case RangeColumn: return tr("Followers");
        case CountColumn: return tr("Creators");
        case ShareColumn: return tr("Share");
        case MedianErColumn: return tr("Median ER");
        case IqrColumn: return tr("Middle half of ER");
        case BenchmarkColumn: return tr("Benchmark");
        case ErVsBenchmarkColumn: return tr("Median vs benchmark");
        case MedianFollowersColumn: return tr("Median followers");
        case MedianFeeColumn: return tr("Median fee");
        case MedianCpeColumn: return tr("Median est. CPE");
        case MedianAuthenticityColumn: return tr("Median authenticity");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShareColumn:
            return tr("Share of all matching creators (those of unknown followers have no tier)");
        case IqrColumn:
            return tr("Inter-quartile range: half of the tier's creators have an ER in it");
        case BenchmarkColumn:
            return tr("The tier's benchmark ER on each basis its creators' ERs are on (by "
                      "followers, by views)");
        case ErVsBenchmarkColumn:
            return tr("Median of each ER minus the tier's benchmark on the same basis (by "
                      "followers or by views), in percentage points");
        case MedianFeeColumn:
        case MedianCpeColumn:
            return tr("Fees in %1 only: there are no exchange rates offline")
                .arg(m_stats.feeCurrency);
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section <= RangeColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                          : Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString TierSummaryModel::text(const core::TierSummary &t, int column) const
{
    const QLocale locale;
    switch (column) {
    case TierColumn: return core::tierDisplayName(t.tier);
    case RangeColumn: {
        const qint64 lo = m_scheme.lowerBound(t.tier);
        const auto hi = m_scheme.upperBoundExclusive(t.tier);
        // "10k – 100k" rather than "10.0k – 100k".
        const auto compact = [&locale](qint64 n) -> QString {
            QString text = fmt::compactCount(double(n), locale);
            const QString zero = locale.decimalPoint() + locale.zeroDigit();
            const qsizetype at = text.size() - 1 - zero.size();
            if (at >= 0 && !text.back().isDigit() && text.mid(at, zero.size()) == zero)
                text.remove(at, zero.size());
            return text;
        };
        return hi ? tr("%1 – %2").arg(compact(lo), compact(*hi)) : tr("%1 +").arg(compact(lo));
    }
    case CountColumn: return locale.toString(t.count);
    case ShareColumn: return fmt::percent(t.share, 1, locale);
    case MedianErColumn: return fmt::percent(t.medianEr, 2, locale);
    case IqrColumn:
        if (!t.lowerQuartileEr || !t.upperQuartileEr)
            return fmt::unknown();
        return tr("%1 – %2").arg(fmt::percent(t.lowerQuartileEr, 1, locale),
                                 fmt::percent(t.upperQuartileEr, 1, locale));
    case BenchmarkColumn: {
        // By followers, by views, or both ("7.0 % · 5.5 % by views").
        const QString byFollowers =
            t.benchmark ? fmt::percent(t.benchmark->engagementRate, 1, locale) : QString();
        const QString byViews = t.viewsBenchmark
            ? tr("%1 by views").arg(fmt::percent(t.viewsBenchmark->engagementRate, 1, locale))
            : QString();
        if (byFollowers.isEmpty() && byViews.isEmpty())
            return fmt::unknown();
        if (byFollowers.isEmpty() || byViews.isEmpty())
            return byFollowers + byViews;
        return tr("%1 · %2").arg(byFollowers, byViews);
    }
    case ErVsBenchmarkColumn: return fmt::percentagePoints(t.erVsBenchmark, 1, locale);
    case MedianFollowersColumn:
        return t.medianFollowers ? locale.toString(qint64(std::llround(*t.medianFollowers)))
                                 : fmt::unknown();
    case MedianFeeColumn: return money(t.medianFeeMinor, m_stats.feeCurrency, locale);
    case MedianCpeColumn: return money(t.medianCpeMinor, m_stats.feeCurrency, locale);
    case MedianAuthenticityColumn: return fmt::percent(t.medianAuthenticity, 0, locale);
    }
    return {};
}

QVariant TierSummaryModel::value(const core::TierSummary &t, int column) const
{
    switch (column) {
    case TierColumn: return int(t.tier);
    case RangeColumn: return m_scheme.lowerBound(t.tier);
    case CountColumn: return t.count;
    case ShareColumn: return t.share;
    case MedianErColumn: return optionalValue(t.medianEr);
    case IqrColumn:
        return t.lowerQuartileEr && t.upperQuartileEr
            ? QVariant(QVariantList{*t.lowerQuartileEr, *t.upperQuartileEr})
            : QVariant();
    case BenchmarkColumn: // the one by followers, else by views
        return t.benchmark       ? QVariant(t.benchmark->engagementRate)
            : t.viewsBenchmark ? QVariant(t.viewsBenchmark->engagementRate)
                               : QVariant();
    case ErVsBenchmarkColumn: return optionalValue(t.erVsBenchmark);
    case MedianFollowersColumn: return optionalValue(t.medianFollowers);
    case MedianFeeColumn: return optionalValue(t.medianFeeMinor);
    case MedianCpeColumn: return optionalValue(t.medianCpeMinor);
    case MedianAuthenticityColumn: return optionalValue(t.medianAuthenticity);
    }
    return {};
}

QString TierSummaryModel::toolTip(const core::TierSummary &t, int column) const
{
    const QLocale locale;
    switch (column) {
    case TierColumn:
    case RangeColumn: return CreatorText::tierRange(t.tier, m_scheme, locale);
    case MedianErColumn:
    case IqrColumn:
        return tr("Over the %1 creators of this tier with a known ER").arg(locale.toString(t.withEr));
    case BenchmarkColumn:
    case ErVsBenchmarkColumn: {
        QStringList lines;
        if (t.benchmark && !t.benchmark->source.isEmpty())
            lines << tr("Benchmark by followers: %1").arg(t.benchmark->source);
        if (t.viewsBenchmark && !t.viewsBenchmark->source.isEmpty())
            lines << tr("Benchmark by views: %1").arg(t.viewsBenchmark->source);
        if (t.withErByViews > 0)
            lines << tr("%1 of the %2 known ERs are by views")
                         .arg(locale.toString(t.withErByViews), locale.toString(t.withEr));
        return lines.join(u'\n');
    }
    case MedianCpeColumn:
        return tr("Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) for "
                  "an ER by views");
    default: break;
    }
    return {};
}

QVariant TierSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TierSummary &t = m_stats.tiers.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(t, index.column());
    case ValueRole: return value(t, index.column());
    case TierRole: return int(t.tier);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(t, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() <= RangeColumn
                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == ErVsBenchmarkColumn && t.erVsBenchmark && *t.erVsBenchmark != 0.0) {
            // Above or below the benchmark also reads from the sign; colour only adds to it.
            const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
            const bool above = *t.erVsBenchmark > 0.0;
            return QBrush(above ? (dark ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x1e, 0x7b, 0x34))
                                : (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e)));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TierColumn)
            return TierColors::plot(t.tier, QGuiApplication::palette());
        break;
    default: break;
    }
    return {};
}

} // namespace tierscope::ui
