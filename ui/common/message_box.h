// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

#include <functional>

namespace tierscope::ui {

// Every message box of the app goes through here, so tests can answer them in advance and
// read what would have been shown.
class MessageBox
{
public:
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString informativeText;
    };

    // Asks Yes/Cancel; returns the button pressed. `yesText` relabels Yes ("Delete").
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                const QString &informativeText = {},
                                                const QString &yesText = {},
                                                QMessageBox::StandardButton defaultButton
                                                = QMessageBox::Cancel);
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &informativeText = {});
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &informativeText = {});
    static void about(QWidget *parent, const QString &title, const QString &richText);

    // Tests: answers are taken from the front of this queue instead of showing a box
    // (Ok for warnings and information when the queue is empty while answering is on).
    static void setAutoAnswers(const QList<QMessageBox::StandardButton> &answers);
    static void stopAutoAnswering();
    static bool isAutoAnswering();
    static const QList<Shown> &shown(); // what was shown while auto-answering
    static void clearShown();

private:
    static QMessageBox::StandardButton show(QWidget *parent, const Shown &box,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QString &yesText);
};

} // namespace tierscope::ui
