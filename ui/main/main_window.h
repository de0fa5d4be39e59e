// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// The application window: wires the views together; no feature logic lives here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; on failure the message is shown and the current one stays open.
    bool openWorkspace(const QString &path);
    core::Workspace *workspace() const { return m_workspace.get(); }

private:
    void updateTitle();

    std::unique_ptr<core::Workspace> m_workspace;
};

} // namespace tierscope::ui
