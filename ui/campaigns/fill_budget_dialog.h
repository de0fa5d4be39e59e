// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/budget_filler.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;
class MultiSelectButton;

// "Fill the budget": from a shortlist, the roster that stays within the money left and gives the
// most expected engagements (or impressions) under the tier mix the user sets; each candidate
// says why it is in or out. Adding the suggestion is one undo step.
class FillBudgetDialog : public QDialog
{
    Q_OBJECT
public:
    FillBudgetDialog(CampaignDocument *document, CampaignEditor *editor, QWidget *parent = nullptr);

    QComboBox *shortlistBox() const { return m_shortlist; }
    QLineEdit *budgetEdit() const { return m_budget; }
    MultiSelectButton *allowedTiers() const { return m_allowed; }
    MultiSelectButton *mixTiers() const { return m_mixTiers; }
    QSpinBox *mixPercent() const { return m_mixPercent; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *addButton() const { return m_addButton; }
    const std::optional<core::FillResult> &result() const { return m_result; }

    void suggest();
    int addSuggestion(); // how many joined the roster

private:
    std::optional<core::FillOptions> options(QString *why) const;
    void showResult();

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    QComboBox *m_shortlist;
    QComboBox *m_objective;
    QSpinBox *m_posts;
    QLineEdit *m_budget;
    MultiSelectButton *m_allowed;
    MultiSelectButton *m_mixTiers;
    QSpinBox *m_mixPercent;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QList<core::Creator> m_candidates;
    std::optional<core::FillOptions> m_options;
    std::optional<core::FillResult> m_result;
};

} // namespace tierscope::ui
