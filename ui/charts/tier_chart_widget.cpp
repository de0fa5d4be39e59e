// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/tier_chart_widget.h"

#include "ui/charts/tier_chart_builder.h"
#include "ui/common/plain_text.h"

#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace tierscope::ui {

namespace {

constexpr double kPointRadius = 6.0;      // px around a point that still hits it
constexpr double kHighlightRadius = 10.0; // highlighted and median markers are bigger
constexpr double kLineSlack = 5.0;        // px above or below a benchmark line

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

TierChartWidget::TierChartWidget(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_caption(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("tierChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 200);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setFrameShape(QFrame::NoFrame);
    m_caption->setObjectName(QStringLiteral("tierChartCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setContentsMargins(8, 0, 8, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    clear(tr("No data yet."));
}

TierChartWidget::~TierChartWidget() = default;

QChart *TierChartWidget::chart() const
{
    return m_view->chart();
}

void TierChartWidget::setData(const core::TierChartData &data)
{
    m_builder = std::make_unique<TierChartBuilder>(data, palette());
    m_message.clear();
    rebuild();
}

void TierChartWidget::clear(const QString &message)
{
    m_builder.reset();
    m_message = message;
    rebuild();
}

void TierChartWidget::rebuild()
{
    QChart *old = m_view->chart();
    QChart *chart = m_builder ? m_builder->createChart() : new QChart;
    if (!m_builder) {
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        chart->legend()->hide();
    }
    m_view->setChart(chart); // the view does not delete the chart it replaces
    delete old;
    m_view->setBackgroundBrush(palette().color(QPalette::Base));
    updateCaption();
}

void TierChartWidget::setBusy(bool busy)
{
    m_busy = busy;
    updateCaption();
}

QString TierChartWidget::captionText() const
{
    return m_caption->text();
}

void TierChartWidget::updateCaption()
{
    QString text = m_builder ? m_builder->caption() : m_message;
    if (m_busy)
        text = tr("Updating…") + u' ' + text;
    m_caption->setText(text);
}

std::optional<QPointF> TierChartWidget::toViewport(const QPointF &value) const
{
    if (!m_builder)
        return std::nullopt;
    const TierChartGeometry &g = m_builder->geometry();
    const QRectF area = chart()->plotArea();
    if (area.isEmpty())
        return std::nullopt;
    const QPointF inChart(area.left() + (value.x() - g.xMin) / (g.xMax - g.xMin) * area.width(),
                          area.bottom() - value.y() / g.yMax * area.height());
    return QPointF(m_view->mapFromScene(chart()->mapToScene(inChart)));
}

std::optional<QPoint> TierChartWidget::viewportPosition(const core::TierChartPoint &p) const
{
    if (!m_builder)
        return std::nullopt;
    const auto pos = toViewport(m_builder->geometry().valuePoint(p));
    return pos ? std::optional<QPoint>(pos->toPoint()) : std::nullopt;
}

int TierChartWidget::pointAt(const QPoint &viewportPos) const
{
    if (!m_builder)
        return -1;
    const auto &points = m_builder->data().points;
    const TierChartGeometry &g = m_builder->geometry();
    int best = -1;
    double bestDistance = 0.0;
    bool bestHighlighted = false;
    for (int i = 0; i < points.size(); ++i) {
        const auto pos = toViewport(g.valuePoint(points[i]));
        if (!pos)
            return -1;
        const double d = distance(*pos, viewportPos);
        const bool highlighted = points[i].highlighted;
        if (d > (highlighted ? kHighlightRadius : kPointRadius))
            continue;
        // A highlighted point is drawn on top: it wins over plain ones in reach.
        if (best < 0 || (highlighted && !bestHighlighted)
            || (highlighted == bestHighlighted && d < bestDistance)) {
            best = i;
            bestDistance = d;
            bestHighlighted = highlighted;
        }
    }
    return best;
}

QString TierChartWidget::toolTipAt(const QPoint &viewportPos) const
{
    if (!m_builder)
        return {};
    const core::TierChartData &data = m_builder->data();
    const TierChartGeometry &g = m_builder->geometry();
    const int index = pointAt(viewportPos);
    if (index >= 0 && data.points[index].highlighted)
        return m_builder->pointText(data.points[index]);
    for (const core::TierSummary &t : data.statistics.tiers) {
        if (!t.medianEr || !t.medianFollowers)
            continue;
        const auto pos = toViewport({std::clamp(TierChartGeometry::x(*t.medianFollowers), g.xMin,
                                                g.xMax),
                                     std::min(TierChartGeometry::y(*t.medianEr), g.yMax)});
        if (pos && distance(*pos, viewportPos) <= kHighlightRadius)
            return m_builder->medianText(t);
    }
    if (index >= 0)
        return m_builder->pointText(data.points[index]);
    // A benchmark line per tier and basis (see TierChartSeries::addBenchmarks).
    const auto onLine = [&](const core::TierSummary &t, const core::Benchmark &benchmark) {
        const double y = std::min(TierChartGeometry::y(benchmark.engagementRate), g.yMax);
        const auto upper = data.scheme.upperBoundExclusive(t.tier);
        const auto from = toViewport(
            {std::max(g.xMin, TierChartGeometry::x(double(data.scheme.lowerBound(t.tier)))), y});
        const auto to = toViewport(
            {upper ? std::min(g.xMax, TierChartGeometry::x(double(*upper))) : g.xMax, y});
        return from && to && viewportPos.x() >= from->x() && viewportPos.x() <= to->x()
            && std::abs(viewportPos.y() - from->y()) <= kLineSlack;
    };
    for (const core::TierSummary &t : data.statistics.tiers) {
        if (t.benchmark && onLine(t, *t.benchmark))
            return m_builder->benchmarkText(t, core::ErBasis::Followers);
        if (t.viewsBenchmark && onLine(t, *t.viewsBenchmark))
            return m_builder->benchmarkText(t, core::ErBasis::Views);
    }
    return {};
}

bool TierChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else // data is never markup
            QToolTip::showText(help->globalPos(), plainToolTip(text), m_view->viewport());
        return true;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_view->viewport()->setCursor(pointAt(mouse->position().toPoint()) >= 0
                                          ? Qt::PointingHandCursor
                                          : Qt::ArrowCursor);
        break;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = mouse->button() == Qt::LeftButton ? pointAt(mouse->position().toPoint()) : -1;
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int index = pointAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && index >= 0 && index == m_pressed && m_builder)
            emit creatorClicked(m_builder->data().points[index].creatorId);
        m_pressed = -1;
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void TierChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_builder) {
        // Light and dark palettes get their own tier colours.
        m_builder = std::make_unique<TierChartBuilder>(m_builder->data(), palette());
        rebuild();
    }
}

} // namespace tierscope::ui
