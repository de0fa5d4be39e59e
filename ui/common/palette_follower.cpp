// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/palette_follower.h"

#include <QEvent>
#include <QWidget>

namespace tierscope::ui {

namespace {

class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Qt sends the widget a PaletteChange (not ApplicationPaletteChange) once the new
        // application palette reaches it; `apply` setting the palette again must not recurse.
        if (event->type() == QEvent::PaletteChange && !m_applying) {
            m_applying = true;
            m_apply();
            m_applying = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};

} // namespace

void onPaletteChange(QWidget *widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

} // namespace tierscope::ui
