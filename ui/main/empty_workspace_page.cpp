// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/empty_workspace_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tierscope::ui {

EmptyWorkspacePage::EmptyWorkspacePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyWorkspacePage"));
    auto *title = new QLabel(tr("Your workspace is empty"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Bring in the creators you track — a CSV export from a spreadsheet or "
                               "an influencer tool works — or explore Tierscope with a realistic "
                               "sample of creators, shortlists and campaigns."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    const int width = std::min(520, text->fontMetrics().averageCharWidth() * 70);
    text->setFixedSize(width, text->heightForWidth(width)); // a centred wrapped label needs both

    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_sample = new QPushButton(tr("Create Sample Workspace"), this);
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    for (QPushButton *b : {m_import, m_sample}) {
        b->setMinimumHeight(b->sizeHint().height() + 8);
        b->setMinimumWidth(190);
    }
    connect(m_import, &QPushButton::clicked, this, &EmptyWorkspacePage::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &EmptyWorkspacePage::sampleRequested);

    auto *hint = m_hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("sampleHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(22);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(3);
    setImportAvailable(false);
    setSampleSize(5000);
}

void EmptyWorkspacePage::setSampleSize(qint64 creators)
{
    m_sampleSize = creators;
    m_hint->setText(tr("The sample has %L1 creators on Instagram, TikTok and YouTube, two "
                       "shortlists and two campaigns.").arg(creators));
}

void EmptyWorkspacePage::setImportAvailable(bool available)
{
    m_import->setEnabled(available);
    m_import->setToolTip(available ? QString() : tr("CSV import is coming soon"));
}

void EmptyWorkspacePage::setWritable(bool writable)
{
    m_sample->setEnabled(writable);
    m_sample->setToolTip(writable ? QString() : tr("The workspace is read-only"));
}

} // namespace tierscope::ui
