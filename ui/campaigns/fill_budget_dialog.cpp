// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/fill_budget_dialog.h"

#include "core/common/display_format.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/campaign_text.h"
#include "ui/common/count_text.h"
#include "ui/common/multi_select_button.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tierscope::ui {

FillBudgetDialog::FillBudgetDialog(CampaignDocument *document, CampaignEditor *editor,
                                   QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_editor(editor),
      m_shortlist(new QComboBox(this)),
      m_objective(new QComboBox(this)),
      m_posts(new QSpinBox(this)),
      m_budget(new QLineEdit(this)),
      m_allowed(new MultiSelectButton(tr("Any tier"), this)),
      m_mixTiers(new MultiSelectButton(tr("No tier-mix rule"), this)),
      m_mixPercent(new QSpinBox(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_addButton(new QPushButton(this))
{
    setWindowTitle(tr("Fill the Budget — %1").arg(document->plan().campaign.name));
    const core::Workspace *ws = document->workspace();
    if (ws) {
        if (const auto lists = core::ShortlistRepository(ws->database()).list()) {
            for (const core::Shortlist &s : *lists)
                m_shortlist->addItem(tr("%1 (%2)").arg(s.name).arg(s.entryCount), s.id);
        }
    }
    m_objective->addItem(tr("Expected engagements"), int(core::FillObjective::Engagements));
    m_objective->addItem(tr("Expected impressions"), int(core::FillObjective::Impressions));
    if (document->plan().campaign.objective == core::Objective::Awareness)
        m_objective->setCurrentIndex(1);
    m_posts->setRange(1, 50);
    m_posts->setValue(1);
    m_posts->setSuffix(tr(" per creator"));
    const core::BudgetSummary &b = document->budget();
    // What the plan has not spoken for yet: budget − planned fees (never below zero).
    const qint64 free = std::max<qint64>(0, b.budgetMinor - b.total.plannedMinor);
    m_budget->setText(QLocale().toString(core::Money(free, b.currency).toMajor(), 'f',
                                         core::Money::minorDigits(b.currency)));
    m_allowed->setChoices(CampaignText::tierChoices());
    m_mixTiers->setChoices(CampaignText::tierChoices());
    QStringList wanted;
    for (core::Tier t : document->plan().campaign.targets.tiers)
        wanted << core::tierKey(t);
    m_allowed->setSelected(wanted);
    m_mixPercent->setRange(0, 100);
    m_mixPercent->setSuffix(QStringLiteral(" %"));
    m_mixPercent->setPrefix(tr("at least "));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Candidates from"), m_shortlist);
    form->addRow(tr("Maximise"), m_objective);
    form->addRow(tr("Deliverables"), m_posts);
    auto *money = new QHBoxLayout;
    money->addWidget(m_budget, 1);
    money->addWidget(new QLabel(b.currency, this));
    form->addRow(tr("Spend up to"), money);
    form->addRow(tr("Tiers allowed"), m_allowed);
    auto *mix = new QHBoxLayout;
    mix->addWidget(m_mixPercent);
    mix->addWidget(new QLabel(tr("of the spend on"), this));
    mix->addWidget(m_mixTiers);
    mix->addStretch(1);
    form->addRow(tr("Tier mix"), mix);

    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Pick"), tr("Creator"), tr("Tier"), tr("Fee"),
                                        tr("Expected"), tr("Cost per unit"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);

    auto *suggestButton = new QPushButton(tr("&Suggest"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_addButton, QDialogButtonBox::AcceptRole);
    m_addButton->setEnabled(false);
    m_addButton->setText(tr("Add to Roster"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(suggestButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 620);

    connect(suggestButton, &QPushButton::clicked, this, &FillBudgetDialog::suggest);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (addSuggestion() > 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_shortlist->count() == 0)
        m_summary->setText(tr("There are no shortlists yet: build one from the Creators page "
                              "first."));
    else
        suggest();
}

std::optional<core::FillOptions> FillBudgetDialog::options(QString *why) const
{
    core::FillOptions o;
    const core::CampaignPlan &plan = m_document->plan();
    o.currency = plan.campaign.currency();
    const auto budget = core::Money::parse(m_budget->text(), o.currency);
    if (!budget || budget->minor() < 0) {
        *why = tr("“%1” is not an amount in %2.").arg(m_budget->text(), o.currency);
        return std::nullopt;
    }
    o.budgetMinor = budget->minor();
    o.objective = core::FillObjective(m_objective->currentData().toInt());
    o.deliverablesPerCreator = m_posts->value();
    for (const QString &k : m_allowed->selected()) {
        if (const auto t = core::tierFromString(k))
            o.allowedTiers << *t;
    }
    if (m_mixPercent->value() > 0 && !m_mixTiers->selected().isEmpty()) {
        core::TierMixRule rule;
        rule.minSharePercent = m_mixPercent->value();
        for (const QString &k : m_mixTiers->selected()) {
            if (const auto t = core::tierFromString(k))
                rule.tiers << *t;
        }
        o.mix = rule;
    }
    for (const core::RosterEntry &e : plan.roster)
        o.onRoster.insert(e.creatorId);
    o.viewRates = plan.viewRates;
    o.scheme = m_document->scheme();
    return o;
}

void FillBudgetDialog::suggest()
{
    m_result.reset();
    m_addButton->setEnabled(false);
    QString why;
    m_options = options(&why);
    const core::Workspace *ws = m_document->workspace();
    if (!m_options || !ws || m_shortlist->currentIndex() < 0) {
        m_summary->setText(why);
        m_table->setRowCount(0);
        return;
    }
    const qint64 shortlistId = m_shortlist->currentData().toLongLong();
    const auto entries = core::ShortlistRepository(ws->database()).entries(shortlistId);
    QList<qint64> ids;
    if (entries) {
        for (const core::ShortlistEntry &e : *entries)
            ids << e.creatorId;
    }
    const auto creators = core::CreatorRepository(ws->database()).getMany(ids);
    m_candidates = creators ? *creators : QList<core::Creator>();
    auto result = core::fillBudget(m_candidates, *m_options);
    if (!result) {
        m_summary->setText(result.error().message);
        m_table->setRowCount(0);
        return;
    }
    m_result = std::move(result).value();
    showResult();
}

void FillBudgetDialog::showResult()
{
    const core::FillResult &r = *m_result;
    const core::FillOptions &o = *m_options;
    const auto money = [&](qint64 minor) -> QString { return core::Money(minor, o.currency).format(); };
    QString text = tr("Suggests %1 for %2 of %3: %4 expected %5.")
                       .arg(CountText::creators(r.chosen.size()), money(r.spentMinor),
                            money(r.budgetMinor),
                            core::format::count(qint64(std::llround(r.value))),
                            CampaignText::objectiveUnit(o.objective, qint64(r.value)));
    if (o.mix)
        text += QLatin1Char(' ')
            + tr("%1 of the spend on the tier-mix tiers (at least %2 % asked).")
                  .arg(core::format::percent(r.mixShare(), 0))
                  .arg(o.mix->minSharePercent);
    text += QLatin1Char(' ')
        + tr("%1 of %2 candidates could be used.").arg(r.eligible).arg(r.candidates.size());
    if (!r.exact)
        text += QLatin1Char(' ')
            + tr("Approximate: fees were rounded up to steps of %1 to keep the search small.")
                  .arg(money(r.unitMinor));
    m_summary->setText(text);

    QHash<qint64, const core::Creator *> byId;
    for (const core::Creator &c : std::as_const(m_candidates))
        byId.insert(c.id, &c);
    // Chosen first, then the rest by rank, then those left out.
    QList<const core::FillCandidate *> rows;
    for (const core::FillCandidate &c : r.candidates)
        rows << &c;
    std::stable_sort(rows.begin(), rows.end(), [](const auto *a, const auto *b) {
        const auto key = [](const core::FillCandidate *c) {
            return std::pair(c->reason == core::FillReason::Chosen ? 0
                             : c->valueForMoneyRank > 0            ? 1
                                                                   : 2,
                             c->valueForMoneyRank);
        };
        return key(a) < key(b);
    });
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const core::FillCandidate &c = *rows[i];
        const core::Creator *creator = byId.value(c.creatorId);
        const bool chosen = c.reason == core::FillReason::Chosen;
        const QStringList cells = {
            chosen ? QStringLiteral("✓") : QString(),
            creator ? QStringLiteral("@") + creator->handle : QString::number(c.creatorId),
            c.tier ? core::tierDisplayName(*c.tier) : core::format::unknown(),
            creator && creator->fee ? creator->fee->format() : CampaignText::noFee(),
            core::format::compactCount(c.value),
            CampaignText::moneyRatio(c.costPerUnit(), o.currency),
            CampaignText::fillReason(c, r, o)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col >= 3 && col <= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!chosen)
                item->setForeground(CampaignText::mutedColor());
            m_table->setItem(i, col, item);
        }
    }
    m_addButton->setText(tr("Add %1 to Roster").arg(CountText::creators(r.chosen.size())));
    m_addButton->setEnabled(!r.chosen.isEmpty() && m_editor->canEdit());
}

int FillBudgetDialog::addSuggestion()
{
    if (!m_result || m_result->chosen.isEmpty())
        return 0;
    QHash<qint64, qint64> fees;
    for (qint64 id : m_result->chosen)
        fees.insert(id, *m_result->candidate(id)->feeMinor);
    return m_editor->addCreators(m_document->campaignId(), m_result->chosen, fees);
}

} // namespace tierscope::ui
