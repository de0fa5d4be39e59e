// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

class QPaintDevice;

namespace tierscope::ui {

// The type and colours of printed reports. Reports are laid out and painted in points on
// devices of 72 units per inch (QPdfWriter and QPrinter at resolution 72), so a font of n points
// is n units tall wherever it is measured or painted.
class ReportStyle
{
public:
    enum class Role { Title, Subtitle, Heading, Body, BodyBold, Small, SmallBold, Figure, Header };

    static QFont font(Role role);
    // Metrics on a 72 dpi reference device: the layout's numbers are the painting's numbers.
    static QFontMetricsF metrics(Role role);
    static QFontMetricsF metrics(const QFont &font);
    // The paint device whose metrics layout uses (a 72 dpi image, one per thread).
    static QPaintDevice *referenceDevice();

    static QColor ink();      // body text
    static QColor muted();    // labels, notes
    static QColor accent();   // title band, rules
    static QColor rule();     // thin lines
    static QColor band();     // table header and zebra background
    static QColor zebra();
    static QColor alert();    // over budget, overdue
    static QColor good();
};

} // namespace tierscope::ui
