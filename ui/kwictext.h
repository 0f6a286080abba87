#pragma once

#include <QString>

namespace chipline::ui {

// The two sides of a keyword-in-context line as KwicQuery cuts them (kContextChars on each
// side): the word a cut went through is dropped and the cut marked with an ellipsis, so a
// line never starts or ends in half a word.
namespace KwicText {
inline constexpr int kContextChars = 40; // KwicQuery's default context on each side

QString left(const QString &left, qint64 mentionStart);
QString right(const QString &right);
} // namespace KwicText

} // namespace chipline::ui
