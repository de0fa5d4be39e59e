// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_style.h"

#include <QImage>
#include <QStringList>

namespace tierscope::ui {

namespace {

// Noto covers Latin, Cyrillic and Greek; the CJK, Arabic and emoji faces take what it lacks.
// Whatever none of them has goes to fontconfig's own fallback.
QStringList families()
{
    return {QStringLiteral("Noto Sans"),     QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic"),
            QStringLiteral("Noto Color Emoji"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("sans-serif")};
}

} // namespace

QFont ReportStyle::font(Role role)
{
    QFont f;
    f.setFamilies(families());
    f.setStyleHint(QFont::SansSerif);
    // Unhinted glyphs have fractional (design) advances: the same widths at any size and device.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No shaping where a script does not need it: no ligatures, so "fi" in a handle stays two
    // letters that a search in the PDF finds. Arabic and other complex scripts are still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    switch (role) {
    case Role::Title:
        f.setPointSizeF(24);
        f.setWeight(QFont::Bold);
        break;
    case Role::Subtitle:
        f.setPointSizeF(12);
        break;
    case Role::Heading:
        f.setPointSizeF(13);
        f.setWeight(QFont::Bold);
        break;
    case Role::Body:
        f.setPointSizeF(8.5);
        break;
    case Role::BodyBold:
        f.setPointSizeF(8.5);
        f.setWeight(QFont::Bold);
        break;
    case Role::Small:
        f.setPointSizeF(7);
        break;
    case Role::SmallBold:
        f.setPointSizeF(7);
        f.setWeight(QFont::Bold);
        break;
    case Role::Figure:
        f.setPointSizeF(15);
        f.setWeight(QFont::DemiBold);
        break;
    case Role::Header:
        f.setPointSizeF(7.5);
        break;
    }
    return f;
}

QPaintDevice *ReportStyle::referenceDevice()
{
    thread_local QImage device = [] {
        QImage image(4, 4, QImage::Format_ARGB32_Premultiplied);
        // 72 dots per inch: 2835 dots per metre rounds back to 72.
        image.setDotsPerMeterX(2835);
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return &device;
}

QFontMetricsF ReportStyle::metrics(Role role)
{
    return metrics(font(role));
}

QFontMetricsF ReportStyle::metrics(const QFont &f)
{
    return QFontMetricsF(f, referenceDevice());
}

QColor ReportStyle::ink() { return QColor(0x1f, 0x24, 0x2b); }
QColor ReportStyle::muted() { return QColor(0x5f, 0x67, 0x73); }
QColor ReportStyle::accent() { return QColor(0x2b, 0x4c, 0x7e); }
QColor ReportStyle::rule() { return QColor(0xc9, 0xcf, 0xd8); }
QColor ReportStyle::band() { return QColor(0xe8, 0xed, 0xf4); }
QColor ReportStyle::zebra() { return QColor(0xf6, 0xf8, 0xfb); }
QColor ReportStyle::alert() { return QColor(0xb0, 0x2a, 0x2a); }
QColor ReportStyle::good() { return QColor(0x2f, 0x7a, 0x3e); }

} // namespace tierscope::ui
