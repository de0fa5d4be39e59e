// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/mapping_file_buttons.h"

#include "ui/common/message_box.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>

namespace tierscope::ui {

// The strings keep the context ("ImportDialog") they had in the creator import dialog, and so
// its translations.

MappingFileButtons::MappingFileButtons(Action save, Action load, QWidget *parent)
    : QWidget(parent)
    , m_saveAction(std::move(save))
    , m_loadAction(std::move(load))
    , m_load(new QPushButton(QCoreApplication::translate("ImportDialog", "&Load Mapping…"), this))
    , m_save(new QPushButton(QCoreApplication::translate("ImportDialog", "&Save Mapping…"), this))
{
    m_load->setToolTip(QCoreApplication::translate(
        "ImportDialog", "Apply a column mapping saved from an earlier import"));
    m_save->setToolTip(QCoreApplication::translate(
        "ImportDialog", "Save this column mapping to reuse it for files like this one"));
    connect(m_load, &QPushButton::clicked, this, &MappingFileButtons::loadInteractive);
    connect(m_save, &QPushButton::clicked, this, &MappingFileButtons::saveInteractive);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_load);
    layout->addWidget(m_save);
}

QString MappingFileButtons::directory() const
{
    return m_source.isEmpty() ? QDir::homePath() : QFileInfo(m_source).absolutePath();
}

void MappingFileButtons::saveInteractive()
{
    const QString suggested = QFileInfo(m_source).completeBaseName()
        + QCoreApplication::translate("ImportDialog", "-mapping") + u".json";
    const QString path = QFileDialog::getSaveFileName(
        window(), QCoreApplication::translate("ImportDialog", "Save Column Mapping"),
        QDir(directory()).filePath(suggested),
        QCoreApplication::translate("ImportDialog", "Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_saveAction(path, &error))
        MessageBox::warning(
            window(), QCoreApplication::translate("ImportDialog", "Save Column Mapping"),
            QCoreApplication::translate("ImportDialog", "The mapping could not be saved to “%1”.")
                .arg(QFileInfo(path).fileName()),
            error);
}

void MappingFileButtons::loadInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        window(), QCoreApplication::translate("ImportDialog", "Load Column Mapping"), directory(),
        QCoreApplication::translate("ImportDialog", "Column mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_loadAction(path, &error))
        MessageBox::warning(
            window(), QCoreApplication::translate("ImportDialog", "Load Column Mapping"),
            QCoreApplication::translate("ImportDialog", "“%1” cannot be applied to this file.")
                .arg(QFileInfo(path).fileName()),
            error);
}

} // namespace tierscope::ui
