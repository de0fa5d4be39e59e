// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/benchmarks_dialog.h"

#include "core/domain/er_basis_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace tierscope::ui {

using core::Tier;

BenchmarksDialog::BenchmarksDialog(const core::TierScheme &scheme, const core::ErBases &bases,
                                   QWidget *parent)
    : QDialog(parent),
      m_scheme(scheme),
      m_platform(new QComboBox(this)),
      m_basis(new QComboBox(this)),
      m_hint(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Tiers, Benchmarks and ER Basis"));

    // What a computed ER divides by, per platform (docs/ENGAGEMENT.md).
    auto *basisBox = new QGroupBox(tr("Engagement rate basis"), this);
    auto *basisGrid = new QGridLayout(basisBox);
    auto *basisHint = new QLabel(
        tr("What a computed ER divides likes + comments + shares by. Changing it recomputes the "
           "computed rates; rates reported by a source stay as reported. Without avg views a "
           "rate stays by followers."),
        basisBox);
    basisHint->setWordWrap(true);
    basisHint->setTextFormat(Qt::PlainText);
    basisGrid->addWidget(basisHint, 0, 0, 1, 6);
    int column = 0;
    for (core::Platform p : core::allPlatforms()) {
        auto *combo = new QComboBox(basisBox);
        combo->setObjectName(QStringLiteral("erBasis:") + core::platformKey(p));
        combo->addItem(tr("By followers"), int(core::ErBasis::Followers));
        combo->addItem(tr("By views"), int(core::ErBasis::Views));
        combo->setCurrentIndex(combo->findData(int(bases.of(p))));
        combo->setAccessibleName(tr("%1: engagement rate basis").arg(core::platformDisplayName(p)));
        auto *label = new QLabel(tr("%1:").arg(core::platformDisplayName(p)), basisBox);
        label->setBuddy(combo);
        basisGrid->addWidget(label, 1, column++, Qt::AlignRight);
        basisGrid->addWidget(combo, 1, column++);
        m_erBases[size_t(int(p))] = combo;
    }
    basisGrid->setColumnStretch(column, 1); // the combos keep their width

    m_platform->setObjectName(QStringLiteral("platformChooser"));
    m_platform->addItem(tr("All platforms"));
    for (core::Platform p : core::allPlatforms())
        m_platform->addItem(core::platformDisplayName(p), int(p));
    m_basis->setObjectName(QStringLiteral("benchmarkBasisChooser"));
    m_basis->addItem(tr("ER by followers"), int(core::ErBasis::Followers));
    m_basis->addItem(tr("ER by views"), int(core::ErBasis::Views));
    m_basis->setToolTip(tr("Benchmarks are per basis: an ER by views is compared with a "
                           "benchmark by views"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setAutoFillBackground(false);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Tier"), this), 0, 0);
    grid->addWidget(new QLabel(tr("From (followers)"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Own benchmark"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Benchmark ER"), this), 0, 3);
    grid->addWidget(new QLabel(tr("Source of the figure"), this), 0, 4);
    for (Tier t : core::allTiers()) {
        if (t == Tier::Emerging)
            continue;
        Row &r = row(t);
        const int line = int(t);
        auto *name = new QLabel(core::tierDisplayName(t), this);
        r.threshold = new QSpinBox(this);
        r.threshold->setRange(1, 2'000'000'000);
        r.threshold->setGroupSeparatorShown(true);
        r.threshold->setAccessibleName(tr("%1: lowest follower count").arg(core::tierDisplayName(t)));
        r.own = new QCheckBox(this);
        r.own->setAccessibleName(tr("%1: own benchmark for this platform").arg(core::tierDisplayName(t)));
        r.rate = new QDoubleSpinBox(this);
        r.rate->setRange(0.0, 100.0);
        r.rate->setDecimals(2);
        r.rate->setSingleStep(0.1);
        r.rate->setSuffix(QStringLiteral(" %"));
        r.rate->setAccessibleName(tr("%1: benchmark engagement rate").arg(core::tierDisplayName(t)));
        r.source = new QLineEdit(this);
        r.source->setPlaceholderText(tr("e.g. agency study 2025"));
        r.source->setMinimumWidth(260);
        r.source->setAccessibleName(tr("%1: source of the benchmark").arg(core::tierDisplayName(t)));
        name->setBuddy(r.threshold);
        grid->addWidget(name, line, 0);
        grid->addWidget(r.threshold, line, 1);
        grid->addWidget(r.own, line, 2, Qt::AlignCenter);
        grid->addWidget(r.rate, line, 3);
        grid->addWidget(r.source, line, 4);
        connect(r.threshold, &QSpinBox::valueChanged, this, &BenchmarksDialog::validate);
        connect(r.rate, &QDoubleSpinBox::valueChanged, this, &BenchmarksDialog::validate);
        connect(r.source, &QLineEdit::textChanged, this, &BenchmarksDialog::validate);
        connect(r.own, &QCheckBox::toggled, this, [this, t](bool on) {
            if (m_filling)
                return;
            row(t).rate->setEnabled(on);
            row(t).source->setEnabled(on);
            validate();
        });
    }
    grid->setColumnStretch(4, 1);

    auto *top = new QHBoxLayout;
    auto *platformLabel = new QLabel(tr("&Benchmarks for:"), this);
    platformLabel->setBuddy(m_platform);
    top->addWidget(platformLabel);
    top->addWidget(m_platform);
    auto *basisLabel = new QLabel(tr("&on:"), this);
    basisLabel->setBuddy(m_basis);
    top->addWidget(basisLabel);
    top->addWidget(m_basis);
    top->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(basisBox);
    layout->addSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QComboBox *chooser : {m_platform, m_basis}) {
        connect(chooser, &QComboBox::currentIndexChanged, this, [this] {
            storePage();
            showPage();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        storePage();
        if (m_scheme.isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &BenchmarksDialog::restoreDefaults);
    showPage();
}

std::optional<core::Platform> BenchmarksDialog::currentPlatform() const
{
    const QVariant v = m_platform->currentData();
    return v.isValid() ? std::optional(core::Platform(v.toInt())) : std::nullopt;
}

core::ErBasis BenchmarksDialog::currentBasis() const
{
    return core::ErBasis(m_basis->currentData().toInt());
}

core::ErBases BenchmarksDialog::erBases() const
{
    core::ErBases bases;
    for (core::Platform p : core::allPlatforms())
        bases.set(p, core::ErBasis(m_erBases[size_t(int(p))]->currentData().toInt()));
    return bases;
}

QComboBox *BenchmarksDialog::erBasisField(core::Platform platform) const
{
    return m_erBases[size_t(int(platform))];
}

QSpinBox *BenchmarksDialog::thresholdField(Tier tier) const { return row(tier).threshold; }
QDoubleSpinBox *BenchmarksDialog::rateField(Tier tier) const { return row(tier).rate; }
QLineEdit *BenchmarksDialog::sourceField(Tier tier) const { return row(tier).source; }
QCheckBox *BenchmarksDialog::overrideBox(Tier tier) const { return row(tier).own; }

void BenchmarksDialog::showPage()
{
    m_filling = true;
    m_shownPlatform = currentPlatform();
    m_shownBasis = currentBasis();
    const auto platform = m_shownPlatform;
    const core::ErBasis basis = m_shownBasis;
    QString hint =
        platform ? tr("Tick “Own benchmark” to give %1 its own figure for a tier; unticked tiers "
                      "use the figure for all platforms. Thresholds apply to every platform.")
                       .arg(core::platformDisplayName(*platform))
                 : tr("Each tier starts at the follower count given and ends where the next "
                      "one starts. The benchmark ER is drawn on the chart and compared with "
                      "each tier's median.");
    hint += u' '
        + (basis == core::ErBasis::Views
               ? tr("These benchmarks are for ERs by views: (likes + comments + shares) / avg "
                    "views.")
               : tr("These benchmarks are for ERs by followers and for rates reported by a "
                    "source."));
    m_hint->setText(hint);
    for (Tier t : core::allTiers()) {
        if (t == Tier::Emerging)
            continue;
        Row &r = row(t);
        r.threshold->setValue(int(std::min<qint64>(m_scheme.lowerBound(t), r.threshold->maximum())));
        r.threshold->setEnabled(!platform);
        const auto own = platform ? m_scheme.platformBenchmark(*platform, t, basis) : std::nullopt;
        const auto shown = own ? own : m_scheme.benchmark(t, std::nullopt, basis);
        r.own->setVisible(platform.has_value());
        r.own->setChecked(own.has_value());
        r.rate->setValue(shown ? shown->engagementRate * 100.0 : 0.0);
        r.source->setText(shown ? shown->source : QString());
        r.rate->setEnabled(!platform || own);
        r.source->setEnabled(!platform || own);
    }
    m_filling = false;
    validate();
}

void BenchmarksDialog::storePage()
{
    if (m_filling)
        return;
    const auto platform = m_shownPlatform;
    const core::ErBasis basis = m_shownBasis;
    for (Tier t : core::allTiers()) {
        if (t == Tier::Emerging)
            continue;
        const Row &r = row(t);
        // The spin box shows two decimals of a percentage: keep the stored fraction unless it
        // was changed, so opening and accepting the dialog changes nothing.
        const auto current = platform ? m_scheme.platformBenchmark(*platform, t, basis)
                                      : m_scheme.benchmark(t, std::nullopt, basis);
        const double shownRate = r.rate->value();
        const double rate = current && std::abs(current->engagementRate * 100.0 - shownRate) < 0.005
            ? current->engagementRate
            : shownRate / 100.0;
        const core::Benchmark b{rate, r.source->text().trimmed()};
        if (!platform) {
            m_scheme.setLowerBound(t, r.threshold->value());
            m_scheme.setBenchmark(t, b, basis);
        } else if (r.own->isChecked()) {
            m_scheme.setPlatformBenchmark(*platform, t, b, basis);
        } else {
            m_scheme.clearPlatformBenchmark(*platform, t, basis);
        }
    }
}

core::TierScheme BenchmarksDialog::scheme()
{
    storePage();
    return m_scheme;
}

void BenchmarksDialog::validate()
{
    if (m_filling)
        return;
    storePage(); // the scheme always holds what the fields show
    QString why;
    const bool valid = m_scheme.isValid(&why);
    if (!valid)
        m_problem->setText(tr("Not saved yet: %1.").arg(why));
    m_problem->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void BenchmarksDialog::restoreDefaults()
{
    // The page shown: its platform and basis.
    const core::TierScheme defaults = core::TierScheme::defaults();
    const auto platform = currentPlatform();
    const core::ErBasis basis = currentBasis();
    if (!platform) {
        for (Tier t : core::allTiers()) {
            if (t == Tier::Emerging)
                continue;
            m_scheme.setLowerBound(t, defaults.lowerBound(t));
            if (const auto b = defaults.benchmark(t, std::nullopt, basis))
                m_scheme.setBenchmark(t, *b, basis);
        }
    } else {
        for (Tier t : core::allTiers()) {
            if (const auto b = defaults.platformBenchmark(*platform, t, basis))
                m_scheme.setPlatformBenchmark(*platform, t, *b, basis);
            else
                m_scheme.clearPlatformBenchmark(*platform, t, basis);
        }
    }
    showPage();
}

} // namespace tierscope::ui
