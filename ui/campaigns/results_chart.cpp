// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/results_chart.h"

#include "core/common/display_format.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_text.h"
#include "ui/campaigns/results_bars.h"
#include "ui/common/flow_layout.h"
#include "ui/common/palette_follower.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace tierscope::ui {

namespace {

QPixmap swatch(const QColor &color, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(0, size * 0.15, size, size * 0.7), 2, 2);
    return pixmap;
}

// Widgets that stay together on one line of the flow.
QWidget *group(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    return box;
}

QLabel *keyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ResultsChart::ResultsChart(CampaignDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_measure(new QComboBox(this)),
      m_order(new QComboBox(this)),
      m_forecastSwatch(new QLabel(this)),
      m_forecastKey(keyLabel(this)),
      m_actualSwatch(new QLabel(this)),
      m_actualKey(keyLabel(this)),
      m_summary(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_bars(new ResultsBars)
{
    setObjectName(QStringLiteral("resultsChart"));
    m_measure->setObjectName(QStringLiteral("resultsMeasure"));
    m_measure->addItem(tr("Engagements"), int(core::ResultsMeasure::Engagements));
    m_measure->addItem(tr("Impressions and views"), int(core::ResultsMeasure::Views));
    m_measure->setToolTip(tr("Expected engagements against likes + comments + shares, or "
                             "expected impressions against views"));
    m_order->setObjectName(QStringLiteral("resultsOrder"));
    m_order->addItem(tr("Roster order"), int(core::PlannedVsActualOrder::Roster));
    m_order->addItem(tr("Largest forecast first"), int(core::PlannedVsActualOrder::Planned));
    m_order->addItem(tr("Largest result first"), int(core::PlannedVsActualOrder::Actual));
    m_order->addItem(tr("Furthest below forecast first"),
                     int(core::PlannedVsActualOrder::VsPlanned));

    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_scroll->setWidget(m_bars);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Base);
    // Two entries at least, so that the page still fits a laptop screen; more as the
    // page allows (the owner gives it the stretch).
    m_scroll->setMinimumHeight(m_bars->fontMetrics().height() * 7);

    // Controls and legend on one line that wraps when narrow: the page must still fit a small
    // window, in width and in height.
    for (QComboBox *box : {m_measure, m_order}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    auto *measureLabel = new QLabel(tr("&Compare:"), this);
    measureLabel->setBuddy(m_measure);
    auto *orderLabel = new QLabel(tr("&Sort:"), this);
    orderLabel->setBuddy(m_order);
    auto *top = new FlowLayout(nullptr, 16, 4);
    top->addWidget(group(this, {measureLabel, m_measure}));
    top->addWidget(group(this, {orderLabel, m_order}));
    top->addWidget(group(this, {m_forecastSwatch, m_forecastKey}));
    top->addWidget(group(this, {m_actualSwatch, m_actualKey}));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_summary);

    connect(m_measure, &QComboBox::currentIndexChanged, this, &ResultsChart::refresh);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ResultsChart::refresh);
    // The same signal the budget panel follows: a result typed in or undone shows at once.
    connect(m_document, &CampaignDocument::changed, this, &ResultsChart::refresh);
    onPaletteChange(this, [this] { updateLegend(); });
    updateLegend();
    refresh();
}

void ResultsChart::setMeasure(core::ResultsMeasure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

core::ResultsMeasure ResultsChart::measure() const
{
    return core::ResultsMeasure(m_measure->currentData().toInt());
}

void ResultsChart::setOrder(core::PlannedVsActualOrder order)
{
    m_order->setCurrentIndex(m_order->findData(int(order)));
}

core::PlannedVsActualOrder ResultsChart::order() const
{
    return core::PlannedVsActualOrder(m_order->currentData().toInt());
}

QString ResultsChart::legendText() const
{
    return m_forecastKey->text() + QStringLiteral(" / ") + m_actualKey->text();
}

void ResultsChart::updateLegend()
{
    const int size = fontMetrics().height();
    // This widget's palette: its children (the bars) get a new one only after it.
    const QPalette pal = palette();
    m_forecastSwatch->setPixmap(swatch(ResultsBars::forecastColor(pal), size, devicePixelRatioF()));
    m_actualSwatch->setPixmap(swatch(ResultsBars::actualColor(pal), size, devicePixelRatioF()));
    const bool engagements = measure() == core::ResultsMeasure::Engagements;
    m_forecastKey->setText(engagements ? tr("Forecast engagements") : tr("Forecast impressions"));
    m_actualKey->setText(engagements ? tr("Actual engagements to date")
                                     : tr("Actual views to date"));
}

void ResultsChart::refresh()
{
    updateLegend();
    if (!m_document->isLoaded()) {
        m_bars->setEmptyText({});
        m_bars->setData({});
        m_summary->clear();
        return;
    }
    core::PlannedVsActual data
        = core::plannedVsActual(m_document->plan(), m_document->forecast(), measure());
    core::sortRows(data.rows, order());
    m_bars->setEmptyText(m_document->forecast().entries.isEmpty()
                             ? tr("Add creators to the roster to set their forecast beside "
                                  "their results.")
                             : tr("No entry has a forecast or results yet: plan deliverables "
                                  "on the roster."));
    m_bars->setData(data);

    const QLocale loc = locale();
    QStringList parts;
    const bool engagements = data.measure == core::ResultsMeasure::Engagements;
    if (data.rowsCompared > 0)
        parts << (engagements ? tr("%1 engagements to date against %2 forecast for the same "
                                   "deliverables (%3)")
                              : tr("%1 views to date against %2 impressions forecast for the "
                                   "same deliverables (%3)"))
                     .arg(core::format::count(data.actualTotal, loc),
                          CampaignText::estimatedCount(data.plannedToDateTotal, loc),
                          core::format::percent(data.actualVsPlanned(), 0, loc));
    const int rows = int(data.rows.size());
    parts << tr("%1 of %2 entries with results").arg(loc.toString(data.rowsWithActual),
                                                      loc.toString(rows));
    if (data.entriesLeftOut > 0)
        parts << (data.entriesLeftOut == 1
                      ? tr("1 entry without a forecast or results not shown")
                      : tr("%1 entries without a forecast or results not shown")
                            .arg(loc.toString(data.entriesLeftOut)));
    m_summary->setText(rows == 0 && data.entriesLeftOut == 0 ? QString()
                                                             : parts.join(QStringLiteral(" · ")));
}

} // namespace tierscope::ui
