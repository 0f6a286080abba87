#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

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

    // Views into m_words, so that a lookup allocates nothing; copies share the strings.
    QStringList m_words;
    QSet<QStringView> m_first;
    QSet<QStringView> m_tails;
    // Longest particle starting with a given unit, per set: most syllables after a name
    // start no particle at all and need no lookup.
    QHash<char16_t, qsizetype> m_firstLongest;
    QHash<char16_t, qsizetype> m_tailLongest;
};

} // namespace chipline::text
