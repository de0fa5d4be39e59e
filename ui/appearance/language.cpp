// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tierscope::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString nativeLanguageName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (code == u"en")
        name = QStringLiteral("English");
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QLocale uiLocale(const QString &chosenLanguage)
{
    const QLocale system = QLocale::system();
    if (chosenLanguage.isEmpty() || QLocale(chosenLanguage).language() == system.language())
        return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : system;
    return QLocale(chosenLanguage);
}

QString installTranslations(QCoreApplication &app, const QString &chosenLanguage)
{
    const QLocale locale = uiLocale(chosenLanguage);
    QLocale::setDefault(locale);

    QString inUse = QStringLiteral("en");
    auto *own = new QTranslator(&app);
    // uiLanguages() lists "de-AT", "de" …: the first one translated wins.
    if (own->load(locale, QStringLiteral("tierscope"), QStringLiteral("_"),
                  QStringLiteral(":/tierscope/translations"))) {
        QCoreApplication::installTranslator(own);
        inUse = own->language().left(2);
    } else {
        delete own;
    }
    // Qt's own strings (standard buttons, file dialogs) in the same language.
    auto *qt = new QTranslator(&app);
    if (inUse != u"en"
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return inUse;
}

} // namespace tierscope::ui
