// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_chart.h"

#include "ui/charts/tier_chart_builder.h"
#include "ui/report/chart_block.h"
#include "ui/report/report_document.h"
#include "ui/report/report_style.h"
#include "ui/report/text_blocks.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace tierscope::ui {

using Role = ReportStyle::Role;

namespace {

// The chart is laid out for about 96 units per inch (its markers and pens are in pixels), the
// page is in points: it is painted scaled by this, and its fonts enlarged by the inverse so that
// they come out at the sizes asked for.
constexpr qreal kScale = 72.0 / 96.0;

QPalette printPalette()
{
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, Qt::white);
        p.setColor(group, QPalette::Window, Qt::white);
        p.setColor(group, QPalette::Text, ReportStyle::ink());
        p.setColor(group, QPalette::WindowText, ReportStyle::ink());
        p.setColor(group, QPalette::AlternateBase, ReportStyle::zebra());
        p.setColor(group, QPalette::Mid, ReportStyle::rule());
        p.setColor(group, QPalette::Highlight, ReportStyle::accent());
        p.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    return p;
}

QFont chartFont(Role role)
{
    QFont f = ReportStyle::font(role);
    f.setPointSizeF(f.pointSizeF() / kScale);
    return f;
}

void paintChart(const TierChartBuilder &builder, QPainter *painter, const QRectF &rect)
{
    const QSizeF size(rect.width() / kScale, rect.height() / kScale);
    QGraphicsScene scene;
    QChart *chart = builder.createChart(); // owned by the scene
    scene.addItem(chart);
    chart->setFont(chartFont(Role::Small));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(chartFont(Role::Small));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(chartFont(Role::Small));
        axis->setTitleFont(chartFont(Role::SmallBold));
    }
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(kScale, kScale);
    scene.render(painter, QRectF(QPointF(0, 0), size), scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace

void addTierChart(ReportDocument &doc, const core::TierChartData &data, const QString &heading,
                  const QString &intro, const QLocale &locale)
{
    auto builder = std::make_shared<const TierChartBuilder>(data, printPalette(), locale);
    doc.add(std::make_unique<HeadingBlock>(heading));
    auto introBlock = std::make_unique<ParagraphBlock>(intro, Role::Small, ReportStyle::muted());
    introBlock->setKeepWithNext(true);
    doc.add(std::move(introBlock));
    auto chart = std::make_unique<ChartBlock>(
        [builder](QPainter *painter, const QRectF &rect) { paintChart(*builder, painter, rect); },
        0.6, 330);
    chart->setKeepWithNext(true);
    doc.add(std::move(chart));
    doc.add(std::make_unique<ParagraphBlock>(builder->caption(), Role::Small,
                                             ReportStyle::muted()));
}

} // namespace tierscope::ui
