// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// A search field that suggests creators as the user types (full-text search over handle, name,
// niches, country and notes; the biggest audiences first) and announces the one picked.
class CreatorSearchBox : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kSuggestions = 10;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CreatorSearchBox(QWidget *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    QStandardItemModel *suggestions() const { return m_suggestions; }
    void updateSuggestions(); // at once (normally after a short pause in typing)

signals:
    void creatorChosen(qint64 creatorId);

private:
    void choose(const QModelIndex &index);

    core::Workspace *m_workspace = nullptr;
    QStandardItemModel *m_suggestions;
    QCompleter *m_completer;
    QTimer *m_typing;
};

} // namespace tierscope::ui
