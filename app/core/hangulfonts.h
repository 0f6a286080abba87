#pragma once

#include <QStringList>

namespace chipline::core {

// The font families that have Hangul, best first: the window picks the first one installed
// (ui::FontSetup), the printout and SVG list every installed one after a Latin family
// (CategoryStyle). One list, so that screen and paper agree on the face.
QStringList hangulFontFamilies();

} // namespace chipline::core
