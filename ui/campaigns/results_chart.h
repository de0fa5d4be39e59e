// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/planned_vs_actual.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace tierscope::ui {

class CampaignDocument;
class ResultsBars;

// "Forecast against actual" for the campaign in a CampaignDocument: per roster entry the
// forecast and the results to date, as engagements or as impressions against views, in roster
// order or sorted; a legend, a one-line summary, and the bars scrolling when the roster is long.
// Follows the document, so it changes as soon as results are entered or undone.
class ResultsChart : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsChart(CampaignDocument *document, QWidget *parent = nullptr);

    void setMeasure(core::ResultsMeasure measure);
    core::ResultsMeasure measure() const;
    void setOrder(core::PlannedVsActualOrder order);
    core::PlannedVsActualOrder order() const;

    QComboBox *measureBox() const { return m_measure; }
    QComboBox *orderBox() const { return m_order; }
    ResultsBars *bars() const { return m_bars; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QLabel *summaryLabel() const { return m_summary; }
    QString legendText() const; // "Forecast engagements / Actual engagements to date"

private:
    void refresh();
    void updateLegend();

    CampaignDocument *m_document;
    QComboBox *m_measure;
    QComboBox *m_order;
    QLabel *m_forecastSwatch;
    QLabel *m_forecastKey;
    QLabel *m_actualSwatch;
    QLabel *m_actualKey;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    ResultsBars *m_bars;
};

} // namespace tierscope::ui
