#pragma once

// Installs a user interface language for one test and removes it afterwards: the
// translators core::Translations installed and the default locale it set. Those it replaced
// are gone (QPointer), so a new one at a freed address is never taken for one of them.
#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

class LanguageScope final
{
public:
    explicit LanguageScope(const QString &language)
        : m_locale(QLocale())
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly))
            m_before.append(t);
        m_code = chipline::core::Translations::install(*QCoreApplication::instance(), language);
    }
    ~LanguageScope()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            if (!m_before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        QLocale::setDefault(m_locale);
    }
    Q_DISABLE_COPY_MOVE(LanguageScope)

    QString code() const { return m_code; }

private:
    QList<QPointer<QTranslator>> m_before;
    QLocale m_locale;
    QString m_code;
};
