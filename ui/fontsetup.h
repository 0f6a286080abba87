#pragma once

#include <QString>

namespace chipline::ui {

// Picks a default font that has Hangul, so Korean text never falls back glyph by glyph
// to whatever fontconfig finds first.
class FontSetup final
{
public:
    // Sets the application's font once the QApplication exists. Returns the family chosen,
    // or an empty string when none of the preferred ones exist.
    static QString applyKoreanCapableFont();
};

} // namespace chipline::ui
