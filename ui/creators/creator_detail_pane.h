// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/domain/tier_scheme.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;
class QTimer;

namespace tierscope::ui {

// Everything about the selected creator: identity, metrics with their formulas as tooltips,
// fields kept from imports, and editable notes.
class CreatorDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CreatorDetailPane(QWidget *parent = nullptr);

    // Shows a creator (nullptr: nothing selected). Notes typed for the previous one are saved
    // first; notes being typed for the same creator are kept.
    void setCreator(const core::Creator *creator, const core::TierScheme &scheme);
    qint64 creatorId() const { return m_creator.id; }
    // Saves notes typed so far (also done on leaving the field and after a pause in typing).
    void commitNotes();
    QPlainTextEdit *notesEditor() const { return m_notes; }
    void setReadOnly(bool readOnly);
    void setAddToShortlistEnabled(bool enabled);

signals:
    void notesEdited(qint64 creatorId, const QString &handle, const QString &before,
                     const QString &after);
    void editRequested();
    void addToShortlistRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &toolTip = {});
    void fill(const core::TierScheme &scheme);
    void fillExtra();
    void updateTierBadge();

    QStackedLayout *m_stack;
    QLabel *m_handle;
    QLabel *m_name;
    QLabel *m_tierBadge;
    QLabel *m_platform;
    QLabel *m_flag;
    QList<QLabel *> m_values; // in the order of the rows
    QFormLayout *m_extraForm;
    QLabel *m_extraTitle;
    QPlainTextEdit *m_notes;
    QPushButton *m_edit;
    QPushButton *m_shortlist;
    QTimer *m_notesTimer;
    core::Creator m_creator;
    std::optional<core::Tier> m_tier;
    QString m_committedNotes;
    int m_captionWidth = 0;
};

} // namespace tierscope::ui
