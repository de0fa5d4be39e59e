// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QToolButton>

namespace tierscope::ui {

// A button that opens a menu of checkable choices ("Micro, Nano"); nothing checked means "any".
// The menu stays open while choosing several. Values are what the caller stores (keys such as
// "micro"); the button and its tooltip show the labels.
class MultiSelectButton : public QToolButton
{
    Q_OBJECT
public:
    // What the button says once something is checked: the labels of the checked choices, or
    // their values where those are short codes a user reads ("US, GB" for "US — United States").
    enum class Summary { Labels, Values };

    explicit MultiSelectButton(const QString &anyText, QWidget *parent = nullptr);

    void setSummary(Summary summary);
    QSize sizeHint() const override;

    // Choices as (value, label) pairs; checked values that are still offered stay checked.
    void setChoices(const QList<std::pair<QString, QString>> &choices);
    QStringList selected() const;
    QStringList selectedLabels() const; // in the order of the choices
    void setSelected(const QStringList &values); // values not offered are added as choices

signals:
    void selectionChanged();

private:
    void updateText();
    QAction *addChoice(const QString &value, const QString &label);

    QString m_anyText;
    Summary m_summary = Summary::Labels;
    QMenu *m_menu;
    QHash<QString, QString> m_labels; // value → label, as given (a menu text escapes '&')
};

} // namespace tierscope::ui
