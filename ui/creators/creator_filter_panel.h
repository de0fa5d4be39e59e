// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/creator_filter.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace tierscope::ui {

class MultiSelectButton;

// The filters above the creators table. Edits are debounced and then announced as one
// CreatorFilter; the panel also shows how many creators match.
class CreatorFilterPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    explicit CreatorFilterPanel(QWidget *parent = nullptr);

    core::CreatorFilter filter() const;
    void setFilter(const core::CreatorFilter &filter); // shows it and announces it at once
    void setChoices(const QStringList &countries, const QStringList &languages);
    void setCounts(qint64 total, qint64 shown);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

public slots:
    void clear(); // announces the empty filter at once

signals:
    void filterChanged(const core::CreatorFilter &filter);

private:
    QLineEdit *rangeField(const QString &placeholder, const QString &toolTip, const QString &widest);
    void onEdited();
    void announce();
    void updateValidity();

    QLineEdit *m_search;
    QHash<int, QToolButton *> m_platforms; // by core::Platform
    QHash<int, QCheckBox *> m_tiers;       // by core::Tier
    QLineEdit *m_minFollowers;
    QLineEdit *m_maxFollowers;
    QLineEdit *m_minEr;
    QLineEdit *m_maxEr;
    QLineEdit *m_minFee;
    QLineEdit *m_maxFee;
    QLineEdit *m_minAuthenticity;
    QLineEdit *m_maxSponsored;
    QLineEdit *m_niches;
    MultiSelectButton *m_countries;
    MultiSelectButton *m_languages;
    QCheckBox *m_hideFlagged;
    QToolButton *m_clear;
    QLabel *m_count;
    QTimer *m_debounce;
    core::CreatorFilter m_announced;
};

} // namespace tierscope::ui
