// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QLabel;

namespace tierscope::ui {

class TierChartBuilder;

// The engagement-against-reach chart on screen: the chart of TierChartBuilder with its caption,
// a tooltip for the point, median or benchmark under the mouse, and a click on a creator's point
// announced with its id. The data comes from the owner (built off the GUI thread).
class TierChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TierChartWidget(QWidget *parent = nullptr);
    ~TierChartWidget() override;

    void setData(const core::TierChartData &data);
    void clear(const QString &message); // no chart; the message where the caption goes
    void setBusy(bool busy); // "Updating…" while newer data is being built
    bool hasData() const { return m_builder != nullptr; }
    const TierChartBuilder *builder() const { return m_builder.get(); }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QString captionText() const;

    // Hit testing in the chart view's viewport coordinates: the index in data().points of the
    // creator drawn there (highlighted ones first), or -1.
    int pointAt(const QPoint &viewportPos) const;
    QString toolTipAt(const QPoint &viewportPos) const; // plain text; empty over nothing
    std::optional<QPoint> viewportPosition(const core::TierChartPoint &p) const;

signals:
    void creatorClicked(qint64 creatorId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateCaption();
    std::optional<QPointF> toViewport(const QPointF &value) const;

    QChartView *m_view;
    QLabel *m_caption;
    std::unique_ptr<TierChartBuilder> m_builder;
    QString m_message;
    bool m_busy = false;
    int m_pressed = -1;
};

} // namespace tierscope::ui
