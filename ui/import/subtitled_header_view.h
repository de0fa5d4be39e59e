// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace tierscope::ui {

// A horizontal header whose sections carry a second, smaller line under the title: the text of
// the model's header data in `subtitleRole` (the import preview says there how a column's
// numbers are read). The line is elided to the section's width; the tooltip has it in full.
class SubtitledHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    SubtitledHeaderView(int subtitleRole, QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QFont subtitleFont() const;
    QString subtitle(int logicalIndex) const;

    int m_role;
};

} // namespace tierscope::ui
