// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace tierscope::ui {

// The budget as one bar: paid, committed (not yet paid), planned (not yet committed), and what
// is left; a tick marks the budget. What goes past the budget is drawn in red — the bar grows
// to show it rather than clipping it.
class BudgetBar : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetBar(QWidget *parent = nullptr);

    void setAmounts(qint64 budget, qint64 planned, qint64 committed, qint64 paid);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor paidColor();
    static QColor committedColor();
    static QColor plannedColor();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_budget = 0;
    qint64 m_planned = 0;
    qint64 m_committed = 0;
    qint64 m_paid = 0;
};

} // namespace tierscope::ui
