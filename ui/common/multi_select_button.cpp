// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/multi_select_button.h"

#include <QMenu>
#include <QStyle>

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

// QToolButton counts the menu arrow in its width but centres the text over the whole button, so
// the text's end runs under the arrow. Half an arrow more on each side keeps them apart.
QSize MultiSelectButton::sizeHint() const
{
    QSize size = QToolButton::sizeHint();
    size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
    return size;
}

void MultiSelectButton::setSummary(Summary summary)
{
    m_summary = summary;
    updateText();
}

QAction *MultiSelectButton::addChoice(const QString &value, const QString &label)
{
    m_labels.insert(value, label);
    QAction *a = m_menu->addAction(QString(label).replace(u'&', QStringLiteral("&&")));
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
    m_labels.clear();
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

QStringList MultiSelectButton::selectedLabels() const
{
    QStringList out;
    for (const QString &value : selected())
        out << m_labels.value(value, value);
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
    // Labels, not values: values are stored keys ("micro"), labels what a user reads ("Micro").
    const QStringList labels = selectedLabels();
    QStringList shown = m_summary == Summary::Values ? selected() : labels;
    for (QString &s : shown)
        s.replace(u'&', QStringLiteral("&&")); // a label's '&' is no mnemonic
    if (shown.isEmpty())
        setText(m_anyText);
    else if (shown.size() <= 3)
        setText(shown.join(QStringLiteral(", ")));
    else
        setText(tr("%1, %2 +%3").arg(shown[0], shown[1]).arg(shown.size() - 2));
    setToolTip(labels.join(QStringLiteral(", ")));
}

} // namespace tierscope::ui
