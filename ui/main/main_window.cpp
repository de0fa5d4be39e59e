// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/main_window.h"

#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace tierscope::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *splitter = new QSplitter(this);
    auto *sidebar = new QListWidget(splitter);
    for (const QString &item : {tr("Creators"), tr("Shortlists"), tr("Compare"), tr("Campaigns"),
                                tr("Insights")})
        sidebar->addItem(item);
    sidebar->setMaximumWidth(200);
    auto *placeholder = new QLabel(tr("Open a workspace to begin."), splitter);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(splitter);
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString &path)
{
    auto ws = core::Workspace::open(path);
    if (!ws) {
        QMessageBox::warning(this, tr("Cannot open workspace"), ws.error().message);
        return false;
    }
    m_workspace = std::move(ws).value();
    const auto total = core::CreatorRepository(m_workspace->database()).totalCount();
    statusBar()->showMessage(tr("%1 creators").arg(QLocale().toString(total ? *total : 0)));
    updateTitle();
    return true;
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_workspace ? m_workspace->displayName() + QStringLiteral(" — Tierscope")
                               : QStringLiteral("Tierscope"));
}

} // namespace tierscope::ui
