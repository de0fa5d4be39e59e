// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tierscope::ui {

class BudgetBar;
class CampaignDocument;
class ResultsChart;

// Budget, forecast and results of the campaign in a CampaignDocument: the budget bar with its
// figures (over budget in red with the amount), the split by tier and platform with each
// share of the budget, the forecast totals with the constants they used, and actual against
// forecast once deliverables are live, per creator in a chart.
class BudgetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetPanel(CampaignDocument *document, QWidget *parent = nullptr);

    BudgetBar *bar() const { return m_bar; }
    QLabel *figures() const { return m_figures; }
    QLabel *overBudget() const { return m_over; }
    QTableWidget *split() const { return m_split; }
    QLabel *forecastLabel() const { return m_forecast; }
    QLabel *resultsLabel() const { return m_results; }
    ResultsChart *resultsChart() const { return m_chart; }

private:
    void refresh();
    void fillSplit();

    CampaignDocument *m_document;
    BudgetBar *m_bar;
    QLabel *m_figures;
    QLabel *m_over;
    QTableWidget *m_split;
    QLabel *m_forecast;
    QLabel *m_constants;
    QLabel *m_results;
    ResultsChart *m_chart;
};

} // namespace tierscope::ui
