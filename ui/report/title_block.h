// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/report_block.h"

#include <QString>
#include <QStringList>

namespace tierscope::ui {

// The opening of a document: a kicker ("Campaign plan"), the title and a subtitle line, over an
// accent rule.
class TitleBlock : public ReportBlock
{
public:
    TitleBlock(QString kicker, QString title, QString subtitle);
    void layout(qreal width) override;
    int unitCount() const override { return 1; }
    qreal unitHeight(int) const override { return m_height; }
    void paintUnit(QPainter *painter, int unit, const QRectF &rect) const override;
    qreal spaceBefore() const override { return 0; }

private:
    QString m_kicker;
    QString m_title;
    QString m_subtitle;
    QStringList m_titleLines;
    QStringList m_subtitleLines;
    qreal m_height = 0;
};

} // namespace tierscope::ui
