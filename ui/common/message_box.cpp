// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/message_box.h"

#include <QAbstractButton>

namespace tierscope::ui {

namespace {

struct AutoAnswers
{
    bool enabled = false;
    QList<QMessageBox::StandardButton> queue;
    QList<MessageBox::Shown> shown;
};

AutoAnswers &autoAnswers()
{
    static AutoAnswers a;
    return a;
}

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, const Shown &box,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QString &yesText)
{
    AutoAnswers &a = autoAnswers();
    if (a.enabled) {
        a.shown << box;
        if (!a.queue.isEmpty())
            return a.queue.takeFirst();
        return buttons.testFlag(QMessageBox::Ok) ? QMessageBox::Ok : defaultButton;
    }
    QMessageBox mb(box.icon, box.title, box.text, buttons, parent);
    mb.setInformativeText(box.informativeText);
    mb.setDefaultButton(defaultButton);
    if (!yesText.isEmpty() && buttons.testFlag(QMessageBox::Yes))
        mb.button(QMessageBox::Yes)->setText(yesText);
    return QMessageBox::StandardButton(mb.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 const QString &informativeText,
                                                 const QString &yesText,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, {QMessageBox::Question, title, text, informativeText},
                QMessageBox::Yes | QMessageBox::Cancel, defaultButton, yesText);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                         const QString &informativeText)
{
    show(parent, {QMessageBox::Warning, title, text, informativeText}, QMessageBox::Ok,
         QMessageBox::Ok, {});
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                             const QString &informativeText)
{
    show(parent, {QMessageBox::Information, title, text, informativeText}, QMessageBox::Ok,
         QMessageBox::Ok, {});
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &richText)
{
    if (autoAnswers().enabled) {
        autoAnswers().shown << Shown{QMessageBox::Information, title, richText, {}};
        return;
    }
    QMessageBox::about(parent, title, richText);
}

void MessageBox::setAutoAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    autoAnswers().enabled = true;
    autoAnswers().queue = answers;
}

void MessageBox::stopAutoAnswering()
{
    autoAnswers() = AutoAnswers{};
}

bool MessageBox::isAutoAnswering()
{
    return autoAnswers().enabled;
}

const QList<MessageBox::Shown> &MessageBox::shown()
{
    return autoAnswers().shown;
}

void MessageBox::clearShown()
{
    autoAnswers().shown.clear();
}

} // namespace tierscope::ui
