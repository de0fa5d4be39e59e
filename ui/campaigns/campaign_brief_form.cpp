// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/campaign_brief_form.h"

#include "ui/campaigns/campaign_text.h"
#include "ui/common/multi_select_button.h"
#include "ui/common/palette_follower.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tierscope::ui {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

CampaignBriefForm::CampaignBriefForm(QWidget *parent)
    : QWidget(parent),
      m_name(new QLineEdit(this)),
      m_brand(new QLineEdit(this)),
      m_objective(new QComboBox(this)),
      m_budget(new QLineEdit(this)),
      m_currency(new QLineEdit(this)),
      m_hasStart(new QCheckBox(tr("Starts"), this)),
      m_start(new QDateEdit(this)),
      m_hasEnd(new QCheckBox(tr("Ends"), this)),
      m_end(new QDateEdit(this)),
      m_tiers(new MultiSelectButton(tr("Any tier"), this)),
      m_platforms(new MultiSelectButton(tr("Any platform"), this)),
      m_niches(new QLineEdit(this)),
      m_countries(new QLineEdit(this)),
      m_keyMessage(textBox(this, 2)),
      m_hashtags(new QLineEdit(this)),
      m_disclosure(textBox(this, 2)),
      m_notes(textBox(this, 3)),
      m_problem(new QLabel(this)),
      m_save(new QPushButton(tr("&Save Brief"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this))
{
    m_name->setObjectName(QStringLiteral("briefName"));
    for (core::Objective o : core::allObjectives())
        m_objective->addItem(core::objectiveDisplayName(o), int(o));
    m_budget->setPlaceholderText(tr("e.g. 12,000"));
    m_currency->setMaxLength(3);
    m_currency->setFixedWidth(m_currency->fontMetrics().averageCharWidth() * 7);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_tiers->setObjectName(QStringLiteral("briefTiers"));
    m_platforms->setObjectName(QStringLiteral("briefPlatforms"));
    m_tiers->setChoices(CampaignText::tierChoices());
    m_platforms->setChoices(CampaignText::platformChoices());
    m_niches->setPlaceholderText(tr("fitness, running (any when empty)"));
    m_countries->setPlaceholderText(tr("US, GB (any when empty)"));
    m_hashtags->setPlaceholderText(tr("#brand #ad"));
    m_problem->setTextFormat(Qt::PlainText);
    const auto alert = [this] {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::WindowText, CampaignText::alertColor());
        m_problem->setPalette(p);
    };
    alert();
    onPaletteChange(m_problem, alert);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Brand"), m_brand);
    form->addRow(tr("&Objective"), m_objective);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_currency);
    form->addRow(tr("Budget"), budgetRow); // a layout has no buddy: no mnemonic
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_hasStart);
    dates->addWidget(m_start);
    dates->addSpacing(12);
    dates->addWidget(m_hasEnd);
    dates->addWidget(m_end);
    dates->addStretch(1);
    form->addRow(tr("Dates"), dates);
    auto *targets = new QHBoxLayout;
    targets->addWidget(m_tiers);
    targets->addWidget(m_platforms);
    targets->addStretch(1);
    form->addRow(tr("Target"), targets);
    form->addRow(tr("Ni&ches"), m_niches);
    form->addRow(tr("C&ountries"), m_countries);
    form->addRow(tr("&Key message"), m_keyMessage);
    form->addRow(tr("&Hashtags"), m_hashtags);
    form->addRow(tr("&Disclosure"), m_disclosure);
    form->addRow(tr("No&tes"), m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto changed = [this] {
        if (!m_loading)
            updateButtons();
    };
    for (QLineEdit *e : {m_name, m_brand, m_budget, m_currency, m_niches, m_countries, m_hashtags})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *e : {m_keyMessage, m_disclosure, m_notes})
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    connect(m_objective, &QComboBox::currentIndexChanged, this, changed);
    for (QDateEdit *d : {m_start, m_end})
        connect(d, &QDateEdit::dateChanged, this, changed);
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    for (QCheckBox *b : {m_hasStart, m_hasEnd})
        connect(b, &QCheckBox::toggled, this, changed);
    for (MultiSelectButton *b : {m_tiers, m_platforms})
        connect(b, &MultiSelectButton::selectionChanged, this, changed);
    connect(m_save, &QPushButton::clicked, this, &CampaignBriefForm::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_loaded); });
    load(m_loaded);
}

void CampaignBriefForm::setCampaign(const core::Campaign &campaign)
{
    // Keep what is being typed when only something else about the campaign moved (roster).
    core::Campaign a = campaign, b = m_loaded;
    a.updatedAt = b.updatedAt = {};
    if (isDirty() && a == b)
        return;
    load(campaign);
}

void CampaignBriefForm::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void CampaignBriefForm::load(const core::Campaign &c)
{
    m_loading = true;
    m_loaded = c;
    m_name->setText(c.name);
    m_brand->setText(c.brand);
    m_objective->setCurrentIndex(m_objective->findData(int(c.objective)));
    m_budget->setText(c.id > 0 ? QLocale().toString(c.budget.toMajor(), 'f',
                                                    core::Money::minorDigits(c.currency()))
                               : QString());
    m_currency->setText(c.currency());
    m_hasStart->setChecked(c.startsOn.isValid());
    m_start->setEnabled(c.startsOn.isValid());
    m_start->setDate(c.startsOn.isValid() ? c.startsOn : QDate::currentDate());
    m_hasEnd->setChecked(c.endsOn.isValid());
    m_end->setEnabled(c.endsOn.isValid());
    m_end->setDate(c.endsOn.isValid() ? c.endsOn : QDate::currentDate());
    QStringList tiers, platforms;
    for (core::Tier t : c.targets.tiers)
        tiers << core::tierKey(t);
    for (core::Platform p : c.targets.platforms)
        platforms << core::platformKey(p);
    m_tiers->setSelected(tiers);
    m_platforms->setSelected(platforms);
    m_niches->setText(c.targets.niches.join(QStringLiteral(", ")));
    m_countries->setText(c.targets.countries.join(QStringLiteral(", ")));
    m_keyMessage->setPlainText(c.keyMessage);
    m_hashtags->setText(c.hashtags);
    m_disclosure->setPlainText(c.disclosure);
    m_notes->setPlainText(c.notes);
    m_loading = false;
    updateButtons();
}

std::optional<core::Campaign> CampaignBriefForm::campaign(QString *why) const
{
    core::Campaign c = m_loaded;
    c.name = m_name->text().trimmed();
    c.brand = m_brand->text().trimmed();
    c.objective = core::Objective(m_objective->currentData().toInt());
    const QString currency = m_currency->text().trimmed().toUpper();
    const QString typed = m_budget->text().trimmed();
    const auto budget = core::Money::parse(typed.isEmpty() ? QStringLiteral("0") : typed, currency);
    if (!budget) {
        if (why)
            *why = tr("“%1” is not an amount in %2.").arg(typed, currency);
        return std::nullopt;
    }
    c.budget = *budget;
    c.startsOn = m_hasStart->isChecked() ? m_start->date() : QDate();
    c.endsOn = m_hasEnd->isChecked() ? m_end->date() : QDate();
    c.targets.tiers.clear();
    for (const QString &k : m_tiers->selected()) {
        if (const auto t = core::tierFromString(k))
            c.targets.tiers << *t;
    }
    c.targets.platforms.clear();
    for (const QString &k : m_platforms->selected()) {
        if (const auto p = core::platformFromString(k))
            c.targets.platforms << *p;
    }
    c.targets.niches = splitList(m_niches->text());
    c.targets.countries.clear();
    for (const QString &country : splitList(m_countries->text()))
        c.targets.countries << country.toUpper();
    c.keyMessage = m_keyMessage->toPlainText().trimmed();
    c.hashtags = m_hashtags->text().trimmed();
    c.disclosure = m_disclosure->toPlainText().trimmed();
    c.notes = m_notes->toPlainText();
    if (why)
        *why = c.problem();
    return c;
}

bool CampaignBriefForm::isDirty() const
{
    const auto c = campaign();
    return !c || !(*c == m_loaded);
}

void CampaignBriefForm::updateButtons()
{
    QString why;
    const auto c = campaign(&why);
    const bool dirty = !c || !(*c == m_loaded);
    m_problem->setText(dirty ? why : QString());
    m_save->setEnabled(m_editable && m_loaded.id > 0 && dirty && why.isEmpty());
    m_revert->setEnabled(m_loaded.id > 0 && dirty);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_brand, m_objective, m_budget,
                                                      m_currency, m_hasStart, m_hasEnd, m_tiers,
                                                      m_platforms, m_niches, m_countries,
                                                      m_hashtags})
        w->setEnabled(m_editable && m_loaded.id > 0);
    for (QPlainTextEdit *e : {m_keyMessage, m_disclosure, m_notes})
        e->setReadOnly(!(m_editable && m_loaded.id > 0));
}

void CampaignBriefForm::save()
{
    QString why;
    const auto c = campaign(&why);
    if (c && why.isEmpty())
        emit saveRequested(*c);
}

} // namespace tierscope::ui
