// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "ui/main/backup_job.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QTimer;

namespace tierscope::core {
class Clock;
}

namespace tierscope::ui {

class AppSettings;
class BackupSettingsDialog;
class RestoreBackupDialog;

// File › Save a Copy…, Back Up Now, Restore Backup… and Backup Settings…, and the daily
// automatic backup of the open workspace. Copies run on a worker thread, one at a time. The
// automatic backup reports in the status bar only, never in a message box.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    // How a restore reaches the window's workspace: closed, replaced, then opened again.
    struct WorkspaceHooks
    {
        std::function<bool()> isBusy; // other work (import, export …) is using the workspace
        std::function<void()> close;
        std::function<bool(const QString &)> open;
    };

    BackupActions(QMainWindow *window, AppSettings &settings, WorkspaceHooks hooks);
    ~BackupActions() override; // waits for a copy in progress

    // The open workspace ("" when none); a writable one gets its daily backup when due.
    void setWorkspace(const QString &path, bool readOnly);
    void setClock(const core::Clock *clock) { m_clock = clock; } // tests
    QList<QAction *> actions() const; // for the File menu
    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }
    bool isBusy() const { return m_job != nullptr; }

    void saveCopyInteractive();
    // A copy of the open workspace at target. An existing target is replaced only once the
    // copy is complete; until then it stays as it was.
    void saveCopy(const QString &target);
    void backUpNow();
    void restoreInteractive(); // opens the dialog and returns
    // Asks, then closes the workspace, restores the backup and opens the workspace again.
    void restore(const QString &backupPath);
    void editSettings(); // opens the dialog and returns
    // Takes the daily backup when it is switched on and due; otherwise does nothing.
    void runDailyBackup();

    RestoreBackupDialog *restoreDialog() const; // the one open, if any
    BackupSettingsDialog *settingsDialog() const;
    QLabel *folderLink() const { return m_folderLink; }

signals:
    // After each copy or restore has ended (for tests and the window).
    void finished(const tierscope::core::Result<QString> &result);

private:
    using Done = std::function<void(const core::Result<QString> &)>;
    bool start(BackupJob::Work work, Done done);
    void updateActions();
    void showStatus(const QString &message, int timeout, const QString &folder = {});
    void openFolder(const QString &folder);

    QMainWindow *m_window;
    AppSettings &m_settings;
    WorkspaceHooks m_hooks;
    const core::Clock *m_clock;
    QString m_path;
    bool m_readOnly = false;
    bool m_dailyPending = false;
    BackupJob *m_job = nullptr;
    QAction *m_saveCopy;
    QAction *m_backUpNow;
    QAction *m_restore;
    QAction *m_settingsAction;
    QTimer *m_dailyTimer;
    QLabel *m_folderLink;
    QString m_linkFolder;
    QString m_statusMessage;
    QPointer<RestoreBackupDialog> m_restoreDialog;
    QPointer<BackupSettingsDialog> m_settingsDialog;
};

} // namespace tierscope::ui
