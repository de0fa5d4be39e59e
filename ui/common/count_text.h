// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tierscope::ui {

// Counted nouns that read right with or without a translation loaded ("1 creator",
// "1,204 creators"), for composing into longer messages.
class CountText
{
    Q_DECLARE_TR_FUNCTIONS(CountText)
public:
    static QString creators(qint64 n);
};

} // namespace tierscope::ui
