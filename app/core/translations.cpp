#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace chipline::core {

QString Translations::install(QCoreApplication &app, const QString &language)
{
    // A later call replaces what an earlier one installed: the command line follows the
    // system language, then `chipline timeline --lang` chooses the printed one.
    static const QString kName = QStringLiteral("chipline.translations");
    const QList<QTranslator *> earlier = app.findChildren<QTranslator *>(kName, Qt::FindDirectChildrenOnly);
    for (QTranslator *t : earlier) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString code = locale.language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    auto *own = new QTranslator(&app);
    own->setObjectName(kName);
    if (own->load(QStringLiteral(":/i18n/chipline_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kName);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (code == u"ko")
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    else if (!earlier.isEmpty())
        QLocale::setDefault(QLocale::system()); // what it was before an earlier call made it Korean
    return code;
}

} // namespace chipline::core
