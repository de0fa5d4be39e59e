// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tier_scheme.h"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tierscope::ui {

// Edits the workspace's tier scheme and ER basis: per platform, what a computed ER divides by
// (followers or avg views); each tier's lowest follower count (for every platform); its
// benchmark ER on each basis with the source of that figure, and, per platform and basis, a
// benchmark of the platform's own where the user has one. Works on copies; scheme() and
// erBases() are the result once accepted.
class BenchmarksDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BenchmarksDialog(const core::TierScheme &scheme,
                              const core::ErBases &bases = core::ErBases{},
                              QWidget *parent = nullptr);

    core::TierScheme scheme(); // the edited scheme (what the fields show)
    core::ErBases erBases() const; // the chosen basis per platform
    QComboBox *platformChooser() const { return m_platform; }
    QComboBox *benchmarkBasisChooser() const { return m_basis; }
    QComboBox *erBasisField(core::Platform platform) const;
    QSpinBox *thresholdField(core::Tier tier) const;
    QDoubleSpinBox *rateField(core::Tier tier) const;
    QLineEdit *sourceField(core::Tier tier) const;
    QCheckBox *overrideBox(core::Tier tier) const; // on platform pages only
    QLabel *problemLabel() const { return m_problem; }

private:
    struct Row
    {
        QSpinBox *threshold = nullptr;
        QDoubleSpinBox *rate = nullptr;
        QLineEdit *source = nullptr;
        QCheckBox *own = nullptr;
    };
    static constexpr int kRows = 4; // nano … mega; emerging has no benchmark

    std::optional<core::Platform> currentPlatform() const;
    core::ErBasis currentBasis() const;
    void showPage(); // fields from m_scheme for the chosen platform
    void storePage(); // fields into m_scheme
    void validate();
    void restoreDefaults();
    Row &row(core::Tier tier) { return m_rows[size_t(int(tier) - 1)]; }
    const Row &row(core::Tier tier) const { return m_rows[size_t(int(tier) - 1)]; }

    core::TierScheme m_scheme;
    std::optional<core::Platform> m_shownPlatform;
    core::ErBasis m_shownBasis = core::ErBasis::Followers;
    bool m_filling = false;
    std::array<QComboBox *, 3> m_erBases {}; // by core::Platform
    QComboBox *m_platform;
    QComboBox *m_basis;
    QLabel *m_hint;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::array<Row, kRows> m_rows;
};

} // namespace tierscope::ui
