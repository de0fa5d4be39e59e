// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tierscope::ui {

// Adds or edits one creator. Numbers are typed as people write them ("48.7k", "6.9"); an empty
// field is unknown. ER is kept as reported when given, else computed from the averages.
class CreatorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreatorDialog(QWidget *parent = nullptr);

    void setCreator(const core::Creator &creator); // editing; otherwise a new creator
    void setDefaultCurrency(const QString &code);
    // The workspace's ER basis per platform, which a computed ER divides by.
    void setErBases(const core::ErBases &bases);
    core::Creator creator() const; // what the fields say, on top of the creator being edited
    QString problem() const;       // why the fields cannot be saved; empty when they can

    QLineEdit *field(const QString &objectName) const; // for tests

private:
    QLineEdit *addField(const QString &objectName, const QString &placeholder = {});
    void validate();

    core::Creator m_original;
    core::ErBases m_bases;
    QComboBox *m_platform;
    QLineEdit *m_handle, *m_name, *m_followers, *m_likes, *m_comments, *m_shares, *m_views;
    QLineEdit *m_reportedEr, *m_niches, *m_country, *m_language, *m_authenticity, *m_sponsored;
    QLineEdit *m_fee, *m_currency, *m_email, *m_profileUrl, *m_asOf;
    QPlainTextEdit *m_notes;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tierscope::ui
