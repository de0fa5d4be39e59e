// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/backup_job.h"

#include <QThread>

namespace tierscope::ui {

BackupJob::BackupJob(Work work, QObject *parent) : QObject(parent), m_work(std::move(work)) {}

BackupJob::~BackupJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        core::Result<QString> result = m_work();
        QMetaObject::invokeMethod(this, [this, result = std::move(result)] {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            emit finished(result);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    m_thread->start(QThread::LowPriority);
}

} // namespace tierscope::ui
