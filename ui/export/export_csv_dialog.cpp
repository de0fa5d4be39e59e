// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/export_csv_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tierscope::ui {

ExportCsvDialog::ExportCsvDialog(bool filtered, qint64 shown, qint64 total, QWidget *parent)
    : QDialog(parent)
    , m_filtered(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_bom(new QCheckBox(tr("Start the file with a &byte-order mark (for Excel)"), this))
{
    setWindowTitle(tr("Export Creators to CSV"));
    const QLocale locale;
    const auto count = [&locale](qint64 n) -> QString {
        return n < 0 ? tr("counting…") : locale.toString(n);
    };
    m_filtered->setText(tr("The creators the current &filters show (%1)").arg(count(shown)));
    m_all->setText(tr("&All creators in the workspace (%1)").arg(count(total)));
    m_filtered->setEnabled(filtered);
    (filtered ? m_filtered : m_all)->setChecked(true);
    m_bom->setToolTip(tr("Some spreadsheets need it to read accented letters correctly"));

    auto *intro = new QLabel(tr("Export which creators?"), this);
    auto *note = new QLabel(tr("The file is UTF-8 CSV with one row per creator; Tierscope imports "
                               "it back to the same creators."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filtered);
    layout->addWidget(m_all);
    layout->addSpacing(8);
    layout->addWidget(m_bom);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

bool ExportCsvDialog::onlyFiltered() const
{
    return m_filtered->isChecked();
}

bool ExportCsvDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

} // namespace tierscope::ui
