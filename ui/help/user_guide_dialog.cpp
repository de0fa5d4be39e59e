// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/user_guide_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tierscope::ui {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Tierscope User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

QUrl UserGuideDialog::guideUrl()
{
    const QString language = QLocale().name().left(2);
    const QString localized = QStringLiteral(":/tierscope/help/user-guide.%1.html").arg(language);
    return QUrl(QStringLiteral("qrc")
                + (QFile::exists(localized) ? localized
                                            : QStringLiteral(":/tierscope/help/user-guide.html")));
}

} // namespace tierscope::ui
