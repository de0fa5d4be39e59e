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

// Edits the workspace's tier scheme: each tier's lowest follower count (for every platform), its
// benchmark ER with the source of that figure, and, per platform, a benchmark of the platform's
// own where the user has one. Works on a copy; scheme() is the result once accepted.
class BenchmarksDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BenchmarksDialog(const core::TierScheme &scheme, QWidget *parent = nullptr);

    core::TierScheme scheme(); // the edited scheme (what the fields show)
    QComboBox *platformChooser() const { return m_platform; }
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
    void showPage(); // fields from m_scheme for the chosen platform
    void storePage(); // fields into m_scheme
    void validate();
    void restoreDefaults();
    Row &row(core::Tier tier) { return m_rows[size_t(int(tier) - 1)]; }
    const Row &row(core::Tier tier) const { return m_rows[size_t(int(tier) - 1)]; }

    core::TierScheme m_scheme;
    std::optional<core::Platform> m_shownPlatform;
    bool m_filling = false;
    QComboBox *m_platform;
    QLabel *m_hint;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::array<Row, kRows> m_rows;
};

} // namespace tierscope::ui
