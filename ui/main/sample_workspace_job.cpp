// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/sample_workspace_job.h"

#include "core/demo/demo_workspace.h"
#include "core/storage/workspace.h"

#include <QThread>

namespace tierscope::ui {

SampleWorkspaceJob::SampleWorkspaceJob(const QString &workspacePath, qint64 creators,
                                       QObject *parent)
    : QObject(parent), m_path(workspacePath), m_creators(creators)
{
}

SampleWorkspaceJob::~SampleWorkspaceJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

core::Status SampleWorkspaceJob::run()
{
    // A workspace object of the worker's own: its connection lives and dies on this thread.
    auto workspace = core::Workspace::open(m_path);
    if (!workspace)
        return workspace.error();
    core::DemoOptions options;
    options.creators = m_creators;
    options.progress = [this](qint64 written) {
        QMetaObject::invokeMethod(this, [this, written] { emit progress(written); },
                                  Qt::QueuedConnection);
        return !m_cancel.load();
    };
    if (m_cancel)
        return {core::Error::Code::Cancelled, tr("Cancelled.")};
    return core::writeDemoWorkspace(**workspace, options);
}

void SampleWorkspaceJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this] {
        const core::Status status = run();
        QMetaObject::invokeMethod(this, [this, status] {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            emit finished(status);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("sample-workspace"));
    m_thread->start();
}

} // namespace tierscope::ui
