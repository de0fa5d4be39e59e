// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/shortlist.h"

#include <QMenu>

namespace tierscope::ui {

// The small menu that asks which shortlist to add creators to: the existing ones (with their
// counts) and "New Shortlist…". It deletes itself once closed.
class ShortlistChooser : public QMenu
{
    Q_OBJECT
public:
    ShortlistChooser(const QList<core::Shortlist> &shortlists, int creatorCount,
                     qint64 suggestedId, QWidget *parent);

    QAction *actionFor(qint64 shortlistId) const; // nullptr when not listed
    QAction *newShortlistAction() const { return m_new; }

    // Where to show it: below the current row of the focused item view, else at the mouse.
    static QPoint defaultPosition();

signals:
    void shortlistChosen(qint64 shortlistId);
    void newShortlistChosen();

private:
    QAction *m_new;
};

} // namespace tierscope::ui
