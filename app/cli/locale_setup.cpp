// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/locale_setup.h"

#include <QLocale>

namespace tierscope::app {

void applyDefaultLocale()
{
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace tierscope::app
