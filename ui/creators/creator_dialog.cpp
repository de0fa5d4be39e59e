// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_dialog.h"

#include "ui/common/number_input.h"

#include "core/domain/er_basis_text.h"
#include "core/domain/metric_limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <tuple>

namespace tierscope::ui {

namespace {

QString numberText(std::optional<double> v, int decimals = 2)
{
    return NumberInput::toText(v, decimals);
}

QString percentText(std::optional<double> fraction)
{
    return fraction ? NumberInput::toText(*fraction * 100.0, 4) : QString();
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    return form;
}

} // namespace

CreatorDialog::CreatorDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Creator"));
    m_platform = new QComboBox(this);
    for (core::Platform p : core::allPlatforms())
        m_platform->addItem(core::platformDisplayName(p), int(p));
    m_handle = addField(QStringLiteral("handle"), tr("@handle or profile URL"));
    m_name = addField(QStringLiteral("name"));
    m_followers = addField(QStringLiteral("followers"), tr("e.g. 48.7k"));
    m_likes = addField(QStringLiteral("likes"));
    m_comments = addField(QStringLiteral("comments"));
    m_shares = addField(QStringLiteral("shares"));
    m_views = addField(QStringLiteral("views"));
    m_reportedEr = addField(QStringLiteral("reportedEr"), tr("computed when empty"));
    setErBases(core::ErBases{});
    m_niches = addField(QStringLiteral("niches"), tr("comma-separated"));
    m_country = addField(QStringLiteral("country"), tr("e.g. US"));
    m_language = addField(QStringLiteral("language"), tr("e.g. en"));
    m_authenticity = addField(QStringLiteral("authenticity"), tr("percent"));
    m_sponsored = addField(QStringLiteral("sponsored"), tr("percent"));
    m_fee = addField(QStringLiteral("fee"), tr("per post"));
    m_currency = addField(QStringLiteral("currency"));
    m_currency->setText(QStringLiteral("USD"));
    m_currency->setMaxLength(3);
    m_currency->setFixedWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 14);
    m_email = addField(QStringLiteral("email"));
    m_profileUrl = addField(QStringLiteral("profileUrl"), tr("https://…"));
    m_asOf = addField(QStringLiteral("asOf"), tr("YYYY-MM-DD"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);

    auto *left = newForm();
    left->addRow(tr("&Platform:"), m_platform);
    left->addRow(tr("&Handle:"), m_handle);
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&Followers:"), m_followers);
    left->addRow(tr("Avg &likes:"), m_likes);
    left->addRow(tr("Avg &comments:"), m_comments);
    left->addRow(tr("Avg &shares:"), m_shares);
    left->addRow(tr("Avg &views:"), m_views);
    left->addRow(tr("Reported &ER %:"), m_reportedEr);

    auto *fee = new QHBoxLayout;
    fee->addWidget(m_fee, 1);
    fee->addWidget(m_currency);
    auto *right = newForm();
    right->addRow(tr("N&iches:"), m_niches);
    right->addRow(tr("C&ountry:"), m_country);
    right->addRow(tr("Lan&guage:"), m_language);
    right->addRow(tr("&Authenticity %:"), m_authenticity);
    right->addRow(tr("Sponso&red %:"), m_sponsored);
    auto *feeLabel = new QLabel(tr("F&ee:"), this);
    feeLabel->setBuddy(m_fee);
    right->addRow(feeLabel, fee);
    right->addRow(tr("E&mail:"), m_email);
    right->addRow(tr("Profile &URL:"), m_profileUrl);
    right->addRow(tr("Metrics as &of:"), m_asOf);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_problem = new QLabel(this);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Creator"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    layout->addLayout(columns);
    layout->addWidget(new QLabel(tr("Notes:"), this));
    layout->addWidget(m_notes);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

QLineEdit *CreatorDialog::addField(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumWidth(200);
    connect(edit, &QLineEdit::textChanged, this, &CreatorDialog::validate);
    return edit;
}

QLineEdit *CreatorDialog::field(const QString &objectName) const
{
    return findChild<QLineEdit *>(objectName);
}

void CreatorDialog::setDefaultCurrency(const QString &code)
{
    if (m_original.id == 0 && core::Money::isCurrencyCode(code))
        m_currency->setText(code);
}

void CreatorDialog::setCreator(const core::Creator &c)
{
    m_original = c;
    setWindowTitle(tr("Edit @%1").arg(c.handle));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_platform->setCurrentIndex(m_platform->findData(int(c.platform)));
    m_handle->setText(c.handle);
    m_name->setText(c.displayName);
    m_followers->setText(c.followers ? QString::number(*c.followers) : QString());
    m_likes->setText(numberText(c.avgLikes));
    m_comments->setText(numberText(c.avgComments));
    m_shares->setText(numberText(c.avgShares));
    m_views->setText(numberText(c.avgViews));
    m_reportedEr->setText(c.erSource == core::ErSource::Reported ? percentText(c.engagementRate)
                                                                 : QString());
    m_niches->setText(c.niches.join(QStringLiteral(", ")));
    m_country->setText(c.country);
    m_language->setText(c.language);
    m_authenticity->setText(percentText(c.authenticity));
    m_sponsored->setText(percentText(c.sponsoredRatio));
    m_fee->setText(c.fee ? c.fee->toDecimalString() : QString());
    if (c.fee)
        m_currency->setText(c.fee->currency());
    m_email->setText(c.email);
    m_profileUrl->setText(c.profileUrl);
    m_asOf->setText(c.metricsAsOf.isValid() ? c.metricsAsOf.toString(Qt::ISODate) : QString());
    m_notes->setPlainText(c.notes);
    validate();
}

core::Creator CreatorDialog::creator() const
{
    core::Creator c = m_original;
    c.platform = core::Platform(m_platform->currentData().toInt());
    c.handle = core::Creator::normaliseHandle(m_handle->text());
    c.displayName = m_name->text().trimmed();
    const auto followers = NumberInput::parse(m_followers->text()).value;
    c.followers = followers ? std::optional<qint64>(std::llround(*followers)) : std::nullopt;
    c.avgLikes = NumberInput::parse(m_likes->text()).value;
    c.avgComments = NumberInput::parse(m_comments->text()).value;
    c.avgShares = NumberInput::parse(m_shares->text()).value;
    c.avgViews = NumberInput::parse(m_views->text()).value;
    c.applyEngagement(NumberInput::parsePercent(m_reportedEr->text()).value, m_bases);
    c.niches.clear();
    for (const QString &n : m_niches->text().split(u',', Qt::SkipEmptyParts)) {
        if (!n.trimmed().isEmpty())
            c.niches << n.trimmed().toLower();
    }
    c.country = m_country->text().trimmed().toUpper();
    c.language = m_language->text().trimmed().toLower();
    c.authenticity = NumberInput::parsePercent(m_authenticity->text()).value;
    c.sponsoredRatio = NumberInput::parsePercent(m_sponsored->text()).value;
    const auto fee = NumberInput::parse(m_fee->text()).value;
    c.fee = fee ? core::Money::fromMajor(*fee, m_currency->text().trimmed().toUpper()) : std::nullopt;
    c.email = m_email->text().trimmed();
    c.profileUrl = m_profileUrl->text().trimmed();
    c.metricsAsOf = QDate::fromString(m_asOf->text().trimmed(), Qt::ISODate);
    c.notes = m_notes->toPlainText();
    return c;
}

void CreatorDialog::setErBases(const core::ErBases &bases)
{
    m_bases = bases;
    m_reportedEr->setToolTip(
        tr("An engagement rate reported by a source, in percent, kept as it is. When empty, ER = "
           "(likes + comments + shares) / avg views or / followers, on the workspace's basis: "
           "%1.")
            .arg(core::ErBasisText::summary(bases)));
}

QString CreatorDialog::problem() const
{
    if (core::Creator::normaliseHandle(m_handle->text()).isEmpty())
        return tr("A creator needs a handle.");
    // Upper bounds: core/domain/metric_limits.h (the fee's is checked in minor units below).
    using namespace core::limits;
    const std::tuple<QLineEdit *, QString, double> numbers[] = {
        {m_followers, tr("Followers"), double(kMaxFollowers)},
        {m_likes, tr("Avg likes"), double(kMaxInteractions)},
        {m_comments, tr("Avg comments"), double(kMaxInteractions)},
        {m_shares, tr("Avg shares"), double(kMaxInteractions)},
        {m_views, tr("Avg views"), double(kMaxViews)},
        {m_fee, tr("Fee"), HUGE_VAL}};
    for (const auto &[edit, name, max] : numbers) {
        const NumberInput n = NumberInput::parse(edit->text());
        if (!n.valid || (n.value && *n.value < 0))
            return tr("%1 must be a number of zero or more.").arg(name);
        if (n.value && *n.value > max)
            return tr("%1 cannot be more than %2.").arg(name, QLocale().toString(max, 'f', 0));
    }
    if (const auto fee = NumberInput::parse(m_fee->text()).value;
        fee && !core::Money::fromMajor(*fee, m_currency->text().trimmed().toUpper()))
        return tr("The fee is too large.");
    // What the CSV export of the notes can read back (metric_limits.h).
    if (m_notes->toPlainText().size() > kMaxTextChars)
        return tr("Notes can be at most %1 characters.").arg(QLocale().toString(kMaxTextChars));
    const std::pair<QLineEdit *, QString> percents[] = {
        {m_reportedEr, tr("Reported ER")},
        {m_authenticity, tr("Authenticity")},
        {m_sponsored, tr("Sponsored")}};
    for (const auto &[edit, name] : percents) {
        const NumberInput n = NumberInput::parsePercent(edit->text());
        if (!n.valid || (n.value && (*n.value < 0 || *n.value > 1)))
            return tr("%1 must be a percentage from 0 to 100.").arg(name);
    }
    const QString country = m_country->text().trimmed();
    if (!country.isEmpty() && (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter()))
        return tr("Country is a two-letter code such as US or GB.");
    if (!m_fee->text().trimmed().isEmpty()
        && !core::Money::isCurrencyCode(m_currency->text().trimmed().toUpper()))
        return tr("The currency is a three-letter code such as USD or EUR.");
    const QString asOf = m_asOf->text().trimmed();
    if (!asOf.isEmpty() && !QDate::fromString(asOf, Qt::ISODate).isValid())
        return tr("The metrics date is written YYYY-MM-DD.");
    const core::Creator c = creator();
    if (c.engagementRate && *c.engagementRate > 1)
        return tr("The interactions exceed the followers: check the averages.");
    return {};
}

void CreatorDialog::validate()
{
    if (!m_buttons)
        return; // still being built
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace tierscope::ui
