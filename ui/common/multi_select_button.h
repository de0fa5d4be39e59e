// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QToolButton>

namespace tierscope::ui {

// A button that opens a menu of checkable choices ("Countries: US, GB"); nothing checked means
// "any". The menu stays open while choosing several.
class MultiSelectButton : public QToolButton
{
    Q_OBJECT
public:
    explicit MultiSelectButton(const QString &anyText, QWidget *parent = nullptr);

    // Choices as (value, label) pairs; checked values that are still offered stay checked.
    void setChoices(const QList<std::pair<QString, QString>> &choices);
    QStringList selected() const;
    void setSelected(const QStringList &values); // values not offered are added as choices

signals:
    void selectionChanged();

private:
    void updateText();
    QAction *addChoice(const QString &value, const QString &label);

    QString m_anyText;
    QMenu *m_menu;
};

} // namespace tierscope::ui
