// SPDX-License-Identifier: GPL-3.0-or-later
// BackupActions: File › Restore Backup…
#include "ui/main/backup_actions.h"

#include "core/common/clock.h"
#include "core/storage/workspace_backup.h"
#include "ui/common/message_box.h"
#include "ui/main/backup_text.h"
#include "ui/main/restore_backup_dialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>

namespace tierscope::ui {

using core::WorkspaceBackup;

void BackupActions::restoreInteractive()
{
    if (m_path.isEmpty() || m_readOnly)
        return;
    if (m_restoreDialog) {
        m_restoreDialog->raise();
        m_restoreDialog->activateWindow();
        return;
    }
    m_restoreDialog = new RestoreBackupDialog(m_path, m_window);
    m_restoreDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = WorkspaceBackup::backupFolder(m_path);
    connect(m_restoreDialog, &RestoreBackupDialog::openFolderRequested, this,
            [this, folder] { openFolder(folder); });
    connect(m_restoreDialog, &RestoreBackupDialog::restoreRequested, this,
            &BackupActions::restore);
    m_restoreDialog->open();
}

void BackupActions::restore(const QString &backupPath)
{
    if (m_path.isEmpty() || m_readOnly)
        return;
    const QString title = tr("Restore Backup");
    QWidget *parent = m_restoreDialog ? static_cast<QWidget *>(m_restoreDialog) : m_window;
    if (isBusy() || (m_hooks.isBusy && m_hooks.isBusy())) {
        MessageBox::information(parent, title, tr("The workspace is busy."),
                                tr("Wait for the work in progress to finish, then try again."));
        return;
    }
    const QString workspace = m_path;
    const QDateTime now = m_clock->now();
    const QString taken = backupTimeText(WorkspaceBackup::takenAt(backupPath));
    const QString kept = QFileInfo(WorkspaceBackup::beforeRestorePath(workspace, now)).fileName();
    if (MessageBox::question(parent, title,
                             tr("Replace “%1” with the backup taken on %2?")
                                 .arg(QFileInfo(workspace).fileName(), taken),
                             tr("The workspace is closed, replaced by the backup and opened "
                                "again. Its current file is kept beside it as “%1”, so nothing "
                                "is lost.")
                                 .arg(kept),
                             tr("Restore"))
        != QMessageBox::Yes)
        return;
    if (m_restoreDialog)
        m_restoreDialog->accept();

    m_hooks.close(); // restore() replaces the file: no connection may stay open on it
    auto *progress = new QProgressDialog(tr("Restoring the backup taken on %1…").arg(taken),
                                         QString(), 0, 0, m_window);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    start([backupPath, workspace, now] {
              return WorkspaceBackup::restore(backupPath, workspace, now);
          },
          [this, progress, workspace, taken, title](const core::Result<QString> &replaced) {
              progress->deleteLater();
              // Opened again either way: a refused backup left the file as it was.
              m_hooks.open(workspace);
              if (!replaced) {
                  MessageBox::warning(m_window, title,
                                      tr("The backup was not restored; the workspace is as it "
                                         "was."),
                                      replaced.error().message);
                  return;
              }
              showStatus(tr("Restored the backup taken on %1; the replaced workspace was kept as %2")
                             .arg(taken, QDir::toNativeSeparators(*replaced)),
                         30'000);
          });
}

} // namespace tierscope::ui
