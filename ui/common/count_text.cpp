// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/count_text.h"

#include <QLocale>

namespace tierscope::ui {

QString CountText::creators(qint64 n)
{
    return n == 1 ? tr("1 creator") : tr("%1 creators").arg(QLocale().toString(n));
}

} // namespace tierscope::ui
