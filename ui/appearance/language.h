// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace tierscope::ui {

// The languages the app is translated into, by code ("en", "de").
QStringList availableLanguages();
// The language's name in itself ("Deutsch"), for the language menu.
QString nativeLanguageName(const QString &code);

// The locale the user interface uses: the system's, or the chosen language with its usual
// formats when a language other than the system's is chosen ("" follows the system).
QLocale uiLocale(const QString &chosenLanguage);

// Sets the default locale (numbers, dates, money) and installs the app's and Qt's own
// translations for it. Returns the language code in use ("en" when nothing else matches).
QString installTranslations(QCoreApplication &app, const QString &chosenLanguage);

} // namespace tierscope::ui
