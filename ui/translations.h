#pragma once

#include <QString>

class QCoreApplication;

namespace chipline::ui {

// Installs the user interface translation: Chipline's own (compiled from
// resources/i18n/*.ts into :/i18n) and Qt's standard dialogs where installed. An empty
// language follows the system locale.
class Translations final
{
public:
    // Returns the language in effect ("ko", "en").
    static QString install(QCoreApplication &app, const QString &language);
};

} // namespace chipline::ui
