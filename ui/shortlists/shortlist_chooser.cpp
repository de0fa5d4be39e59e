// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlist_chooser.h"

#include "ui/common/count_text.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCursor>
#include <QLocale>

namespace tierscope::ui {

ShortlistChooser::ShortlistChooser(const QList<core::Shortlist> &shortlists, int creatorCount,
                                   qint64 suggestedId, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("shortlistChooser"));
    setAttribute(Qt::WA_DeleteOnClose);
    QAction *title = addAction(tr("Add %1 to:").arg(CountText::creators(creatorCount)));
    title->setEnabled(false);
    const QLocale locale;
    for (const core::Shortlist &s : shortlists) {
        // The count sits in the shortcut column, right-aligned; '&' in a name is no mnemonic.
        QString text = s.name;
        text.replace(u'&', QStringLiteral("&&"));
        QAction *a = addAction(text + u'\t' + locale.toString(s.entryCount));
        a->setData(s.id);
        const qint64 id = s.id;
        connect(a, &QAction::triggered, this, [this, id] { emit shortlistChosen(id); });
        if (id == suggestedId)
            setActiveAction(a);
    }
    if (!shortlists.isEmpty())
        addSeparator();
    m_new = addAction(tr("&New Shortlist…"));
    connect(m_new, &QAction::triggered, this, &ShortlistChooser::newShortlistChosen);
}

QAction *ShortlistChooser::actionFor(qint64 shortlistId) const
{
    for (QAction *a : actions()) {
        if (a->data().isValid() && a->data().toLongLong() == shortlistId)
            return a;
    }
    return nullptr;
}

QPoint ShortlistChooser::defaultPosition()
{
    if (auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget())) {
        const QRect rect = view->visualRect(view->currentIndex());
        if (rect.isValid() && view->viewport()->rect().intersects(rect))
            return view->viewport()->mapToGlobal(
                QPoint(std::max(rect.left(), 0) + 24, rect.bottom() + 1));
    }
    return QCursor::pos();
}

} // namespace tierscope::ui
