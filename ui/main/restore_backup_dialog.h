// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tierscope::ui {

// File › Restore Backup…: the backups of a workspace, newest first, with when each was taken,
// its kind and size. Choosing one emits restoreRequested(); the caller asks and restores.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QString &workspacePath, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QString backupAt(int row) const;
    QString selectedBackup() const;

signals:
    void restoreRequested(const QString &backupPath);
    void openFolderRequested();

private:
    void requestRestore();

    QString m_workspacePath;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_openFolder;
};

} // namespace tierscope::ui
