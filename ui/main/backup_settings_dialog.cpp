// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/backup_settings_dialog.h"

#include "ui/common/app_settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tierscope::ui {

BackupSettingsDialog::BackupSettingsDialog(AppSettings &settings, const QString &backupFolder,
                                           QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_daily(new QCheckBox(tr("Back up the open workspace &once a day"), this)),
      m_keepDays(new QSpinBox(this))
{
    setWindowTitle(tr("Backup Settings"));
    m_daily->setChecked(settings.value(settings::backupDaily));
    m_keepDays->setRange(1, 3650);
    m_keepDays->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const auto updateSuffix = [this](int days) {
        m_keepDays->setSuffix(days == 1 ? tr(" day") : tr(" days"));
    };
    connect(m_keepDays, &QSpinBox::valueChanged, this, updateSuffix);
    m_keepDays->setValue(qBound(1, settings.value(settings::backupKeepDays), 3650));
    updateSuffix(m_keepDays->value());
    m_keepDays->setEnabled(m_daily->isChecked());
    connect(m_daily, &QCheckBox::toggled, m_keepDays, &QWidget::setEnabled);

    auto *note = new QLabel(
        tr("The daily backup is taken when a workspace is opened and once a day while it stays "
           "open, into a folder beside the workspace. Daily backups older than the number of days "
           "above are deleted; backups made with File › Back Up Now are kept until you delete "
           "them."),
        this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_daily);
    form->addRow(tr("&Keep daily backups for:"), m_keepDays);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!backupFolder.isEmpty()) {
        QPushButton *open = buttons->addButton(tr("Open Backup &Folder"),
                                               QDialogButtonBox::ActionRole);
        open->setToolTip(QDir::toNativeSeparators(backupFolder));
        connect(open, &QPushButton::clicked, this, &BackupSettingsDialog::openFolderRequested);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void BackupSettingsDialog::accept()
{
    m_settings.setValue(settings::backupDaily, m_daily->isChecked());
    m_settings.setValue(settings::backupKeepDays, m_keepDays->value());
    QDialog::accept();
}

} // namespace tierscope::ui
