// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/campaign.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tierscope::ui {

class MultiSelectButton;

// The brief of a campaign as a form: name, brand, objective, budget and currency, dates,
// targets (tiers, platforms, niches, countries), key message, hashtags, disclosure and notes.
// Changes are kept in the form until Save (one undo step) or Revert.
class CampaignBriefForm : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignBriefForm(QWidget *parent = nullptr);

    void setCampaign(const core::Campaign &campaign); // keeps edits when it is the same one unchanged
    void setEditable(bool editable);
    // The campaign as the form says; nullopt (with why) when the budget does not read.
    std::optional<core::Campaign> campaign(QString *why = nullptr) const;
    bool isDirty() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *budgetEdit() const { return m_budget; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QComboBox *objectiveBox() const { return m_objective; }
    MultiSelectButton *tiersButton() const { return m_tiers; }
    MultiSelectButton *platformsButton() const { return m_platforms; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }

signals:
    void saveRequested(const tierscope::core::Campaign &campaign);

private:
    void load(const core::Campaign &c);
    void updateButtons();
    void save();

    core::Campaign m_loaded;
    bool m_editable = true;
    bool m_loading = false;
    QLineEdit *m_name;
    QLineEdit *m_brand;
    QComboBox *m_objective;
    QLineEdit *m_budget;
    QLineEdit *m_currency;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    MultiSelectButton *m_tiers;
    MultiSelectButton *m_platforms;
    QLineEdit *m_niches;
    QLineEdit *m_countries;
    QPlainTextEdit *m_keyMessage;
    QLineEdit *m_hashtags;
    QPlainTextEdit *m_disclosure;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace tierscope::ui
