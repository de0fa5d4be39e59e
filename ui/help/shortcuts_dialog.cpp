// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace tierscope::ui {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *search = new QLineEdit(this);
    search->setPlaceholderText(tr("Filter shortcuts…"));
    search->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(search);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    fill(window);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 32);
}

void ShortcutsDialog::fill(QMainWindow *window)
{
    QSet<const QAction *> seen;
    QFont groupFont = font();
    groupFont.setBold(true);
    const auto addGroup = [&](const QString &title, const QList<QAction *> &actions) {
        QList<QTreeWidgetItem *> rows;
        for (const QAction *a : actions) {
            if (a->isSeparator() || a->shortcuts().isEmpty() || seen.contains(a))
                continue;
            seen.insert(a);
            rows << new QTreeWidgetItem(QStringList {plainText(a), shortcutText(a)});
        }
        if (rows.isEmpty())
            return;
        auto *header = new QTreeWidgetItem(m_tree, QStringList {title});
        header->setFont(0, groupFont);
        header->setFlags(Qt::ItemIsEnabled);
        m_tree->addTopLevelItems(rows);
    };
    // Menus first, in menu-bar order (with their submenus), then actions living on the views.
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        addGroup(path, menu->actions());
        for (QAction *a : menu->actions())
            if (a->menu())
                walk(a->menu(), path + QStringLiteral(" › ") + plainText(a));
    };
    for (QAction *a : window->menuBar()->actions())
        if (a->menu())
            walk(a->menu(), plainText(a));
    addGroup(tr("Other Actions"), window->findChildren<QAction *>());
}

void ShortcutsDialog::filter(const QString &text)
{
    QTreeWidgetItem *header = nullptr;
    bool headerHasRows = false;
    const auto closeGroup = [&] {
        if (header)
            header->setHidden(!headerHasRows);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->columnCount() < 2 || item->text(1).isEmpty()) { // a group title
            closeGroup();
            header = item;
            headerHasRows = false;
            continue;
        }
        const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
            || item->text(1).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        headerHasRows = headerHasRows || match;
    }
    closeGroup();
}

} // namespace tierscope::ui
