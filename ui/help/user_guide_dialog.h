// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace tierscope::ui {

// Help › User Guide: the HTML guide embedded in the app (also shipped in docs/), in the
// language of the user interface when it is translated, else in English.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    static QUrl guideUrl(); // qrc:/tierscope/help/user-guide[.LANG].html
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace tierscope::ui
