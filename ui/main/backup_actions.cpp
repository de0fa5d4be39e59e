// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/backup_actions.h"

#include "core/common/clock.h"
#include "core/storage/workspace_backup.h"
#include "ui/common/action_icons.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/main/backup_settings_dialog.h"
#include "ui/main/restore_backup_dialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace tierscope::ui {

using core::WorkspaceBackup;

namespace {

constexpr int kDailyCheckMs = 60 * 60 * 1000; // the daily backup itself decides when it is due
constexpr int kMessageMs = 10'000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupActions::BackupActions(QMainWindow *window, AppSettings &settings, WorkspaceHooks hooks)
    : QObject(window),
      m_window(window),
      m_settings(settings),
      m_hooks(std::move(hooks)),
      m_clock(&core::Clock::system()),
      m_saveCopy(new QAction(themeIcon("document-save-as"), tr("Save a &Copy…"), this)),
      m_backUpNow(new QAction(themeIcon("document-save"), tr("&Back Up Now"), this)),
      m_restore(new QAction(themeIcon("document-revert"), tr("Res&tore Backup…"), this)),
      m_settingsAction(new QAction(tr("Backup &Settings…"), this)),
      m_dailyTimer(new QTimer(this)),
      m_folderLink(new QLabel(window))
{
    m_saveCopy->setStatusTip(tr("Save a copy of the workspace under another name"));
    m_backUpNow->setStatusTip(tr("Copy the workspace into its backup folder"));
    m_restore->setStatusTip(tr("Replace the workspace with one of its backups"));
    m_settingsAction->setStatusTip(tr("The daily automatic backup and how long it is kept"));
    connect(m_saveCopy, &QAction::triggered, this, &BackupActions::saveCopyInteractive);
    connect(m_backUpNow, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restoreInteractive);
    connect(m_settingsAction, &QAction::triggered, this, &BackupActions::editSettings);

    m_dailyTimer->setInterval(kDailyCheckMs);
    connect(m_dailyTimer, &QTimer::timeout, this, &BackupActions::runDailyBackup);

    // "Open backup folder", beside the message of a backup just made.
    m_folderLink->setObjectName(QStringLiteral("backupFolderLink"));
    m_folderLink->setText(QStringLiteral("<a href=\"folder\">%1</a>").arg(tr("Open backup folder")));
    m_folderLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    m_folderLink->setContentsMargins(6, 0, 6, 0);
    m_folderLink->hide();
    window->statusBar()->addPermanentWidget(m_folderLink);
    connect(m_folderLink, &QLabel::linkActivated, this, [this] { openFolder(m_linkFolder); });
    connect(window->statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (text != m_statusMessage)
            m_folderLink->hide(); // the message it belonged to is gone
    });
    updateActions();
}

BackupActions::~BackupActions()
{
    delete m_job; // waits for the worker
    m_job = nullptr;
}

QList<QAction *> BackupActions::actions() const
{
    return {m_saveCopy, m_backUpNow, m_restore, m_settingsAction};
}

RestoreBackupDialog *BackupActions::restoreDialog() const
{
    return m_restoreDialog;
}

BackupSettingsDialog *BackupActions::settingsDialog() const
{
    return m_settingsDialog;
}

void BackupActions::setWorkspace(const QString &path, bool readOnly)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_readOnly = readOnly;
    if (m_restoreDialog)
        m_restoreDialog->reject(); // it lists the backups of the previous workspace
    updateActions();
    if (m_path.isEmpty() || m_readOnly) {
        m_dailyTimer->stop();
        return;
    }
    m_dailyTimer->start();
    runDailyBackup();
}

void BackupActions::updateActions()
{
    const bool open = !m_path.isEmpty();
    m_saveCopy->setEnabled(open && !isBusy());
    m_backUpNow->setEnabled(open && !isBusy());
    m_restore->setEnabled(open && !m_readOnly && !isBusy());
}

bool BackupActions::start(BackupJob::Work work, Done done)
{
    if (m_job)
        return false;
    m_job = new BackupJob(std::move(work), this);
    connect(m_job, &BackupJob::finished, this,
            [this, done = std::move(done)](const core::Result<QString> &result) {
                m_job->deleteLater();
                m_job = nullptr;
                updateActions();
                done(result);
                emit finished(result);
                if (m_dailyPending)
                    runDailyBackup();
            });
    m_job->start();
    updateActions();
    return true;
}

void BackupActions::showStatus(const QString &message, int timeout, const QString &folder)
{
    m_statusMessage = message;
    m_window->statusBar()->showMessage(message, timeout);
    m_linkFolder = folder;
    m_folderLink->setVisible(!folder.isEmpty());
}

void BackupActions::openFolder(const QString &folder)
{
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    else
        showStatus(tr("There is no backup folder yet."), kMessageMs);
}

void BackupActions::runDailyBackup()
{
    m_dailyPending = false;
    if (m_path.isEmpty() || m_readOnly || !m_settings.value(settings::backupDaily))
        return;
    if (isBusy()) {
        m_dailyPending = true; // after the copy in progress
        return;
    }
    const QString path = m_path;
    const QDateTime now = m_clock->now();
    const int keepDays = qMax(1, m_settings.value(settings::backupKeepDays));
    start([path, now, keepDays] { return WorkspaceBackup::dailyBackup(path, now, keepDays); },
          [this, path](const core::Result<QString> &made) {
              const QString name = QFileInfo(path).fileName();
              if (!made)
                  showStatus(tr("The daily backup of “%1” failed: %2")
                                 .arg(name, made.error().message),
                             0); // stays until the next message: a failure must be seen
              else if (!made->isEmpty())
                  showStatus(tr("Daily backup of “%1” saved to %2").arg(name, native(*made)),
                             kMessageMs, QFileInfo(*made).absolutePath());
          });
}

void BackupActions::backUpNow()
{
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    const QDateTime now = m_clock->now();
    const bool started = start(
        [path, now] { return WorkspaceBackup::backupNow(path, now, WorkspaceBackup::Kind::Manual); },
        [this](const core::Result<QString> &made) {
            if (!made) {
                MessageBox::warning(m_window, tr("Back Up Now"), tr("The backup failed."),
                                    made.error().message);
                return;
            }
            showStatus(tr("Backed up to %1").arg(native(*made)), kMessageMs,
                       QFileInfo(*made).absolutePath());
        });
    if (started)
        showStatus(tr("Backing up “%1”…").arg(QFileInfo(path).fileName()), 0);
}

void BackupActions::saveCopyInteractive()
{
    if (m_path.isEmpty())
        return;
    const QFileInfo workspace(m_path);
    const QString dir = m_settings.value(settings::lastDirectory);
    const QString suggested = QDir(dir.isEmpty() ? workspace.absolutePath() : dir)
                                  .filePath(tr("%1 copy.tierscope").arg(workspace.completeBaseName()));
    QString target = QFileDialog::getSaveFileName(m_window, tr("Save a Copy"), suggested,
                                                  tr("Tierscope workspaces (*.tierscope)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QStringLiteral(".tierscope"))) {
        // The dialog asked about the name without the suffix, not this one.
        target += QStringLiteral(".tierscope");
        if (QFileInfo::exists(target)
            && MessageBox::question(m_window, tr("Save a Copy"),
                                    tr("“%1” exists already. Replace it?")
                                        .arg(QFileInfo(target).fileName()),
                                    tr("It is replaced only once the copy is complete."),
                                    tr("Replace"))
                   != QMessageBox::Yes)
            return;
    }
    m_settings.setValue(settings::lastDirectory, QFileInfo(target).absolutePath());
    saveCopy(target);
}

void BackupActions::saveCopy(const QString &target)
{
    if (m_path.isEmpty() || target.isEmpty())
        return;
    const QFileInfo info(target);
    const QString title = tr("Save a Copy");
    QString refusal;
    if (info.absoluteFilePath() == m_path
        || (info.exists() && info.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()))
        refusal = tr("A copy cannot replace the open workspace itself. Choose another name.");
    else if (info.isDir())
        refusal = tr("“%1” is a folder. Choose a file name.").arg(info.fileName());
    else if (QFileInfo::exists(target + QStringLiteral("-wal")))
        refusal = tr("“%1” seems to be open in another program (its journal is beside it). Close "
                     "it there, or choose another name.")
                      .arg(info.fileName());
    if (!refusal.isEmpty()) {
        MessageBox::warning(m_window, title, tr("The copy was not saved."), refusal);
        return;
    }
    const QString workspace = m_path;
    const QString absolute = info.absoluteFilePath();
    const bool started = start(
        [workspace, absolute]() -> core::Result<QString> {
            // Written under a temporary name and renamed over an existing file only once it
            // is complete: the old file stays as it was until then.
            if (const core::Status s = WorkspaceBackup::saveCopy(workspace, absolute,
                                                                 core::CopyTarget::Replace))
                return s;
            return absolute;
        },
        [this, title](const core::Result<QString> &saved) {
            if (!saved) {
                MessageBox::warning(m_window, title, tr("The copy was not saved."),
                                    saved.error().message);
                return;
            }
            showStatus(tr("Saved a copy as %1").arg(native(*saved)), kMessageMs);
        });
    if (started)
        showStatus(tr("Saving a copy as %1…").arg(native(absolute)), 0);
}

void BackupActions::editSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    const QString folder = m_path.isEmpty() ? QString() : WorkspaceBackup::backupFolder(m_path);
    m_settingsDialog = new BackupSettingsDialog(m_settings, folder, m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &BackupSettingsDialog::openFolderRequested, this,
            [this, folder] { openFolder(folder); });
    connect(m_settingsDialog, &QDialog::accepted, this, &BackupActions::runDailyBackup);
    m_settingsDialog->open();
}

} // namespace tierscope::ui
