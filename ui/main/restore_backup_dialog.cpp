// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/restore_backup_dialog.h"

#include "core/storage/workspace_backup.h"
#include "ui/main/backup_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tierscope::ui {

namespace {
enum Column { Taken, Kind, Size, File, ColumnCount };
}

RestoreBackupDialog::RestoreBackupDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent),
      m_workspacePath(workspacePath),
      m_intro(new QLabel(this)),
      m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore Backup"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Choose a backup of “%1” to restore. The workspace is replaced by the backup; the "
           "current file is kept beside it as “%1.before-restore-…”, so nothing is lost.")
            .arg(QFileInfo(workspacePath).fileName()));

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->headerItem()->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_openFolder = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setToolTip(QDir::toNativeSeparators(
        core::WorkspaceBackup::backupFolder(workspacePath)));
    // accepted() stays unconnected: Restore asks first and closes the dialog only then.
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::requestRestore);
    connect(m_openFolder, &QPushButton::clicked, this, &RestoreBackupDialog::openFolderRequested);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreBackupDialog::requestRestore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!selectedBackup().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
    reload();
}

void RestoreBackupDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const QString &path : core::WorkspaceBackup::backups(m_workspacePath)) {
        const QFileInfo info(path);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Taken, backupTimeText(core::WorkspaceBackup::takenAt(path)));
        item->setText(Kind, backupKindName(core::WorkspaceBackup::kindOf(path)));
        item->setText(Size, locale.formattedDataSize(info.size()));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(File, info.fileName());
        item->setToolTip(File, QDir::toNativeSeparators(path));
        item->setData(Taken, Qt::UserRole, path);
    }
    for (int c = 0; c < File; ++c)
        m_list->resizeColumnToContents(c);
    const bool any = m_list->topLevelItemCount() > 0;
    if (any)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_intro->setText(tr("There are no backups of “%1” yet. Make one with File › Back Up Now, "
                            "or turn on the daily backup in File › Backup Settings.")
                             .arg(QFileInfo(m_workspacePath).fileName()));
    m_restore->setEnabled(any);
}

QString RestoreBackupDialog::backupAt(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->data(Taken, Qt::UserRole).toString() : QString();
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(Taken, Qt::UserRole).toString() : QString();
}

void RestoreBackupDialog::requestRestore()
{
    const QString path = selectedBackup();
    if (!path.isEmpty())
        emit restoreRequested(path);
}

} // namespace tierscope::ui
