// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QRadioButton;

namespace tierscope::ui {

// File › Export CSV…: which creators (those the current filters show, or all of them) and
// whether the file starts with a byte-order mark.
class ExportCsvDialog : public QDialog
{
    Q_OBJECT
public:
    // shown < 0 or total < 0: still counting. filtered: the Creators view has filters set.
    ExportCsvDialog(bool filtered, qint64 shown, qint64 total, QWidget *parent = nullptr);

    bool onlyFiltered() const;
    bool byteOrderMark() const;

private:
    QRadioButton *m_filtered;
    QRadioButton *m_all;
    QCheckBox *m_bom;
};

} // namespace tierscope::ui
