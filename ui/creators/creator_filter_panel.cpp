// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_filter_panel.h"

#include "core/common/checked_number.h"

#include "ui/common/flow_layout.h"
#include "ui/common/multi_select_button.h"
#include "ui/common/number_input.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tierscope::ui {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *dash(QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("–"), parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void setInvalid(QLineEdit *field, bool invalid)
{
    QPalette pal = field->parentWidget()->palette();
    if (invalid) // a red that reads on the light and the dark base alike
        pal.setColor(QPalette::Text, pal.color(QPalette::Base).lightness() < 128
                                         ? QColor(0xff, 0x8a, 0x80)
                                         : QColor(0xc0, 0x39, 0x2b));
    field->setPalette(pal);
}

// Saturating, never wrapping: "1e30" followers is a bound beyond every real count, not −2^63.
std::optional<qint64> toInteger(std::optional<double> v, double scale)
{
    if (!v)
        return std::nullopt;
    const auto n = core::CheckedNumber::saturatedInteger(*v, scale);
    return n ? std::optional<qint64>(*n) : std::nullopt;
}

std::optional<qint64> toMinor(std::optional<double> major)
{
    return toInteger(major, 100.0);
}

std::optional<double> toMajor(std::optional<qint64> minor)
{
    return minor ? std::optional<double>(double(*minor) / 100.0) : std::nullopt;
}

std::optional<qint64> toCount(std::optional<double> v)
{
    return toInteger(v, 1.0);
}

std::optional<double> times100(std::optional<double> v)
{
    return v ? std::optional<double>(*v * 100.0) : std::nullopt;
}

} // namespace

CreatorFilterPanel::CreatorFilterPanel(QWidget *parent)
    : QWidget(parent), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CreatorFilterPanel::announce);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search handle, name, niche, country, notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    const QIcon findIcon = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!findIcon.isNull())
        m_search->addAction(findIcon, QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, &CreatorFilterPanel::onEdited);

    // Each filter is a small group; the groups flow onto as many lines as the width needs.
    auto *flow = new FlowLayout(nullptr, 18, 6);
    const auto group = [this, flow](const QString &label, const QList<QWidget *> &widgets) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(5);
        if (!label.isEmpty())
            row->addWidget(caption(label, box));
        for (QWidget *w : widgets)
            row->addWidget(w);
        flow->addWidget(box);
        return box;
    };
    group({}, {m_search});

    QList<QWidget *> chips;
    for (core::Platform p : core::allPlatforms()) {
        auto *chip = new QToolButton(this);
        chip->setText(core::platformDisplayName(p));
        chip->setCheckable(true);
        chip->setToolTip(tr("Show %1 creators (none checked: all platforms)")
                             .arg(core::platformDisplayName(p)));
        connect(chip, &QToolButton::toggled, this, &CreatorFilterPanel::onEdited);
        m_platforms.insert(int(p), chip);
        chips << chip;
    }
    group({}, chips);

    QList<QWidget *> tiers;
    for (core::Tier t : core::allTiers()) {
        auto *box = new QCheckBox(core::tierDisplayName(t), this);
        connect(box, &QCheckBox::toggled, this, &CreatorFilterPanel::onEdited);
        m_tiers.insert(int(t), box);
        tiers << box;
    }
    group(tr("Tier"), tiers);

    const QString wide = QStringLiteral("10,000,000");
    const QString narrow = QStringLiteral("100.0");
    m_minFollowers = rangeField(tr("min"), tr("At least this many followers (10k, 1.5M)"), wide);
    m_maxFollowers = rangeField(tr("max"), tr("At most this many followers"), wide);
    m_minEr = rangeField(tr("min"), tr("Engagement rate at least, in percent"), narrow);
    m_maxEr = rangeField(tr("max"), tr("Engagement rate at most, in percent"), narrow);
    m_minFee = rangeField(tr("min"), tr("Typical fee per post at least (in the creator's currency)"), wide);
    m_maxFee = rangeField(tr("max"), tr("Typical fee per post at most (in the creator's currency)"), wide);
    m_minAuthenticity = rangeField(tr("any"), tr("Audience authenticity at least, in percent"), narrow);
    m_maxSponsored = rangeField(tr("any"), tr("Share of sponsored posts at most, in percent"), narrow);
    group(tr("Followers"), {m_minFollowers, dash(this), m_maxFollowers});
    group(tr("ER %"), {m_minEr, dash(this), m_maxEr});
    group(tr("Fee"), {m_minFee, dash(this), m_maxFee});
    group(tr("Authenticity ≥ %"), {m_minAuthenticity});
    group(tr("Sponsored ≤ %"), {m_maxSponsored});

    m_niches = new QLineEdit(this);
    m_niches->setObjectName(QStringLiteral("nichesField"));
    m_niches->setPlaceholderText(tr("any, e.g. vegan, fitness"));
    m_niches->setToolTip(tr("Creators with any of these niches (comma-separated)"));
    m_niches->setClearButtonEnabled(true);
    m_niches->setFixedWidth(m_niches->fontMetrics().horizontalAdvance(m_niches->placeholderText()) + 40);
    connect(m_niches, &QLineEdit::textChanged, this, &CreatorFilterPanel::onEdited);
    group(tr("Niches"), {m_niches});
    m_countries = new MultiSelectButton(tr("Any country"), this);
    m_languages = new MultiSelectButton(tr("Any language"), this);
    // Codes keep the filter bar short; the names are in the menu and the tooltip.
    m_countries->setSummary(MultiSelectButton::Summary::Values);
    m_languages->setSummary(MultiSelectButton::Summary::Values);
    connect(m_countries, &MultiSelectButton::selectionChanged, this, &CreatorFilterPanel::onEdited);
    connect(m_languages, &MultiSelectButton::selectionChanged, this, &CreatorFilterPanel::onEdited);
    group(tr("Country"), {m_countries});
    group(tr("Language"), {m_languages});

    m_hideFlagged = new QCheckBox(tr("Hide flagged creators"), this);
    m_hideFlagged->setObjectName(QStringLiteral("hideFlagged"));
    m_hideFlagged->setToolTip(tr("Leave out creators with a data-quality flag (⚑), such as "
                                 "engagement above the follower count"));
    connect(m_hideFlagged, &QCheckBox::toggled, this, &CreatorFilterPanel::onEdited);
    group({}, {m_hideFlagged});

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every creator"));
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &CreatorFilterPanel::clear);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_count->font();
    bold.setWeight(QFont::DemiBold);
    m_count->setFont(bold);

    auto *side = new QVBoxLayout;
    side->setSpacing(6);
    side->addWidget(m_count, 0, Qt::AlignRight);
    side->addWidget(m_clear, 0, Qt::AlignRight);
    side->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(12);
    layout->addLayout(flow, 1);
    layout->addLayout(side);
}

QLineEdit *CreatorFilterPanel::rangeField(const QString &placeholder, const QString &toolTip,
                                          const QString &widest)
{
    auto *field = new QLineEdit(this);
    field->setPlaceholderText(placeholder);
    field->setToolTip(toolTip);
    field->setAlignment(Qt::AlignRight);
    const QFontMetrics fm = field->fontMetrics();
    field->setFixedWidth(std::max(fm.horizontalAdvance(widest), fm.horizontalAdvance(placeholder)) + 16);
    connect(field, &QLineEdit::textChanged, this, &CreatorFilterPanel::onEdited);
    return field;
}

core::CreatorFilter CreatorFilterPanel::filter() const
{
    core::CreatorFilter f;
    for (core::Platform p : core::allPlatforms()) {
        if (m_platforms.value(int(p))->isChecked())
            f.platforms << p;
    }
    for (core::Tier t : core::allTiers()) {
        if (m_tiers.value(int(t))->isChecked())
            f.tiers << t;
    }
    f.minFollowers = toCount(NumberInput::parse(m_minFollowers->text()).value);
    f.maxFollowers = toCount(NumberInput::parse(m_maxFollowers->text()).value);
    f.minEngagementRate = NumberInput::parsePercent(m_minEr->text()).value;
    f.maxEngagementRate = NumberInput::parsePercent(m_maxEr->text()).value;
    f.minFeeMinor = toMinor(NumberInput::parse(m_minFee->text()).value);
    f.maxFeeMinor = toMinor(NumberInput::parse(m_maxFee->text()).value);
    f.minAuthenticity = NumberInput::parsePercent(m_minAuthenticity->text()).value;
    f.maxSponsoredRatio = NumberInput::parsePercent(m_maxSponsored->text()).value;
    for (const QString &n : m_niches->text().split(u',', Qt::SkipEmptyParts)) {
        if (!n.trimmed().isEmpty())
            f.niches << n.trimmed();
    }
    f.countries = m_countries->selected();
    f.languages = m_languages->selected();
    f.text = m_search->text().trimmed();
    f.hideFlagged = m_hideFlagged->isChecked();
    return f;
}

void CreatorFilterPanel::setFilter(const core::CreatorFilter &f)
{
    const QSignalBlocker b0(m_search), b1(m_minFollowers), b2(m_maxFollowers), b3(m_minEr),
        b4(m_maxEr), b5(m_minFee), b6(m_maxFee), b7(m_minAuthenticity), b8(m_maxSponsored),
        b9(m_niches), b10(m_countries), b11(m_languages), b12(m_hideFlagged);
    for (auto it = m_platforms.cbegin(); it != m_platforms.cend(); ++it) {
        const QSignalBlocker b(it.value());
        it.value()->setChecked(f.platforms.contains(core::Platform(it.key())));
    }
    for (auto it = m_tiers.cbegin(); it != m_tiers.cend(); ++it) {
        const QSignalBlocker b(it.value());
        it.value()->setChecked(f.tiers.contains(core::Tier(it.key())));
    }
    const auto count = [](std::optional<qint64> v) {
        return v ? std::optional<double>(double(*v)) : std::nullopt;
    };
    m_minFollowers->setText(NumberInput::toText(count(f.minFollowers), 0));
    m_maxFollowers->setText(NumberInput::toText(count(f.maxFollowers), 0));
    m_minEr->setText(NumberInput::toText(times100(f.minEngagementRate)));
    m_maxEr->setText(NumberInput::toText(times100(f.maxEngagementRate)));
    m_minFee->setText(NumberInput::toText(toMajor(f.minFeeMinor)));
    m_maxFee->setText(NumberInput::toText(toMajor(f.maxFeeMinor)));
    m_minAuthenticity->setText(NumberInput::toText(times100(f.minAuthenticity)));
    m_maxSponsored->setText(NumberInput::toText(times100(f.maxSponsoredRatio)));
    m_niches->setText(f.niches.join(QStringLiteral(", ")));
    m_countries->setSelected(f.countries);
    m_languages->setSelected(f.languages);
    m_search->setText(f.text);
    m_hideFlagged->setChecked(f.hideFlagged);
    updateValidity();
    announce();
}

void CreatorFilterPanel::setChoices(const QStringList &countries, const QStringList &languages)
{
    QList<std::pair<QString, QString>> c;
    for (const QString &code : countries) {
        const QString name = QLocale::territoryToString(QLocale::codeToTerritory(code));
        c.append({code, name.isEmpty() || code.size() != 2 ? code : tr("%1 — %2").arg(code, name)});
    }
    QList<std::pair<QString, QString>> l;
    for (const QString &code : languages) {
        const auto lang = QLocale::codeToLanguage(code);
        const QString name = lang == QLocale::AnyLanguage ? QString() : QLocale::languageToString(lang);
        l.append({code, name.isEmpty() ? code : tr("%1 — %2").arg(code, name)});
    }
    m_countries->setChoices(c);
    m_languages->setChoices(l);
}

void CreatorFilterPanel::setCounts(qint64 total, qint64 shown)
{
    const QLocale locale;
    if (shown < 0 || total < 0)
        m_count->setText(tr("Counting…"));
    else if (m_announced.isEmpty() && shown == total)
        m_count->setText(total == 1 ? tr("1 creator") : tr("%1 creators").arg(locale.toString(total)));
    else
        m_count->setText(tr("%1 of %2 match").arg(locale.toString(shown), locale.toString(total)));
}

void CreatorFilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CreatorFilterPanel::clear()
{
    setFilter({});
}

void CreatorFilterPanel::onEdited()
{
    updateValidity();
    m_debounce->start();
}

void CreatorFilterPanel::updateValidity()
{
    for (QLineEdit *f : {m_minFollowers, m_maxFollowers, m_minFee, m_maxFee})
        setInvalid(f, !NumberInput::parse(f->text()).valid);
    for (QLineEdit *f : {m_minEr, m_maxEr, m_minAuthenticity, m_maxSponsored})
        setInvalid(f, !NumberInput::parsePercent(f->text()).valid);
}

void CreatorFilterPanel::announce()
{
    m_debounce->stop();
    const core::CreatorFilter f = filter();
    m_clear->setEnabled(!f.isEmpty());
    if (f == m_announced)
        return;
    m_announced = f;
    emit filterChanged(f);
}

} // namespace tierscope::ui
