// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_detail_pane.h"
#include "ui/common/plain_text.h"

#include "core/common/display_format.h"
#include "core/domain/engagement.h"
#include "core/domain/er_basis_text.h"
#include "ui/creators/creator_text.h"
#include "ui/creators/tier_colors.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace tierscope::ui {

namespace fmt = core::format;

namespace {

enum Row {
    Followers, Er, ErVsTier, Likes, Comments, Shares, Views, ViewRate, ErByViews, ErByFollowers,
    Fee, Cpe, Authenticity, Sponsored,
    Niches, Country, Language, AsOf, Email, Profile, Source, Added, Updated,
};

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(4);
    return form;
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : fmt::unknown();
}

} // namespace

CreatorDetailPane::CreatorDetailPane(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_notesTimer(new QTimer(this))
{
    auto *empty = new QLabel(tr("Select a creator to see the details."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setContentsMargins(16, 16, 16, 16);
    m_stack->addWidget(empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(2);

    m_handle = new QLabel(content);
    m_handle->setTextFormat(Qt::PlainText); // user data: never HTML
    m_handle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_handle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont big = m_handle->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setWeight(QFont::Bold);
    m_handle->setFont(big);
    m_name = new QLabel(content);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tierBadge = new QLabel(content);
    m_tierBadge->setContentsMargins(8, 1, 8, 1);
    m_platform = new QLabel(content);
    auto *badges = new QHBoxLayout;
    badges->setContentsMargins(0, 4, 0, 0);
    badges->addWidget(m_tierBadge);
    badges->addWidget(m_platform);
    badges->addStretch(1);
    layout->addWidget(m_handle);
    layout->addWidget(m_name);
    layout->addLayout(badges);
    // A data-quality flag, said in words (docs/ENGAGEMENT.md); hidden when there is none.
    m_flag = new QLabel(content);
    m_flag->setObjectName(QStringLiteral("qualityFlag"));
    m_flag->setTextFormat(Qt::PlainText);
    m_flag->setWordWrap(true);
    m_flag->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_flag->setContentsMargins(0, 6, 0, 0);
    m_flag->hide();
    layout->addWidget(m_flag);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 8, 0, 0);
    m_edit = new QPushButton(tr("Edit…"), content);
    m_shortlist = new QPushButton(tr("Add to shortlist…"), content);
    m_shortlist->setEnabled(false);
    m_shortlist->setToolTip(tr("Shortlists are coming soon"));
    connect(m_edit, &QPushButton::clicked, this, &CreatorDetailPane::editRequested);
    connect(m_shortlist, &QPushButton::clicked, this, &CreatorDetailPane::addToShortlistRequested);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_shortlist);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *metrics = newForm();
    addRow(metrics, tr("Followers"));
    addRow(metrics, tr("Engagement rate"),
           tr("(avg likes + avg comments + avg shares) / avg views or / followers, on the "
              "workspace's ER basis for the platform, or the rate reported by the source"));
    addRow(metrics, tr("vs tier benchmark"),
           tr("ER minus the benchmark ER of the creator's tier on the same basis"));
    addRow(metrics, tr("Avg likes"));
    addRow(metrics, tr("Avg comments"));
    addRow(metrics, tr("Avg shares"));
    addRow(metrics, tr("Avg views"));
    addRow(metrics, tr("View rate"), tr("avg views / followers"));
    addRow(metrics, tr("ER by views"), tr("(avg likes + avg comments + avg shares) / avg views"));
    addRow(metrics, tr("ER by followers"), tr("(avg likes + avg comments + avg shares) / followers"));
    layout->addWidget(sectionTitle(tr("Audience and engagement"), content));
    layout->addLayout(metrics);

    auto *commercial = newForm();
    addRow(commercial, tr("Fee per post"));
    addRow(commercial, tr("Est. CPE"), tr("fee / (followers × ER), or fee / (avg views × ER) for "
                                          "an ER by views: estimated cost per engagement of one "
                                          "post"));
    addRow(commercial, tr("Authenticity"), tr("Share of the audience that looks authentic"));
    addRow(commercial, tr("Sponsored posts"), tr("Share of recent posts that are sponsored"));
    layout->addWidget(sectionTitle(tr("Commercials and quality"), content));
    layout->addLayout(commercial);

    auto *profile = newForm();
    addRow(profile, tr("Niches"));
    addRow(profile, tr("Country"));
    addRow(profile, tr("Language"));
    addRow(profile, tr("Metrics as of"));
    addRow(profile, tr("Email"));
    addRow(profile, tr("Profile"));
    addRow(profile, tr("Source"));
    addRow(profile, tr("Added"));
    addRow(profile, tr("Updated"));
    layout->addWidget(sectionTitle(tr("Profile"), content));
    layout->addLayout(profile);
    m_values[Profile]->setOpenExternalLinks(true);
    m_values[Profile]->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_extraTitle = sectionTitle(tr("Imported fields"), content);
    m_extraForm = newForm();
    layout->addWidget(m_extraTitle);
    layout->addLayout(m_extraForm);

    layout->addWidget(sectionTitle(tr("Notes"), content));
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notesEditor"));
    m_notes->setPlaceholderText(tr("Your notes about this creator…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    m_notes->setMaximumHeight(130);
    m_notes->installEventFilter(this);
    layout->addWidget(m_notes);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(1500);
    connect(m_notesTimer, &QTimer::timeout, this, &CreatorDetailPane::commitNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_creator.id > 0 && m_notes->toPlainText() != m_committedNotes)
            m_notesTimer->start();
    });

    layout->addStretch(1);

    // The sections line up as one table: every caption column as wide as the widest.
    const QList<QLabel *> captions = findChildren<QLabel *>(QStringLiteral("caption"));
    for (const QLabel *c : captions)
        m_captionWidth = std::max(m_captionWidth, c->sizeHint().width());
    for (QLabel *c : captions)
        c->setMinimumWidth(m_captionWidth);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    setMinimumWidth(260);
}

QLabel *CreatorDetailPane::addRow(QFormLayout *form, const QString &label, const QString &toolTip)
{
    auto *caption = new QLabel(label, this);
    caption->setObjectName(QStringLiteral("caption"));
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setToolTip(toolTip);
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    // A long e-mail address or URL is clipped (its tooltip has it all) rather than widening
    // the pane.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(caption, value);
    m_values << value;
    return value;
}

void CreatorDetailPane::setCreator(const core::Creator *creator, const core::TierScheme &scheme)
{
    const qint64 newId = creator ? creator->id : 0;
    if (newId != m_creator.id)
        commitNotes();
    const bool sameCreator = newId != 0 && newId == m_creator.id;
    const bool typing = sameCreator && m_notes->toPlainText() != m_committedNotes;
    if (!creator) {
        m_creator = {};
        m_stack->setCurrentIndex(0);
        return;
    }
    m_creator = *creator;
    m_tier = scheme.tier(m_creator.followers);
    fill(scheme);
    if (!typing) {
        const QSignalBlocker blocker(m_notes);
        if (m_notes->toPlainText() != m_creator.notes)
            m_notes->setPlainText(m_creator.notes);
        m_committedNotes = m_creator.notes;
    }
    m_stack->setCurrentIndex(1);
}

void CreatorDetailPane::fill(const core::TierScheme &scheme)
{
    const core::Creator &c = m_creator;
    const QLocale locale;
    m_handle->setText(displayHandle(c.handle));
    m_name->setText(c.displayName);
    m_name->setVisible(!c.displayName.isEmpty());
    m_platform->setText(QStringLiteral("· ") + core::platformDisplayName(c.platform));
    updateTierBadge();
    if (m_tier)
        m_tierBadge->setToolTip(CreatorText::tierRange(*m_tier, scheme, locale));

    const auto set = [this](int row, const QString &text, const QString &tip = {}) {
        m_values[row]->setText(text);
        m_values[row]->setToolTip(plainToolTip(tip));
        m_values[row]->setForegroundRole(text == fmt::unknown() ? QPalette::PlaceholderText
                                                                : QPalette::WindowText);
    };
    const auto cell = [&](CreatorColumn column) { return CreatorText::cell(c, column, scheme, locale); };
    const auto tip = [&](CreatorColumn column) { return CreatorText::toolTip(c, column, scheme, locale); };
    const auto avg = [&](std::optional<double> v) { return fmt::decimal(v, v && *v < 10 ? 1 : 0, locale); };

    set(Followers, cell(CreatorColumn::Followers));
    set(Er, c.engagementRate ? tr("%1 (%2)").arg(cell(CreatorColumn::EngagementRate),
                                                 core::ErBasisText::of(c))
                             : fmt::unknown(),
        tip(CreatorColumn::EngagementRate));
    const QString flag = core::ErBasisText::flagNote(c);
    m_flag->setText(QStringLiteral("⚑ ") + flag);
    m_flag->setVisible(!flag.isEmpty());
    set(ErVsTier, cell(CreatorColumn::ErVsBenchmark), tip(CreatorColumn::ErVsBenchmark));
    set(Likes, avg(c.avgLikes));
    set(Comments, avg(c.avgComments));
    set(Shares, avg(c.avgShares));
    set(Views, cell(CreatorColumn::AvgViews));
    const auto vr = core::viewRate(c.followers, c.avgViews);
    set(ViewRate, fmt::percent(vr, 1, locale),
        vr ? tr("avg views / followers = %1 / %2").arg(cell(CreatorColumn::AvgViews),
                                                       cell(CreatorColumn::Followers))
           : QString());
    const auto erv = core::engagementRateByViews(c.avgViews, c.interactions());
    set(ErByViews, fmt::percent(erv, 2, locale),
        erv ? tr("(likes + comments + shares) / avg views = %1 / %2")
                  .arg(fmt::decimal(c.interactions().total(), 0, locale), cell(CreatorColumn::AvgViews))
            : QString());
    const auto erf = core::engagementRate(c.followers, c.interactions());
    set(ErByFollowers, fmt::percent(erf, 2, locale),
        erf ? tr("(likes + comments + shares) / followers = %1 / %2")
                  .arg(fmt::decimal(c.interactions().total(), 0, locale),
                       cell(CreatorColumn::Followers))
            : QString());
    set(Fee, cell(CreatorColumn::Fee));
    set(Cpe, cell(CreatorColumn::CostPerEngagement), tip(CreatorColumn::CostPerEngagement));
    set(Authenticity, cell(CreatorColumn::Authenticity));
    set(Sponsored, cell(CreatorColumn::SponsoredRatio));
    set(Niches, cell(CreatorColumn::Niches));
    const QString country = tip(CreatorColumn::Country);
    set(Country, c.country.isEmpty() ? fmt::unknown()
                                     : (country.isEmpty() ? c.country
                                                          : tr("%1 (%2)").arg(country, c.country)));
    const QString language = tip(CreatorColumn::Language);
    set(Language, c.language.isEmpty() ? fmt::unknown()
                                       : (language.isEmpty() ? c.language
                                                             : tr("%1 (%2)").arg(language, c.language)));
    set(AsOf, c.metricsAsOf.isValid() ? locale.toString(c.metricsAsOf, QLocale::LongFormat)
                                      : fmt::unknown());
    set(Email, c.email.isEmpty() ? fmt::unknown() : c.email, c.email);
    if (c.profileUrl.isEmpty()) {
        m_values[Profile]->setTextFormat(Qt::PlainText);
        set(Profile, fmt::unknown());
    } else {
        m_values[Profile]->setTextFormat(Qt::RichText);
        m_values[Profile]->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                       .arg(c.profileUrl.toHtmlEscaped(),
                                            c.profileUrl.toHtmlEscaped()));
        m_values[Profile]->setToolTip(plainToolTip(c.profileUrl));
    }
    set(Source, c.source.isEmpty() ? fmt::unknown() : c.source, c.source);
    set(Added, dateTime(c.createdAt));
    set(Updated, dateTime(c.updatedAt));
    fillExtra();
}

void CreatorDetailPane::fillExtra()
{
    while (m_extraForm->rowCount() > 0)
        m_extraForm->removeRow(0);
    for (auto it = m_creator.extra.cbegin(); it != m_creator.extra.cend(); ++it) {
        auto *caption = new QLabel(it.key(), this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setMinimumWidth(m_captionWidth);
        auto *value = new QLabel(it.value().toString(), this);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        value->setToolTip(plainToolTip(it.value().toString()));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_extraForm->addRow(caption, value);
    }
    m_extraTitle->setVisible(!m_creator.extra.isEmpty());
}

void CreatorDetailPane::updateTierBadge()
{
    if (!m_tier) {
        m_tierBadge->setText(tr("No tier"));
        m_tierBadge->setStyleSheet({});
        return;
    }
    const TierColors colors = TierColors::of(*m_tier, palette());
    m_tierBadge->setText(core::tierDisplayName(*m_tier));
    m_tierBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                                              " border-radius: 9px; font-weight: 600; }")
                                   .arg(colors.fill.name(), colors.text.name(), colors.border.name()));
}

void CreatorDetailPane::commitNotes()
{
    m_notesTimer->stop();
    if (m_creator.id <= 0)
        return;
    const QString text = m_notes->toPlainText();
    if (text == m_committedNotes)
        return;
    const QString before = m_committedNotes;
    m_committedNotes = text;
    emit notesEdited(m_creator.id, m_creator.handle, before, text);
}

void CreatorDetailPane::setAddToShortlistEnabled(bool enabled)
{
    m_shortlist->setEnabled(enabled);
    m_shortlist->setToolTip(enabled ? tr("Add the selected creators to a shortlist (%1)")
                                          .arg(QKeySequence(Qt::CTRL | Qt::Key_L)
                                                   .toString(QKeySequence::NativeText))
                                    : QString());
}

void CreatorDetailPane::setReadOnly(bool readOnly)
{
    m_notes->setReadOnly(readOnly);
    m_edit->setEnabled(!readOnly);
}

bool CreatorDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

void CreatorDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_creator.id > 0)
        updateTierBadge();
    QWidget::changeEvent(event);
}

} // namespace tierscope::ui
