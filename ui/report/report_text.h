// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace tierscope::ui {

// Plain text for reports: data is never read as markup, line breaks in it become spaces, and
// long text wraps at word boundaries (inside a word when it must) up to a number of lines, the
// last one elided.
class ReportText
{
public:
    static QString singleLine(const QString &text); // control characters and breaks → spaces
    static QStringList wrap(const QString &text, const QFont &font, qreal width,
                            int maxLines = 1000);
    static qreal lineHeight(const QFont &font);
    static qreal width(const QString &text, const QFont &font);
    // Draws lines top-down from rect's top, aligned horizontally as asked.
    static void drawLines(QPainter *painter, const QStringList &lines, const QFont &font,
                          const QRectF &rect, Qt::Alignment alignment);
};

} // namespace tierscope::ui
