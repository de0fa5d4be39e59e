// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/budget_panel.h"

#include "core/common/display_format.h"
#include "ui/campaigns/budget_bar.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_text.h"
#include "ui/campaigns/results_chart.h"
#include "ui/common/palette_follower.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tierscope::ui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BudgetPanel::BudgetPanel(CampaignDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_bar(new BudgetBar(this)),
      m_figures(plainLabel(this)),
      m_over(plainLabel(this)),
      m_split(new QTableWidget(this)),
      m_forecast(plainLabel(this)),
      m_constants(plainLabel(this)),
      m_results(plainLabel(this)),
      m_chart(new ResultsChart(document, this))
{
    m_figures->setObjectName(QStringLiteral("budgetFigures"));
    m_over->setObjectName(QStringLiteral("overBudget"));
    const auto alert = [this] {
        QPalette p = m_over->palette();
        p.setColor(QPalette::WindowText, CampaignText::alertColor());
        m_over->setPalette(p);
    };
    alert();
    onPaletteChange(m_over, alert);
    QFont bold = m_over->font();
    bold.setBold(true);
    m_over->setFont(bold);

    m_split->setColumnCount(6);
    m_split->setHorizontalHeaderLabels({tr("Split"), tr("Entries"), tr("Planned"), tr("Committed"),
                                        tr("Paid"), tr("Share of budget")});
    m_split->verticalHeader()->hide();
    m_split->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_split->setSelectionMode(QAbstractItemView::NoSelection);
    m_split->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_split->horizontalHeader()->setMinimumSectionSize(m_split->fontMetrics().averageCharWidth() * 12);
    m_split->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_split->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_split->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_split->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_split->setAlternatingRowColors(true);
    m_split->setShowGrid(false);
    m_constants->setForegroundRole(QPalette::PlaceholderText);

    auto *budgetBox = new QGroupBox(tr("Budget"), this);
    auto *budgetLayout = new QVBoxLayout(budgetBox);
    budgetLayout->addWidget(m_bar);
    budgetLayout->addWidget(m_figures);
    budgetLayout->addWidget(m_over);
    budgetLayout->addWidget(m_split, 0, Qt::AlignLeft);

    auto *forecastBox = new QGroupBox(tr("Forecast"), this);
    auto *forecastLayout = new QVBoxLayout(forecastBox);
    forecastLayout->addWidget(m_forecast);
    forecastLayout->addWidget(m_constants);

    auto *resultsBox = new QGroupBox(tr("Results"), this);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addWidget(m_results);
    resultsLayout->addWidget(m_chart, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(budgetBox);
    layout->addWidget(forecastBox);
    layout->addWidget(resultsBox, 1); // the chart takes the room left
    connect(m_document, &CampaignDocument::changed, this, &BudgetPanel::refresh);
    refresh();
}

void BudgetPanel::refresh()
{
    const core::BudgetSummary &b = m_document->budget();
    const QString &cur = b.currency;
    const auto money = [&](qint64 minor) -> QString { return core::Money(minor, cur).format(); };
    m_bar->setAmounts(b.budgetMinor, b.total.plannedMinor, b.total.committedMinor,
                      b.total.paidMinor);
    if (!m_document->isLoaded()) {
        m_figures->clear();
        m_over->clear();
        m_forecast->clear();
        m_constants->clear();
        m_results->clear();
        m_split->setRowCount(0);
        return;
    }
    QStringList parts;
    parts << tr("Budget %1").arg(money(b.budgetMinor))
          << tr("planned %1").arg(money(b.total.plannedMinor))
          << tr("committed %1").arg(money(b.total.committedMinor))
          << tr("paid %1").arg(money(b.total.paidMinor));
    if (b.remainingMinor() >= 0)
        parts << tr("remaining %1").arg(money(b.remainingMinor()));
    QString figures = parts.join(QStringLiteral(" · "));
    if (b.entriesWithoutFee > 0)
        figures += QLatin1Char('\n')
            + (b.entriesWithoutFee == 1
                   ? tr("1 entry in the pipeline has no fee yet and counts as 0.")
                   : tr("%1 entries in the pipeline have no fee yet and count as 0.")
                         .arg(b.entriesWithoutFee));
    m_figures->setText(figures);
    QStringList over;
    if (b.committedOverBudget())
        over << tr("Over budget: commitments exceed the budget by %1.")
                    .arg(money(b.committedOverMinor()));
    else if (b.plannedOverBudget())
        over << tr("The plan exceeds the budget by %1 (not committed yet).")
                    .arg(money(b.plannedOverMinor()));
    m_over->setText(over.join(QLatin1Char('\n')));
    m_over->setVisible(!over.isEmpty());
    fillSplit();

    const core::CampaignForecast &f = m_document->forecast();
    const int entries = int(f.entries.size());
    m_forecast->setText(
        tr("Expected impressions %1 (%2 of %3 entries) · expected engagements %4 (%5 of %3)\n"
           "CPE %6 · CPM %7")
            .arg(CampaignText::estimatedCount(f.expectedImpressions))
            .arg(f.entriesWithImpressionEstimate)
            .arg(entries)
            .arg(CampaignText::estimatedCount(f.expectedEngagements))
            .arg(f.entriesWithEstimate)
            .arg(CampaignText::moneyRatio(f.cpeMinor, cur), CampaignText::moneyRatio(f.cpmMinor, cur)));
    QStringList rates;
    for (core::Platform p : core::allPlatforms())
        rates << tr("%1 %2").arg(core::platformDisplayName(p),
                                 core::format::percent(m_document->plan().viewRate(p), 0));
    m_constants->setText(tr("Default view rates from the workspace settings (used when avg views "
                            "are unknown): %1").arg(rates.join(QStringLiteral(", "))));

    if (f.entriesWithActuals == 0) {
        m_results->setText(tr("No results yet: enter views, likes and revenue on published "
                              "deliverables."));
        return;
    }
    m_results->setText(
        tr("%1 entries measured · views %2 · engagements %3 · revenue %4 on %5 of fees\n"
           "Actual ER %6 (forecast %7) · actual CPE %8 (forecast %9) · actual CPM %10 (forecast "
           "%11) · ROI %12")
            .arg(f.entriesWithActuals)
            .arg(core::format::count(f.actualViews), core::format::count(f.actualEngagements),
                 money(f.actualRevenueMinor), money(f.measuredCostMinor),
                 core::format::percent(f.actualEr), core::format::percent(f.measuredForecastEr),
                 CampaignText::moneyRatio(f.actualCpeMinor, cur),
                 CampaignText::moneyRatio(f.measuredForecastCpeMinor, cur),
                 CampaignText::moneyRatio(f.actualCpmMinor, cur))
            .arg(CampaignText::moneyRatio(f.measuredForecastCpmMinor, cur),
                 core::format::percent(f.roi, 0)));
}

void BudgetPanel::fillSplit()
{
    const core::BudgetSummary &b = m_document->budget();
    const auto money = [&](qint64 minor) -> QString {
        return core::Money(minor, b.currency).format();
    };
    QList<std::pair<QString, core::BudgetLine>> lines;
    for (auto it = b.byTier.cbegin(); it != b.byTier.cend(); ++it)
        lines.append({core::tierDisplayName(it.key()), it.value()});
    for (auto it = b.byPlatform.cbegin(); it != b.byPlatform.cend(); ++it)
        lines.append({core::platformDisplayName(it.key()), it.value()});
    lines.append({tr("Total"), b.total});
    m_split->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const core::BudgetLine &l = lines[r].second;
        const QStringList cells = {lines[r].first, QString::number(l.entries), money(l.plannedMinor),
                                   money(l.committedMinor), money(l.paidMinor),
                                   core::format::percent(b.shareOfBudget(l.plannedMinor), 0)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == lines.size() - 1) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_split->setItem(r, c, item);
        }
    }
    // As tall as its rows: no scrolling inside the page.
    int height = m_split->horizontalHeader()->sizeHint().height() + 2 * m_split->frameWidth();
    for (int r = 0; r < m_split->rowCount(); ++r)
        height += m_split->rowHeight(r);
    m_split->setFixedHeight(height);
}

} // namespace tierscope::ui
