// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/multi_select_button.h"

#include <QMenu>

namespace tierscope::ui {

namespace {

// Keeps the menu open when a checkable entry is triggered.
class StickyMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QAction *action = activeAction();
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
};

} // namespace

MultiSelectButton::MultiSelectButton(const QString &anyText, QWidget *parent)
    : QToolButton(parent), m_anyText(anyText), m_menu(new StickyMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    updateText();
}

QAction *MultiSelectButton::addChoice(const QString &value, const QString &label)
{
    QAction *a = m_menu->addAction(label);
    a->setCheckable(true);
    a->setData(value);
    connect(a, &QAction::toggled, this, [this] {
        updateText();
        emit selectionChanged();
    });
    return a;
}

void MultiSelectButton::setChoices(const QList<std::pair<QString, QString>> &choices)
{
    const QStringList keep = selected();
    const QSignalBlocker blocker(this);
    m_menu->clear();
    for (const auto &[value, label] : choices)
        addChoice(value, label)->setChecked(keep.contains(value));
    for (const QString &value : keep) {
        if (!selected().contains(value))
            addChoice(value, value)->setChecked(true);
    }
    updateText();
}

QStringList MultiSelectButton::selected() const
{
    QStringList out;
    for (const QAction *a : m_menu->actions()) {
        if (a->isChecked())
            out << a->data().toString();
    }
    return out;
}

void MultiSelectButton::setSelected(const QStringList &values)
{
    {
        const QSignalBlocker blocker(this);
        for (QAction *a : m_menu->actions())
            a->setChecked(values.contains(a->data().toString()));
        for (const QString &value : values) {
            if (!selected().contains(value))
                addChoice(value, value)->setChecked(true);
        }
    }
    updateText();
}

void MultiSelectButton::updateText()
{
    const QStringList values = selected();
    if (values.isEmpty())
        setText(m_anyText);
    else if (values.size() <= 3)
        setText(values.join(QStringLiteral(", ")));
    else
        setText(tr("%1, %2 +%3").arg(values[0], values[1]).arg(values.size() - 2));
    setToolTip(values.isEmpty() ? QString() : values.join(QStringLiteral(", ")));
}

} // namespace tierscope::ui
