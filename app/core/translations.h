#pragma once

#include <QString>

class QCoreApplication;

namespace chipline::core {

// Installs the user's language for everything Chipline shows, prints and exports:
// Chipline's own translation (compiled from resources/i18n/*.ts into :/i18n, linked in
// with chipline_translations) and Qt's, so that standard dialogs and buttons follow it.
// Printed text is translated by the same tr() calls, so the GUI and `chipline timeline
// --lang` need no language flag of their own. An empty language follows the system locale.
// Installing again replaces the translators an earlier call installed.
class Translations final
{
public:
    // Returns the language in effect ("ko", "en").
    static QString install(QCoreApplication &app, const QString &language);
};

} // namespace chipline::core
