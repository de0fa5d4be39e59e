// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tierscope::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    const int width = std::min(480, text->fontMetrics().averageCharWidth() * 64);
    text->setFixedSize(width, text->heightForWidth(width)); // a centred wrapped label needs both
    text->setForegroundRole(QPalette::PlaceholderText);
    auto *soon = new QLabel(tr("Coming soon"), this);
    soon->setAlignment(Qt::AlignCenter);
    soon->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(10);
    layout->addWidget(soon);
    layout->addStretch(3);
}

} // namespace tierscope::ui
