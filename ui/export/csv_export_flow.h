// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "ui/export/export_job.h"

#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;
class QWidget;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class CreatorTableModel;

// File › Export CSV…: the creators the Creators view's filters show (or all of them) to a CSV
// file through core's exporter, on a worker thread behind a progress dialog with Cancel.
class CsvExportFlow : public QObject
{
    Q_OBJECT
public:
    // creators: the Creators view's model, for its filter, tier scheme and counts.
    CsvExportFlow(QWidget *window, const CreatorTableModel *creators);
    ~CsvExportFlow() override; // cancels a running export and waits for it

    void setWorkspace(core::Workspace *workspace);
    QAction *action() const { return m_action; }
    bool canExport() const { return m_workspace && !m_job; }
    bool isRunning() const { return m_job != nullptr; }

    void exportInteractive(); // asks which creators and where
    // onlyFiltered: the Creators view's current filter; else every creator.
    void startExport(const QString &path, bool onlyFiltered, bool byteOrderMark = false);
    void cancel();
    void abort(); // cancels without showing anything more; finished() follows

    QProgressDialog *progressDialog() const;

signals:
    void finished(const tierscope::core::Result<qint64> &written);

private:
    void onFinished(const core::Result<qint64> &written);
    void updateAction();
    void showStatus(const QString &message);

    QWidget *m_window;
    const CreatorTableModel *m_creators;
    core::Workspace *m_workspace = nullptr;
    QAction *m_action;
    ExportJob *m_job = nullptr;
    bool m_aborted = false;
    QString m_lastDirectory;
    QPointer<QProgressDialog> m_progress;
};

} // namespace tierscope::ui
