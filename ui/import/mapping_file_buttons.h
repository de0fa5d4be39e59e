// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QPushButton;

namespace tierscope::ui {

// "Load Mapping…" and "Save Mapping…" of an import dialog: the two buttons side by side, the
// file dialogs and the message when a mapping cannot be written or applied. What saving and
// loading do is the dialog's (MappingFile::save / MappingFile::load on its model).
class MappingFileButtons : public QWidget
{
    Q_OBJECT
public:
    // Both return false with the reason in `error`.
    using Action = std::function<bool(const QString &path, QString *error)>;

    MappingFileButtons(Action save, Action load, QWidget *parent = nullptr);

    // The file being imported: the file dialogs start next to it, and a saved mapping is named
    // after it ("results-mapping.json").
    void setSourceFile(const QString &path) { m_source = path; }

    QPushButton *loadButton() const { return m_load; }
    QPushButton *saveButton() const { return m_save; }

private:
    QString directory() const;
    void saveInteractive();
    void loadInteractive();

    Action m_saveAction;
    Action m_loadAction;
    QString m_source;
    QPushButton *m_load;
    QPushButton *m_save;
};

} // namespace tierscope::ui
