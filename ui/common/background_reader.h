// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Runs read-only work over the workspace on a worker thread with its own connection, so a pass
// over a million creators never freezes the window. Only the newest request is answered: a new
// one cancels the one queued or running, and a cancelled answer never arrives.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReader(QString name, QObject *parent = nullptr);
    ~BackgroundReader() override;

    void setWorkspace(core::Workspace *workspace); // stops work for the previous one
    bool hasWorkspace() const { return m_thread != nullptr; }
    bool isBusy() const { return m_pending > 0; }

    // work(db) runs on the worker thread (db is invalid when the connection could not be
    // opened: core then reports the error); done(result) runs afterwards on this object's thread.
    template<typename Work, typename Done>
    void request(Work work, Done done)
    {
        post([work = std::move(work), done = std::move(done)](
                 const QSqlDatabase &db) mutable -> std::function<void()> {
            auto result = work(db);
            return [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            };
        });
    }
    void cancel();

signals:
    void busyChanged(bool busy);

private:
    using Job = std::function<std::function<void()>(const QSqlDatabase &)>;
    struct Worker;
    void post(Job job);
    void stop();
    void setPending(int pending);

    QString m_name;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread
    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the newest request
    int m_pending = 0;
};

} // namespace tierscope::ui
