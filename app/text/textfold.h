#pragma once

#include <QString>

#include <algorithm>

namespace chipline::text {

// What a code unit is for word-boundary purposes. Letter covers every spaced script
// (Latin, Cyrillic, ...); Han and Kana are written without spaces, so they never need one.
enum class CharClass : quint8 {
    Other,
    Space,
    Letter,
    Digit,
    Hangul,
    Han,
    Kana
};

// The length-preserving fold used for matching: one UTF-16 unit in, one out. It applies
// NFKC case folding where that yields a single unit (case, full-/half-width, compatibility
// ideographs) and maps horizontal spaces (nbsp, ideographic space, tab) to ' '. Line breaks
// are kept, so an alias never spans lines. Tables are built once, immutable afterwards.
class TextFold final
{
public:
    static char16_t fold(char16_t unit);
    // Of the folded unit. Inline: the recognizers ask it of single units millions of times
    // a run, where a call to the table cost more than the look-up.
    static CharClass charClass(char16_t unit)
    {
        static const CharClass *const classes = charClasses();
        return classes[unit];
    }
    // Hangul, a letter or a digit: a unit that continues a word.
    static bool isWordUnit(char16_t unit)
    {
        const CharClass k = charClass(unit);
        return k == CharClass::Hangul || k == CharClass::Letter || k == CharClass::Digit;
    }
    // The table behind charClass(), for scans that ask it per unit and keep the pointer.
    static const CharClass *charClasses();
    // True for units that may change under NFC (combining marks, conjoining jamo, ...).
    static bool mayNeedNfc(char16_t unit);

    // The form aliases are compared in: NFC, folded, space runs collapsed, trimmed.
    static QString key(QStringView text);
};

// word ends with tail, compared inline: the scanners ask it of short suffix tables per word,
// where a library call per entry cost more than the comparison.
inline bool endsWithUnits(QStringView word, QStringView tail)
{
    return word.size() >= tail.size() && std::equal(tail.cbegin(), tail.cend(), word.cend() - tail.size());
}

// The same questions of a QChar, for the scanners that walk a QStringView.
inline bool isWordUnit(QChar c)
{
    return TextFold::isWordUnit(c.unicode());
}

inline bool isHangul(QChar c)
{
    return TextFold::charClass(c.unicode()) == CharClass::Hangul;
}

} // namespace chipline::text
