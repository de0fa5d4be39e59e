// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace tierscope::ui {

class AppSettings;

// File › Backup Settings…: the daily automatic backup (on or off) and how many days of daily
// backups to keep. Accepting writes the app settings.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // backupFolder: where the open workspace's backups go ("" when none is open).
    BackupSettingsDialog(AppSettings &settings, const QString &backupFolder,
                         QWidget *parent = nullptr);

    QCheckBox *dailyBox() const { return m_daily; }
    QSpinBox *keepDaysBox() const { return m_keepDays; }

    void accept() override;

signals:
    void openFolderRequested();

private:
    AppSettings &m_settings;
    QCheckBox *m_daily;
    QSpinBox *m_keepDays;
};

} // namespace tierscope::ui
