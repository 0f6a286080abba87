#pragma once

#include <QString>

class QApplication;

namespace chipline::ui {

// Picks a default font that has Hangul, so Korean text never falls back glyph by glyph
// to whatever fontconfig finds first.
class FontSetup final
{
public:
    // Returns the family chosen, or an empty string when none of the preferred ones exist.
    static QString applyKoreanCapableFont(QApplication &app);
};

} // namespace chipline::ui
