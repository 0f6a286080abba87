#pragma once

#include <QChar>
#include <QStringView>

#include <algorithm>

namespace chipline::core {

// The precomposed Hangul syllables 가..힣 (U+AC00..U+D7A3), the one place that names their
// range. Tables keyed by syllable index with hangulIndex(); a syllable is lead x vowel x
// tail, 28 tails, tail 0 meaning none, so the tail (받침) is read arithmetically.
inline constexpr char16_t kHangulFirst = 0xAC00;
inline constexpr char16_t kHangulLast = 0xD7A3;
inline constexpr int kHangulSyllables = kHangulLast - kHangulFirst + 1;
inline constexpr int kHangulTails = 28;

constexpr bool isHangulSyllable(char16_t u)
{
    return u >= kHangulFirst && u <= kHangulLast;
}

constexpr bool isHangulSyllable(QChar c)
{
    return isHangulSyllable(c.unicode());
}

// Position of a syllable in the block, for flat tables of kHangulSyllables entries.
constexpr int hangulIndex(char16_t syllable)
{
    return syllable - kHangulFirst;
}

// The tail (받침) of a syllable, 0 when it ends in a vowel.
constexpr int hangulTail(char16_t syllable)
{
    return hangulIndex(syllable) % kHangulTails;
}

// Whether c is a syllable that ends in a consonant: 은/이/을/과 follow one, 는/가/를/와 not.
constexpr bool endsInConsonant(QChar c)
{
    return isHangulSyllable(c) && hangulTail(c.unicode()) != 0;
}

inline bool containsHangulSyllable(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return isHangulSyllable(c); });
}

} // namespace chipline::core
