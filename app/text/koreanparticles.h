#pragma once

#include "viewset.h"

#include "core/hangul.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

namespace chipline::text {

// Decides whether the Hangul right after a known name is a particle (조사) chain, so the
// name ends there and the particle stays outside the span. Only ever asked at the end of a
// known entity, never used to chop arbitrary nouns.
class KoreanParticles final
{
public:
    KoreanParticles() = default;
    KoreanParticles(const QStringList &particles, const QStringList &tails);

    // Length of the particle chain starting at pos when it ends at a word boundary (end of
    // text or a unit that is not Hangul or a digit); -1 otherwise.
    qsizetype chainLength(QStringView text, qsizetype pos) const;

private:
    qsizetype chainFrom(QStringView text, qsizetype pos, int depth) const;

    ViewSet m_first;
    ViewSet m_tails;
    // Longest particle starting with a given Hangul syllable, per set (0: none): most
    // syllables after a name start no particle at all and need no lookup. Flat tables, as
    // this is asked after every name that Hangul follows.
    using Longest = std::array<quint8, core::kHangulSyllables>;
    static qsizetype longestIn(const Longest &table, char16_t unit)
    {
        return core::isHangulSyllable(unit) ? table[core::hangulIndex(unit)] : 0;
    }
    Longest m_firstLongest{};
    Longest m_tailLongest{};
    std::array<QHash<char16_t, qsizetype>, 2> m_otherLongest; // particles led by anything else (digits, ...)
};

} // namespace chipline::text
